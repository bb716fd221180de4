using Fluid;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>What one render noticed: fields the template asked for that the data lacks.</summary>
internal sealed class RenderSession
{
    private const string Key = "LucBinh.Docs.RenderSession";

    /// <summary>Each field the data lacks, with the names the data had at that place (for "did you mean").</summary>
    public SortedDictionary<string, IReadOnlyCollection<string>> MissingFields { get; } = new(StringComparer.Ordinal);

    public void Attach(TemplateContext context) => context.AmbientValues[Key] = this;

    public static RenderSession? From(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var value) ? value as RenderSession : null;

    public void ReportMissing(string path, IReadOnlyCollection<string> known) => MissingFields.TryAdd(path, known);
}
