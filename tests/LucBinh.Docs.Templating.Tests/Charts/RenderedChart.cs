using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LucBinh.Docs.Templating.Tests.Charts;

/// <summary>A chart of a rendered document, read back: its XML, its series' caches and formulas, and its embedded sheet.</summary>
internal sealed record RenderedChart(string PartName, XElement Root, IReadOnlyDictionary<string, string> Cells)
{
    public static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public IReadOnlyList<XElement> Series => [.. Root.Descendants(C + "ser")];

    /// <summary>The charts the body shows, in the order of their drawings.</summary>
    public static IReadOnlyList<RenderedChart> ReadAll(byte[] docx)
    {
        using var stream = new MemoryStream(docx, false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var body = XDocument.Load(main.GetStream());
        var result = new List<RenderedChart>();
        foreach (var reference in body.Descendants(C + "chart"))
        {
            var chart = (ChartPart)main.GetPartById(reference.Attribute(R + "id")!.Value);
            var xml = XDocument.Load(chart.GetStream()).Root!;
            var dataId = xml.Element(C + "externalData")!.Attribute(R + "id")!.Value;
            var embedded = (EmbeddedPackagePart)chart.GetPartById(dataId);
            result.Add(new RenderedChart(chart.Uri.OriginalString, xml, SheetCells(embedded)));
        }

        return result;
    }

    public static string Name(XElement series) => series.Element(C + "tx")!.Descendants(C + "v").Single().Value;

    public static string Formula(XElement series, string element) => series.Element(C + element)!.Descendants(C + "f").Single().Value;

    public static int PointCount(XElement series, string element) => (int)series.Element(C + element)!.Descendants(C + "ptCount").Single().Attribute("val")!;

    public static IReadOnlyList<string> Points(XElement series, string element) =>
        [.. series.Element(C + element)!.Descendants(C + "pt").Select(p => p.Element(C + "v")!.Value)];

    private static Dictionary<string, string> SheetCells(EmbeddedPackagePart embedded)
    {
        using var bytes = new MemoryStream();
        using (var data = embedded.GetStream())
        {
            data.CopyTo(bytes);
        }

        using var workbook = SpreadsheetDocument.Open(bytes, false);
        var book = workbook.WorkbookPart!;
        var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().First();
        var cells = ((WorksheetPart)book.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Cell>();
        return cells.ToDictionary(
            c => c.CellReference!.Value!,
            c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? string.Empty);
    }
}
