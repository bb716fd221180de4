using Fluid;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating;

/// <summary>One text part of the template (body, a header…), compiled to Liquid once and rendered many times.</summary>
internal sealed class CompiledPart(Uri uri, DocumentPart kind, string liquidSource, IFluidTemplate? template, IReadOnlyList<(string Source, DiagnosticLocation Location)>? tagLocations = null)
{
    /// <summary>
    /// Whether rendering can leave something to repair (an emptied table cell or table, ids copied by a loop), so the
    /// output must go through <see cref="Rendering.OutputFixups"/>; false lets the rendered text go out as it is.
    /// </summary>
    public bool NeedsRepairs { get; init; } = true;

    /// <summary>
    /// Whether the rendered text can be deflated into the package while Fluid writes it, never held whole: nothing to
    /// repair and nothing for a later pass (see <c>PartCompiler.IsStreamable</c>).
    /// </summary>
    public bool Streamable { get; init; }

    /// <summary>Each tag's text and place, to say where a field the data lacks is used.</summary>
    public IReadOnlyList<(string Source, DiagnosticLocation Location)> TagLocations { get; } = tagLocations ?? [];

    public Uri Uri { get; } = uri;

    public DocumentPart Kind { get; } = kind;

    /// <summary>The part's XML with its tags in place, as Liquid text (kept for diagnostics and tests).</summary>
    public string LiquidSource { get; } = liquidSource;

    /// <summary>Null when the part has no tag: it is copied unchanged.</summary>
    public IFluidTemplate? Template { get; } = template;
}
