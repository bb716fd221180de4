namespace LucBinh.Docs.Templating;

/// <summary>How to render a template.</summary>
public sealed record RenderOptions
{
    public static RenderOptions Default { get; } = new();

    /// <summary>A field the data lacks is an error instead of a warning (<c>--strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>The folder image paths in the data are relative to (the tracker's folder); paths outside it are refused.</summary>
    public string? ResourceFolder { get; init; }

    /// <summary>How much work the render may cost (<see cref="TemplateLimits.Default"/> unless set).</summary>
    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;
}
