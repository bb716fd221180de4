using System.IO.Packaging;
using LucBinh.Docs.Templating.Packaging;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// The template's chart slots, found at load; and, while the package is open, the reading of a chart part with the
/// checks an author can act on: a kind this engine fills (TPL018) and an embedded workbook behind it (TPL019).
/// </summary>
internal sealed class ChartCatalog
{
    private readonly List<ChartSlot> _slots = [];

    public IReadOnlyList<ChartSlot> Slots => _slots;

    public ChartSlot Add(string textPart, string relationshipId, ChartSource source, DiagnosticLocation location, string chartName, string list)
    {
        var slot = new ChartSlot(_slots.Count, textPart, relationshipId, source, location, chartName, list);
        _slots.Add(slot);
        return slot;
    }

    /// <summary>The chart a text part refers to by <paramref name="relationshipId"/>, or the code and detail of why it cannot be filled.</summary>
    public static (ChartSource? Source, string? Code, string Detail) Read(TemplatePackage package, string textPart, string relationshipId)
    {
        if (WordParts.Relationship(package, textPart, relationshipId) is not { } chartLink
            || !chartLink.Type.EndsWith("/chart", StringComparison.Ordinal)
            || package.Find(chartLink.Target) is not { } chart)
        {
            return (null, "TPL019", relationshipId);
        }

        var chartName = chartLink.Target;
        XDocument xml;
        try
        {
            xml = PartReader.Load(chart.Data);
        }
        catch (XmlException)
        {
            return (null, "TPL019", chartName);
        }

        var groups = xml.Root?.Element(ChartNames.C + "chart")?.Element(ChartNames.C + "plotArea")?.Elements()
            .Where(e => e.Name.Namespace == ChartNames.C && e.Name.LocalName.EndsWith("Chart", StringComparison.Ordinal)).ToList() ?? [];
        if (groups.Count != 1 || !ChartNames.SupportedGroups.ContainsKey(groups[0].Name.LocalName))
        {
            // A combination chart (two groups) or a scatter, bubble, radar, stock or surface chart.
            return (null, "TPL018", string.Join(" + ", groups.Select(g => g.Name.LocalName)));
        }

        if (!groups[0].Elements(ChartNames.Series).Any())
        {
            return (null, "TPL019", chartName);
        }

        // c:externalData r:id → the embedded workbook (relationship type …/package) that Word's "Edit Data" opens.
        var dataId = (string?)xml.Root!.Element(ChartNames.ExternalData)?.Attribute(ChartNames.R + "id");
        if (dataId is null
            || WordParts.Relationship(package, chartName, dataId) is not { } dataLink
            || !dataLink.Type.EndsWith("/package", StringComparison.Ordinal)
            || package.Find(dataLink.Target) is not { } embedded)
        {
            return (null, "TPL019", chartName);
        }

        byte[] workbook;
        using (var stream = embedded.Data.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            workbook = copy.ToArray();
        }

        var sheet = SheetName(workbook, FormulaSheet(groups[0]));
        return sheet is null
            ? (null, "TPL019", dataLink.Target)
            : (new ChartSource(chartName, xml.ToString(SaveOptions.DisableFormatting), groups[0].Name.LocalName, dataLink.Target, workbook, sheet), null, string.Empty);
    }

    /// <summary>The sheet the first series' values formula names (<c>Sheet1!$B$2:$B$5</c> → Sheet1), if any.</summary>
    private static string? FormulaSheet(XElement group)
    {
        var formula = group.Descendants(ChartNames.Formula).Select(f => f.Value).FirstOrDefault(f => f.Contains('!', StringComparison.Ordinal));
        return formula is null ? null : formula[..formula.LastIndexOf('!')].Trim('\'').Replace("''", "'", StringComparison.Ordinal);
    }

    /// <summary>The sheet the formulas name if the workbook has it, else its first sheet; null when it is no workbook.</summary>
    private static string? SheetName(byte[] workbook, string? wanted)
    {
        try
        {
            using var stream = new MemoryStream(workbook, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var names = document.WorkbookPart?.Workbook?.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value).OfType<string>().ToList() ?? [];
            return names.FirstOrDefault(n => n == wanted) ?? names.FirstOrDefault();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }
}
