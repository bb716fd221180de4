using LucBinh.Docs.Data;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.Charts.RenderedChart;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests.Charts;

/// <summary>A chart whose alt text is a chart tag gets its series from data, in its caches, formulas and embedded workbook.</summary>
[TestClass]
public sealed class ChartTests
{
    private const string Tag = "{{ thon | chart: category: \"ten\", values: \"so_buoi, so_nguoi\" }}";

    internal static DataRecord Villages(params (string Name, decimal Sessions, decimal People)[] villages) =>
        Record(("thon", new DataList(villages.Select(v => (object?)new DataRecord()
            .Set("ten", v.Name, "Tên thôn").Set("so_buoi", v.Sessions, "Số buổi").Set("so_nguoi", v.People, "Số người")))));

    internal static byte[] RenderChart(byte[] template, DataRecord data)
    {
        var loaded = DocxTemplate.Load(template, "t.docx");
        Assert.IsFalse(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Select(d => d.ToDisplayString())));
        var result = loaded.Render(data);
        Assert.IsEmpty(result.Diagnostics, string.Join("; ", result.Diagnostics.Select(d => d.ToDisplayString())));
        AssertValid(result.Document);
        return result.Document;
    }

    [TestMethod]
    public void A_column_chart_gets_its_categories_values_and_series_names_from_the_rows()
    {
        var template = ChartFixture.Create(P("Số người dự theo thôn:") + "<w:p>CHART</w:p>", "column", Tag);

        var docx = RenderChart(template, Villages(("Thôn Đông", 3, 120), ("Thôn Tây", 2, 85.5m), ("Thôn Nam", 5, 210)));

        var chart = ReadAll(docx).Single();
        Assert.HasCount(2, chart.Series);
        var (first, second) = (chart.Series[0], chart.Series[1]);
        Assert.AreEqual("Số buổi", Name(first), "series names are the columns' headers");
        Assert.AreEqual("Số người", Name(second));
        CollectionAssert.AreEqual(new[] { "Thôn Đông", "Thôn Tây", "Thôn Nam" }, Points(first, "cat").ToArray());
        CollectionAssert.AreEqual(new[] { "3", "2", "5" }, Points(first, "val").ToArray());
        CollectionAssert.AreEqual(new[] { "120", "85.5", "210" }, Points(second, "val").ToArray());
        Assert.AreEqual(3, PointCount(first, "cat"));
        Assert.AreEqual(3, PointCount(second, "val"));
        Assert.AreEqual("Sheet1!$B$1", Formula(first, "tx"));
        Assert.AreEqual("Sheet1!$C$1", Formula(second, "tx"));
        Assert.AreEqual("Sheet1!$A$2:$A$4", Formula(second, "cat"));
        Assert.AreEqual("Sheet1!$C$2:$C$4", Formula(second, "val"));
        Assert.AreEqual("General", second.Element(C + "val")!.Descendants(C + "formatCode").Single().Value);
        Assert.IsNotNull(first.Element(C + "spPr"), "the author's formatting is kept");
    }

    [TestMethod]
    public void The_embedded_workbook_holds_the_same_cells_so_edit_data_in_word_shows_them()
    {
        var template = ChartFixture.Create("<w:p>CHART</w:p>", "column", Tag);

        var docx = RenderChart(template, Villages(("Thôn Đông", 3, 120), ("Thôn Tây", 2, 85.5m), ("Thôn Nam", 5, 210)));

        var cells = ReadAll(docx).Single().Cells;
        var expected = new Dictionary<string, string>
        {
            ["A1"] = "Tên thôn", ["B1"] = "Số buổi", ["C1"] = "Số người",
            ["A2"] = "Thôn Đông", ["B2"] = "3", ["C2"] = "120",
            ["A3"] = "Thôn Tây", ["B3"] = "2", ["C3"] = "85.5",
            ["A4"] = "Thôn Nam", ["B4"] = "5", ["C4"] = "210",
        };
        CollectionAssert.AreEquivalent(expected.ToList(), cells.ToList(), "the placeholder rows (row 5) are gone too");
        using var workbook = EmbeddedWorkbook(docx);
        var table = workbook.WorkbookPart!.WorksheetParts.Single().TableDefinitionParts.Single().Table;
        Assert.AreEqual("A1:C4", table.Reference!.Value, "Word's table over the data is resized");
        CollectionAssert.AreEqual(new[] { "Tên thôn", "Số buổi", "Số người" }, table.TableColumns!.Elements<DocumentFormat.OpenXml.Spreadsheet.TableColumn>().Select(c => c.Name!.Value).ToArray());
    }

    [TestMethod]
    [DataRow("column")]
    [DataRow("bar")]
    [DataRow("line")]
    [DataRow("area")]
    [DataRow("pie")]
    [DataRow("doughnut")]
    public void Every_kind_takes_more_or_fewer_series_and_points_than_the_placeholder(string kind)
    {
        var three = ChartFixture.Create("<w:p>CHART</w:p>", kind, "{{ thon | chart: category: \"ten\", values: \"so_buoi, so_nguoi, so_buoi\", names: \"Buổi, Người, Lần\" }}");
        var one = ChartFixture.Create("<w:p>CHART</w:p>", kind, "{{ thon | chart: category: \"ten\", values: \"so_nguoi\" }}");
        var villages = Villages(("A", 1, 10), ("B", 2, 20), ("C", 3, 30), ("D", 4, 40), ("E", 5, 50), ("F", 6, 60));

        var wide = ReadAll(RenderChart(three, villages)).Single();
        var narrow = ReadAll(RenderChart(one, Villages(("A", 1, 10), ("B", 2, 20)))).Single();

        CollectionAssert.AreEqual(new[] { "Buổi", "Người", "Lần" }, wide.Series.Select(Name).ToArray(), "names: sets the series names");
        CollectionAssert.AreEqual(new[] { "0", "1", "2" }, wide.Series.Select(s => s.Element(C + "idx")!.Attribute("val")!.Value).ToArray());
        CollectionAssert.AreEqual(new[] { "0", "1", "2" }, wide.Series.Select(s => s.Element(C + "order")!.Attribute("val")!.Value).ToArray());
        Assert.AreEqual("Sheet1!$D$2:$D$7", Formula(wide.Series[2], "val"));
        Assert.AreEqual(6, PointCount(wide.Series[2], "cat"));
        var uniqueIds = wide.Series.SelectMany(s => s.Descendants().Where(e => e.Name.LocalName == "uniqueId")).Select(e => e.Attribute("val")!.Value).ToList();
        Assert.AreEqual(uniqueIds.Count, uniqueIds.Distinct().Count(), "a copied series does not repeat Word's series id");
        Assert.AreEqual(6, wide.Cells.Keys.Count(k => k.StartsWith('D')) - 1, "column D holds the third series");
        if (kind is "pie" or "doughnut")
        {
            var slices = wide.Series[0].Elements(C + "dPt").ToList();
            CollectionAssert.AreEqual(new[] { "0", "1", "2", "3", "4", "5" }, slices.Select(p => p.Element(C + "idx")!.Attribute("val")!.Value).ToArray(), "every slice has a colour");
            Assert.AreEqual("accent6", slices[5].Descendants().Single(e => e.Name.LocalName == "schemeClr").Attribute("val")!.Value);
        }

        var series = narrow.Series.Single();
        Assert.AreEqual("Số người", Name(series));
        CollectionAssert.AreEqual(new[] { "10", "20" }, Points(series, "val").ToArray());
        Assert.AreEqual(2, PointCount(series, "cat"));
        Assert.IsFalse(series.Elements(C + "dPt").Any(p => (int)p.Element(C + "idx")!.Attribute("val")! >= 2), "per-point formatting past the last point is removed");
    }

    [TestMethod]
    public void Groups_from_group_by_give_their_name_count_and_sums_so_attendees_per_village_is_one_tag()
    {
        var sessions = new DataList(new[] { ("Đông", 30m), ("Tây", 25m), ("Đông", 45m), ("Nam", 12m), ("Tây", 20m) }
            .Select(s => (object?)new DataRecord().Set("thon", s.Item1, "Thôn").Set("so_nguoi", s.Item2, "Số người")));
        var template = ChartFixture.Create("<w:p>CHART</w:p>", "column",
            "{{ tuyen_truyen | group_by: \"thon\" | sort: \"name\" | chart: values: \"size, so_nguoi\", names: \"Số buổi\" }}");

        var chart = ReadAll(RenderChart(template, Record(("tuyen_truyen", sessions)))).Single();

        CollectionAssert.AreEqual(new[] { "Đông", "Nam", "Tây" }, Points(chart.Series[0], "cat").ToArray(), "category defaults to the group's name");
        CollectionAssert.AreEqual(new[] { "2", "1", "2" }, Points(chart.Series[0], "val").ToArray(), "size counts the group's rows");
        CollectionAssert.AreEqual(new[] { "75", "12", "45" }, Points(chart.Series[1], "val").ToArray(), "a field is summed over the group");
        CollectionAssert.AreEqual(new[] { "Số buổi", "Số người" }, chart.Series.Select(Name).ToArray(), "names: then the field's header");
        Assert.AreEqual(" ", chart.Cells["A1"], "the header over the groups' names stays blank, as Word leaves it");
        var unnamed = ChartFixture.Create("<w:p>CHART</w:p>", "pie", "{{ tuyen_truyen | group_by: \"thon\" | chart: values: \"size\" }}");
        Assert.AreEqual("Số lượng", Name(ReadAll(RenderChart(unnamed, Record(("tuyen_truyen", sessions)))).Single().Series.Single()), "a count's default name");
    }

    [TestMethod]
    public void Filters_shape_the_rows_and_numbers_give_a_numeric_category_axis()
    {
        var years = new DataList(new[] { (2022m, 5m), (2023m, 7m), (2024m, 9m) }
            .Select(y => (object?)new DataRecord().Set("nam", y.Item1).Set("so", y.Item2).Set("loai", y.Item1 == 2022m ? "cũ" : "mới")));
        var template = ChartFixture.Create("<w:p>CHART</w:p>", "line", "{{ ds | where: \"loai\", \"mới\" | chart: category: \"nam\", values: \"so\" }}");

        var series = ReadAll(RenderChart(template, Record(("ds", years)))).Single().Series.Single();

        Assert.IsNotNull(series.Element(C + "cat")!.Element(C + "numRef"), "number categories are a numRef");
        CollectionAssert.AreEqual(new[] { "2023", "2024" }, Points(series, "cat").ToArray());
        CollectionAssert.AreEqual(new[] { "7", "9" }, Points(series, "val").ToArray());
    }

    [TestMethod]
    public void Many_renders_of_one_template_are_independent_and_the_same_data_gives_the_same_bytes()
    {
        var template = DocxTemplate.Load(ChartFixture.Create("<w:p>CHART</w:p>", "column", Tag), "t.docx");
        var a = Villages(("Thôn Đông", 3, 120), ("Thôn Tây", 2, 85));
        var b = Villages(("Xóm 1", 1, 10), ("Xóm 2", 2, 20), ("Xóm 3", 3, 30), ("Xóm 4", 4, 40), ("Xóm 5", 5, 50));

        var first = template.Render(a).Document;
        var other = template.Render(b).Document;
        var again = template.Render(a).Document;

        CollectionAssert.AreEqual(first, again, "byte-identical for the same data");
        CollectionAssert.AreEqual(new[] { "Thôn Đông", "Thôn Tây" }, Points(ReadAll(first).Single().Series[0], "cat").ToArray());
        CollectionAssert.AreEqual(new[] { "Xóm 1", "Xóm 2", "Xóm 3", "Xóm 4", "Xóm 5" }, Points(ReadAll(other).Single().Series[0], "cat").ToArray());
        Assert.AreEqual("Xóm 5", ReadAll(other).Single().Cells["A6"]);
        Assert.IsFalse(ReadAll(again).Single().Cells.ContainsKey("A6"), "a later render does not see an earlier one's rows");
        AssertValid(other);
    }

    [TestMethod]
    public void A_chart_in_a_loop_is_copied_with_its_own_part_workbook_and_ids()
    {
        var body = P("{% for xa in ds %}") + P("{{ xa.ten }}") + "<w:p>CHART</w:p>" + P("{% endfor %}");
        var template = ChartFixture.Create(body, "column", "{{ xa.thon | chart: category: \"ten\", values: \"so_nguoi\" }}");
        var communes = new DataList(new[] { ("Xã A", Villages(("A1", 1, 11), ("A2", 2, 22))), ("Xã B", Villages(("B1", 1, 33), ("B2", 2, 44), ("B3", 3, 55))) }
            .Select(x => (object?)new DataRecord().Set("ten", x.Item1).Set("thon", x.Item2["thon"])));

        var docx = RenderChart(template, Record(("ds", communes)));

        var charts = ReadAll(docx);
        Assert.HasCount(2, charts);
        Assert.AreNotEqual(charts[0].PartName, charts[1].PartName, "each copy has its own chart part");
        CollectionAssert.AreEqual(new[] { "11", "22" }, Points(charts[0].Series.Single(), "val").ToArray());
        CollectionAssert.AreEqual(new[] { "33", "44", "55" }, Points(charts[1].Series.Single(), "val").ToArray());
        Assert.AreEqual("B3", charts[1].Cells["A4"], "and its own workbook");
        Assert.IsFalse(charts[0].Cells.ContainsKey("A4"));
        var ids = WordText.BodyXml(docx).Descendants().Where(e => e.Name.LocalName == "docPr").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.HasCount(2, ids.Distinct(), "drawing ids stay unique");
    }

    [TestMethod]
    public void A_chart_in_a_header_is_filled_too()
    {
        var template = ChartFixture.Create(P("Thân văn bản"), "bar", Tag, headerXml: "<w:p>CHART</w:p>");

        var docx = RenderChart(template, Villages(("Thôn Đông", 3, 120), ("Thôn Tây", 2, 85)));

        using var stream = new MemoryStream(docx, false);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var chart = document.MainDocumentPart!.HeaderParts.Single().ChartParts.Single();
        var xml = System.Xml.Linq.XDocument.Load(chart.GetStream());
        CollectionAssert.AreEqual(new[] { "Thôn Đông", "Thôn Tây" }, Points(xml.Descendants(C + "ser").First(), "cat").ToArray());
    }

    [TestMethod]
    public void A_copy_of_a_chart_gets_its_own_copies_of_the_parts_the_chart_refers_to()
    {
        var body = P("{% for xa in ds %}") + "<w:p>CHART</w:p>" + P("{% endfor %}");
        var template = DocxTemplate.Load(ChartFixture.Create(body, "pie", "{{ xa.thon | chart: category: \"ten\", values: \"so_nguoi\" }}", withStyle: true), "t.docx");
        var communes = new DataList(Enumerable.Range(1, 3).Select(i => (object?)new DataRecord().Set("thon", Villages(("T" + i, i, i * 10))["thon"])));

        var result = template.Render(Record(("ds", communes)));

        using var stream = new MemoryStream(result.Document, false);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var charts = document.MainDocumentPart!.ChartParts.ToList();
        Assert.HasCount(3, charts);
        Assert.HasCount(3, charts.Select(c => c.GetPartsOfType<DocumentFormat.OpenXml.Packaging.ChartStylePart>().Single().Uri).Distinct(), "each copy has its own chart style part");
        Assert.HasCount(3, charts.Select(c => c.EmbeddedPackagePart!.Uri).Distinct());
        // The trimmed style part is itself invalid in the fixture; nothing else may be.
        var errors = WordValidation.Errors(result.Document).Where(e => !e.Contains("chartStyle", StringComparison.OrdinalIgnoreCase) && !e.Contains("/style", StringComparison.Ordinal)).ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    private static DocumentFormat.OpenXml.Packaging.SpreadsheetDocument EmbeddedWorkbook(byte[] docx)
    {
        using var stream = new MemoryStream(docx, false);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var chart = document.MainDocumentPart!.ChartParts.Single();
        var bytes = new MemoryStream();
        using (var data = chart.EmbeddedPackagePart!.GetStream())
        {
            data.CopyTo(bytes);
        }

        return DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(bytes, false);
    }
}
