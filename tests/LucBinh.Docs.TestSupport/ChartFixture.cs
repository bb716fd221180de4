using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wordprocessing = DocumentFormat.OpenXml.Wordprocessing;

namespace LucBinh.Docs.TestSupport;

/// <summary>
/// Word documents holding a native chart the way Word writes one: an inline <c>w:drawing</c> whose
/// <c>a:graphicData</c> points (<c>c:chart r:id</c>) to a chart part, whose <c>c:externalData</c> points to an embedded
/// workbook (Sheet1, a table over A1:C5). The chart has two placeholder series of four points.
/// </summary>
public static class ChartFixture
{
    public const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>
    /// A document whose body holds <paramref name="bodyXml"/>, where each <c>CHART</c> is an inline chart of
    /// <paramref name="kind"/> (column, bar, line, pie, doughnut, area, scatter) with <paramref name="altText"/> as its
    /// alt text. <paramref name="withData"/> false leaves out the embedded workbook (a chart Word could not edit);
    /// <paramref name="withStyle"/> adds the chart style part Word 2013+ writes beside a chart (its content trimmed);
    /// <paramref name="headerXml"/>, when given, is the default header's content and its <c>CHART</c> the chart instead.
    /// </summary>
    public static byte[] Create(string bodyXml, string kind, string altText, bool withData = true, bool withStyle = false, string? headerXml = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = headerXml is null ? null : main.AddNewPart<HeaderPart>();
            var chart = header is null ? main.AddNewPart<ChartPart>() : header.AddNewPart<ChartPart>();
            string? dataId = null;
            if (withData)
            {
                var embedded = chart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
                using (var workbook = new MemoryStream(PlaceholderWorkbook()))
                {
                    embedded.FeedData(workbook);
                }

                dataId = chart.GetIdOfPart(embedded);
            }

            if (withStyle)
            {
                using var style = new MemoryStream("<cs:chartStyle xmlns:cs=\"http://schemas.microsoft.com/office/drawing/2012/chartStyle\" id=\"201\"/>"u8.ToArray());
                chart.AddNewPart<ChartStylePart>().FeedData(style);
            }

            using (var xml = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ChartXml(kind, dataId))))
            {
                chart.FeedData(xml);
            }

            var drawing =
                "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">" +
                "<wp:extent cx=\"5486400\" cy=\"3200400\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>" +
                $"<wp:docPr id=\"1\" name=\"Biểu đồ 1\" descr=\"{WordFixture.Escape(altText).Replace("\"", "&quot;", StringComparison.Ordinal)}\"/><wp:cNvGraphicFramePr/>" +
                $"<a:graphic><a:graphicData uri=\"{ChartNamespace}\"><c:chart xmlns:c=\"{ChartNamespace}\" r:id=\"{(header is null ? main.GetIdOfPart(chart) : header.GetIdOfPart(chart))}\"/>" +
                "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
            var reference = string.Empty;
            if (header is not null)
            {
                header.Header = new Wordprocessing.Header($"<w:hdr {WordFixture.Namespaces}>{headerXml!.Replace("CHART", drawing, StringComparison.Ordinal)}</w:hdr>");
                reference = $"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(header)}\"/>";
            }

            main.Document = new Wordprocessing.Document(
                $"<w:document {WordFixture.Namespaces}><w:body>{bodyXml.Replace("CHART", drawing, StringComparison.Ordinal)}<w:sectPr>{reference}<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
        }

        return stream.ToArray();
    }

    /// <summary>The chart part as Word 2016 writes it for a new chart of <paramref name="kind"/>, trimmed of styling.</summary>
    public static string ChartXml(string kind, string? dataId)
    {
        var pie = kind is "pie" or "doughnut";
        var series = Series(0, "Chuỗi 1", [4.3m, 2.5m, 3.5m, 4.5m], kind) + Series(1, "Chuỗi 2", [2.4m, 4.4m, 1.8m, 2.8m], kind);
        var group = kind switch
        {
            "column" or "bar" => $"<c:barChart><c:barDir val=\"{(kind == "bar" ? "bar" : "col")}\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>{series}" +
                                 "<c:gapWidth val=\"219\"/><c:overlap val=\"-27\"/><c:axId val=\"508474672\"/><c:axId val=\"508475000\"/></c:barChart>",
            "line" => $"<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>{series}<c:marker val=\"1\"/><c:axId val=\"508474672\"/><c:axId val=\"508475000\"/></c:lineChart>",
            "area" => $"<c:areaChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>{series}<c:axId val=\"508474672\"/><c:axId val=\"508475000\"/></c:areaChart>",
            "pie" => $"<c:pieChart><c:varyColors val=\"1\"/>{series}<c:firstSliceAng val=\"0\"/></c:pieChart>",
            "doughnut" => $"<c:doughnutChart><c:varyColors val=\"1\"/>{series}<c:firstSliceAng val=\"0\"/><c:holeSize val=\"75\"/></c:doughnutChart>",
            "scatter" => "<c:scatterChart><c:scatterStyle val=\"lineMarker\"/><c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>" +
                         "<c:smooth val=\"0\"/></c:ser><c:axId val=\"508474672\"/><c:axId val=\"508475000\"/></c:scatterChart>",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown chart kind"),
        };
        var axes = pie ? string.Empty :
            "<c:catAx><c:axId val=\"508474672\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>" +
            $"<c:axPos val=\"{(kind == "bar" ? "l" : "b")}\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/>" +
            "<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"508475000\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/>" +
            "<c:noMultiLvlLbl val=\"0\"/></c:catAx>" +
            "<c:valAx><c:axId val=\"508475000\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>" +
            $"<c:axPos val=\"{(kind == "bar" ? "b" : "l")}\"/><c:majorGridlines/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"none\"/>" +
            "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"508474672\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>";
        if (kind == "scatter")
        {
            axes = axes.Replace("c:catAx", "c:valAx", StringComparison.Ordinal).Replace("<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/>", "<c:crossBetween val=\"midCat\"/>", StringComparison.Ordinal);
        }

        var external = dataId is null ? string.Empty : $"<c:externalData r:id=\"{dataId}\"><c:autoUpdate val=\"0\"/></c:externalData>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
               $"<c:chartSpace xmlns:c=\"{ChartNamespace}\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:c16r2=\"http://schemas.microsoft.com/office/drawing/2015/06/chart\">" +
               "<c:date1904 val=\"0\"/><c:lang val=\"vi-VN\"/><c:roundedCorners val=\"0\"/>" +
               $"<c:chart><c:autoTitleDeleted val=\"{(pie ? 0 : 1)}\"/><c:plotArea><c:layout/>{group}{axes}</c:plotArea>" +
               "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>" +
               $"{external}</c:chartSpace>";
    }

    private static string Series(int index, string name, decimal[] values, string kind)
    {
        var column = (char)('B' + index);
        var i = index.ToString(CultureInfo.InvariantCulture);
        var accent = $"<a:schemeClr val=\"accent{index + 1}\"/>";
        var look = kind switch
        {
            "line" => $"<c:spPr><a:ln w=\"28575\" cap=\"rnd\"><a:solidFill>{accent}</a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>",
            "pie" or "doughnut" => "<c:spPr><a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"lt1\"/></a:solidFill></a:ln></c:spPr>" +
                                   string.Concat(Enumerable.Range(0, 4).Select(p => $"<c:dPt><c:idx val=\"{p}\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:schemeClr val=\"accent{p + 1}\"/></a:solidFill></c:spPr></c:dPt>")),
            "column" or "bar" => $"<c:spPr><a:solidFill>{accent}</a:solidFill><a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val=\"0\"/>",
            _ => $"<c:spPr><a:solidFill>{accent}</a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>",
        };
        return $"<c:ser><c:idx val=\"{i}\"/><c:order val=\"{i}\"/>" +
               $"<c:tx><c:strRef><c:f>Sheet1!${column}$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{name}</c:v></c:pt></c:strCache></c:strRef></c:tx>" +
               look +
               "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$5</c:f><c:strCache><c:ptCount val=\"4\"/>" +
               string.Concat(Enumerable.Range(0, 4).Select(p => $"<c:pt idx=\"{p}\"><c:v>Mục {p + 1}</c:v></c:pt>")) + "</c:strCache></c:strRef></c:cat>" +
               $"<c:val><c:numRef><c:f>Sheet1!${column}$2:${column}$5</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"4\"/>" +
               string.Concat(values.Select((v, p) => $"<c:pt idx=\"{p}\"><c:v>{v.ToString(CultureInfo.InvariantCulture)}</c:v></c:pt>")) + "</c:numCache></c:numRef></c:val>" +
               (kind == "line" ? "<c:smooth val=\"0\"/>" : string.Empty) +
               "<c:extLst><c:ext uri=\"{C3380CC4-5D6E-409C-BE32-E72D297353CC}\" xmlns:c16=\"http://schemas.microsoft.com/office/drawing/2014/chart\">" +
               $"<c16:uniqueId val=\"{{0000000{i}-1D2E-4F4B-9C26-5E4B9B4F7D3F}}\"/></c:ext></c:extLst></c:ser>";
    }

    /// <summary>The workbook Word embeds with a new chart: Sheet1 with the placeholder data and a table over it.</summary>
    public static byte[] PlaceholderWorkbook()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = workbook.AddWorkbookPart();
            book.Workbook = new Workbook();
            var strings = book.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheet = book.AddNewPart<WorksheetPart>();
            string[] header = [" ", "Chuỗi 1", "Chuỗi 2"];
            var rows = new List<Row> { new(header.Select((h, c) => Text(strings.SharedStringTable, Cell(c, 1), h))) { RowIndex = 1 } };
            for (var r = 0; r < 4; r++)
            {
                rows.Add(new Row(
                    Text(strings.SharedStringTable, Cell(0, r + 2), "Mục " + (r + 1).ToString(CultureInfo.InvariantCulture)),
                    new Cell { CellReference = Cell(1, r + 2), CellValue = new CellValue(r + 1) },
                    new Cell { CellReference = Cell(2, r + 2), CellValue = new CellValue(r + 2) })
                { RowIndex = (uint)(r + 2) });
            }

            sheet.Worksheet = new Worksheet(new SheetDimension { Reference = "A1:C5" }, new SheetData(rows));
            var table = sheet.AddNewPart<TableDefinitionPart>();
            table.Table = new Table(
                new AutoFilter { Reference = "A1:C5" },
                new TableColumns(header.Select((h, c) => new TableColumn { Id = (uint)(c + 1), Name = h })) { Count = 3 },
                new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true })
            { Id = 1, Name = "Table1", DisplayName = "Table1", Reference = "A1:C5" };
            sheet.Worksheet.Append(new TableParts(new TablePart { Id = sheet.GetIdOfPart(table) }) { Count = 1 });
            book.Workbook.Append(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = book.GetIdOfPart(sheet) }));
        }

        return stream.ToArray();
    }

    private static string Cell(int column, int row) => ((char)('A' + column)).ToString() + row.ToString(CultureInfo.InvariantCulture);

    private static Cell Text(SharedStringTable table, string reference, string text)
    {
        table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(table.ChildElements.Count - 1) };
    }
}
