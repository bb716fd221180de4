using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using static LucBinh.Docs.TemplateBuilder.Wml;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using Drawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;
using Table = DocumentFormat.OpenXml.Spreadsheet.Table;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>
/// templates/samples/bieu-do-tuyen-truyen.docx: a one-page sample of charts from data over the sample tracker —
/// attendees per village (column chart) and sessions per form (pie chart). Each chart is what Word's Insert → Chart
/// makes (chart part, embedded workbook with a table over the data), with a chart tag in its alt text.
/// </summary>
internal static class ChartSample
{
    public const string FileName = "bieu-do-tuyen-truyen.docx";

    private const string ChartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string WpNs = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const string WNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Colours written as RGB, not theme colours: the template has no theme part.</summary>
    private static readonly string[] Colours = ["2E75B6", "C55A11", "548235", "BF9000", "7030A0", "1F4E79"];

    public static byte[] Build()
    {
        using var raw = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document, autoSave: true))
        {
            // Every relationship id is given: the SDK would otherwise pick random ones, and the file must be reproducible.
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = StylesBuilder.Build();
            var byVillage = AddChart(main, "rId2", column: true, "Số người tham dự tuyên truyền theo thôn");
            var byForm = AddChart(main, "rId3", column: false, "Số buổi tuyên truyền theo hình thức");
            var core = doc.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2");
            using (var stream = core.GetStream(FileMode.Create, FileAccess.Write))
            {
                stream.Write(new UTF8Encoding(false).GetBytes(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
                    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Biểu đồ kết quả tuyên truyền</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>"));
            }

            var body = new Body(
                P(StyleIds.TemplateCode, """{% assign ttc = thong_tin_chung %}"""),
                P(StyleIds.TemplateCode, """{% assign tt_ky = tuyen_truyen | in_period: "ngay", ttc.tu_ngay, ttc.den_ngay %}"""),
                P(StyleIds.Title, "KẾT QUẢ TUYÊN TRUYỀN {{ ttc.ky_bao_cao | upcase }}"),
                P(StyleIds.Normal, Run("Trong kỳ, {{ ttc.ten_co_quan }} tổ chức {{ tt_ky.size | pad: 2 }} buổi tuyên truyền với {{ tt_ky | sum: \"so_nguoi_tham_du\" | vi_number }} lượt người tham dự.")),
                P(StyleIds.Normal, Run("1. Số người tham dự theo thôn:", Fmt.B)),
                ChartParagraph(ChartRun(byVillage, 1, "Biểu đồ 1",
                    """{{ tt_ky | group_by: "thon" | sort: "name" | chart: values: "so_nguoi_tham_du", names: "Số người tham dự" }}""")),
                P(StyleIds.Normal, Run("2. Số buổi theo hình thức tuyên truyền:", Fmt.B)),
                ChartParagraph(ChartRun(byForm, 2, "Biểu đồ 2",
                    """{{ tt_ky | group_by: "hinh_thuc" | chart: values: "size", names: "Số buổi" }}""")),
                new SectionProperties(
                    new PageSize { Width = (UInt32Value)(uint)Geometry.PageWidth, Height = (UInt32Value)(uint)Geometry.PageHeight },
                    new PageMargin { Top = Geometry.MarginTop, Bottom = Geometry.MarginBottom, Left = (UInt32Value)(uint)Geometry.MarginLeft, Right = (UInt32Value)(uint)Geometry.MarginRight }));
            main.Document = new Document(body);
        }

        return TemplateBuilder.Normalise(raw.ToArray());
    }

    /// <summary>A centred paragraph with single line spacing: the body's exact 18 pt lines would clip the chart.</summary>
    private static Paragraph ChartParagraph(Run chart) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Normal },
            new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "0" },
            new Justification { Val = JustificationValues.Center }),
        chart);

    private static string AddChart(MainDocumentPart main, string id, bool column, string title)
    {
        var chart = main.AddNewPart<ChartPart>(id);
        var embedded = chart.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rId1");
        using (var workbook = new MemoryStream(PlaceholderWorkbook(column ? "Số người tham dự" : "Số buổi")))
        {
            embedded.FeedData(workbook);
        }

        using (var xml = new MemoryStream(new UTF8Encoding(false).GetBytes(ChartXml(column, title, chart.GetIdOfPart(embedded)))))
        {
            chart.FeedData(xml);
        }

        return id;
    }

    /// <summary>An inline chart 15 cm × 7.5 cm, its alt text the chart tag (Word: right-click → Edit Alt Text).</summary>
    private static Run ChartRun(string chartId, int drawingId, string name, string tag)
    {
        var escaped = System.Security.SecurityElement.Escape(tag);
        var drawing = new Drawing(
            $"<w:drawing xmlns:w=\"{WNs}\" xmlns:wp=\"{WpNs}\" xmlns:a=\"{DrawingNs}\" xmlns:c=\"{ChartNs}\" xmlns:r=\"{RelNs}\">" +
            "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"5400000\" cy=\"2700000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>" +
            $"<wp:docPr id=\"{N(drawingId)}\" name=\"{name}\" descr=\"{escaped}\"/><wp:cNvGraphicFramePr/>" +
            $"<a:graphic><a:graphicData uri=\"{ChartNs}\"><c:chart r:id=\"{chartId}\"/></a:graphicData></a:graphic></wp:inline></w:drawing>");
        return new Run(RunProps(default), drawing);
    }

    private static string ChartXml(bool column, string title, string dataId)
    {
        const string TextProperties = "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1100\"><a:latin typeface=\"Times New Roman\"/><a:cs typeface=\"Times New Roman\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr>";
        var points = string.Concat(Enumerable.Range(0, 4).Select(p => $"<c:pt idx=\"{N(p)}\"><c:v>Mục {N(p + 1)}</c:v></c:pt>"));
        var values = string.Concat(Enumerable.Range(0, 4).Select(p => $"<c:pt idx=\"{N(p)}\"><c:v>{N(p + 1)}</c:v></c:pt>"));
        var slices = column ? string.Empty : string.Concat(Enumerable.Range(0, Colours.Length).Select(p =>
            $"<c:dPt><c:idx val=\"{N(p)}\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:srgbClr val=\"{Colours[p]}\"/></a:solidFill><a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr></c:dPt>"));
        var series =
            "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>" +
            $"<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{(column ? "Số người tham dự" : "Số buổi")}</c:v></c:pt></c:strCache></c:strRef></c:tx>" +
            $"<c:spPr><a:solidFill><a:srgbClr val=\"{Colours[0]}\"/></a:solidFill></c:spPr>" +
            (column ? "<c:invertIfNegative val=\"0\"/>" : string.Empty) + slices +
            "<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" +
            $"<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>{(column ? string.Empty : "<c:showLeaderLines val=\"1\"/>")}</c:dLbls>" +
            $"<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$5</c:f><c:strCache><c:ptCount val=\"4\"/>{points}</c:strCache></c:strRef></c:cat>" +
            $"<c:val><c:numRef><c:f>Sheet1!$B$2:$B$5</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"4\"/>{values}</c:numCache></c:numRef></c:val></c:ser>";
        var group = column
            ? $"<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>{series}<c:gapWidth val=\"120\"/><c:axId val=\"111111111\"/><c:axId val=\"222222222\"/></c:barChart>" +
              "<c:catAx><c:axId val=\"111111111\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>" +
              "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"222222222\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>" +
              "<c:valAx><c:axId val=\"222222222\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>" +
              "<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"111111111\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>"
            : $"<c:pieChart><c:varyColors val=\"1\"/>{series}<c:firstSliceAng val=\"0\"/></c:pieChart>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
               $"<c:chartSpace xmlns:c=\"{ChartNs}\" xmlns:a=\"{DrawingNs}\" xmlns:r=\"{RelNs}\"><c:date1904 val=\"0\"/><c:lang val=\"vi-VN\"/><c:roundedCorners val=\"0\"/>" +
               $"<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1300\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"vi-VN\" sz=\"1300\" b=\"1\"/><a:t>{title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>" +
               $"<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>{group}</c:plotArea>" +
               $"<c:legend><c:legendPos val=\"{(column ? "b" : "r")}\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>" +
               $"{TextProperties}<c:externalData r:id=\"{dataId}\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>";
    }

    /// <summary>The workbook Word embeds with a chart: Sheet1 with the placeholder data and a table over it.</summary>
    private static byte[] PlaceholderWorkbook(string seriesName)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = workbook.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            book.Workbook = new Workbook();
            var strings = book.AddNewPart<SharedStringTablePart>("rId2");
            strings.SharedStringTable = new SharedStringTable();
            var sheet = book.AddNewPart<WorksheetPart>("rId1");
            string[] header = ["Mục", seriesName];
            var rows = new List<Row> { new(header.Select((h, c) => TextCell(strings.SharedStringTable, CellName(c, 1), h))) { RowIndex = 1 } };
            for (var r = 0; r < 4; r++)
            {
                rows.Add(new Row(
                    TextCell(strings.SharedStringTable, CellName(0, r + 2), "Mục " + N(r + 1)),
                    new Cell { CellReference = CellName(1, r + 2), CellValue = new CellValue(N(r + 1)) })
                { RowIndex = (uint)(r + 2) });
            }

            sheet.Worksheet = new Worksheet(new SheetDimension { Reference = "A1:B5" }, new SheetData(rows));
            var table = sheet.AddNewPart<TableDefinitionPart>("rId1");
            table.Table = new Table(
                new AutoFilter { Reference = "A1:B5" },
                new TableColumns(header.Select((h, c) => new TableColumn { Id = (uint)(c + 1), Name = h })) { Count = 2 },
                new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true })
            { Id = 1, Name = "Table1", DisplayName = "Table1", Reference = "A1:B5" };
            sheet.Worksheet.Append(new TableParts(new TablePart { Id = sheet.GetIdOfPart(table) }) { Count = 1 });
            book.Workbook.Append(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = book.GetIdOfPart(sheet) }));
        }

        // The workbook is a zip inside the zip: fixed time stamps here too, so the template's bytes are reproducible.
        return TemplateBuilder.Normalise(stream.ToArray());
    }

    private static string CellName(int column, int row) => ((char)('A' + column)).ToString() + row.ToString(CultureInfo.InvariantCulture);

    private static Cell TextCell(SharedStringTable table, string reference, string text)
    {
        table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(N(table.ChildElements.Count - 1)) };
    }
}
