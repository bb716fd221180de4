using Fluid;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// The charts one render wrote: the first use of a chart part rewrites it in place; a further use (the chart inside
/// a loop) gets a copy of the part with its own relationship id. Problems with the data come back as warnings.
/// </summary>
internal sealed class ChartSession(IReadOnlyList<ChartSlot> slots)
{
    private const string Key = "LucBinh.Docs.ChartSession";
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ChartSlot> Slots => slots;

    public List<ChartOutput> Outputs { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    public static ChartSession Attach(TemplateContext context, IReadOnlyList<ChartSlot> slots)
    {
        var session = new ChartSession(slots);
        context.AmbientValues[Key] = session;
        return session;
    }

    public static ChartSession? From(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var value) ? value as ChartSession : null;

    public void Warn(ChartSlot slot, string code, params object?[] arguments)
    {
        var diagnostic = TemplateDiagnostics.Warning(code, slot.Location, arguments);
        if (!Diagnostics.Any(d => d.Location == slot.Location && d.Message() == diagnostic.Message()))
        {
            Diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Writes the chart for <paramref name="data"/> and returns the relationship id its drawing must use.</summary>
    public string Place(ChartSlot slot, ChartData data)
    {
        var xml = ChartXmlWriter.Write(slot.Source, data);
        var workbook = ChartWorkbookWriter.Write(slot.Source, data);
        if (_used.Add(slot.Source.PartName))
        {
            Outputs.Add(new ChartOutput(slot, slot.RelationshipId, 0, xml, workbook));
            return slot.RelationshipId;
        }

        var copy = Outputs.Count(o => o.Copy > 0) + 1;
        var id = "lbdChart" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Outputs.Add(new ChartOutput(slot, id, copy, xml, workbook));
        return id;
    }
}
