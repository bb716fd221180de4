using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.Charts.RenderedChart;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests.Charts;

/// <summary>Every problem with a chart is a diagnostic with a code and the chart's place, never an exception.</summary>
[TestClass]
public sealed class ChartDiagnosticTests
{
    private static readonly string Body = P("Mở đầu") + P("Biểu đồ:") + "<w:p>CHART</w:p>";

    private static Diagnostic LoadProblem(byte[] template)
    {
        var loaded = DocxTemplate.Load(template, "t.docx");
        Assert.IsTrue(loaded.HasErrors);
        return loaded.Diagnostics.Single();
    }

    private static (Diagnostic[] Diagnostics, byte[] Document) RenderProblems(string tag, DataRecord data, string kind = "column")
    {
        var loaded = DocxTemplate.Load(ChartFixture.Create(Body, kind, tag), "t.docx");
        Assert.IsEmpty(loaded.Diagnostics, string.Join("; ", loaded.Diagnostics.Select(d => d.ToDisplayString())));
        var result = loaded.Render(data);
        AssertValid(result.Document);
        return ([.. result.Diagnostics], result.Document);
    }

    private static void AssertAtTheChart(Diagnostic diagnostic, string tag, bool named = true)
    {
        var location = (DocumentLocation)diagnostic.Location!;
        Assert.AreEqual(DocumentPart.Body, location.Part);
        Assert.AreEqual(3, location.Paragraph, "the chart's paragraph");
        Assert.AreEqual(tag, location.Tag, "the alt text the author wrote");
        if (named)
        {
            StringAssert.Contains(diagnostic.Message(UiLanguage.Vietnamese), "Biểu đồ «Biểu đồ 1»", "the chart's name");
        }
    }

    [TestMethod]
    public void An_alt_text_tag_that_is_not_a_chart_tag_is_an_error_at_load()
    {
        foreach (var tag in new[] { "{{ thon }}", "{{ thon | chart: category: \"ten\" }}", "{{ thon | chart: values: \"a\", mau: \"do\" }}" })
        {
            var diagnostic = LoadProblem(ChartFixture.Create(Body, "column", tag));

            Assert.AreEqual("TPL017", diagnostic.Code, tag);
            AssertAtTheChart(diagnostic, tag);
            StringAssert.Contains(diagnostic.Message(UiLanguage.English), "values is required");
        }
    }

    [TestMethod]
    public void A_syntax_error_in_a_chart_tag_is_reported_as_the_author_typed_it()
    {
        var tag = "{{ thon | where: | chart: values: \"so\" }}";

        var diagnostic = LoadProblem(ChartFixture.Create(Body, "column", tag));

        Assert.AreEqual("TPL010", diagnostic.Code);
        AssertAtTheChart(diagnostic, tag, named: false);
        StringAssert.Contains(diagnostic.Message(), tag);
        Assert.DoesNotContain("lbd_chart", diagnostic.Message(), "the engine's internal filter stays hidden");
    }

    [TestMethod]
    public void A_scatter_chart_is_a_kind_that_cannot_be_filled()
    {
        var tag = "{{ thon | chart: values: \"so\" }}";

        var diagnostic = LoadProblem(ChartFixture.Create(Body, "scatter", tag));

        Assert.AreEqual("TPL018", diagnostic.Code);
        AssertAtTheChart(diagnostic, tag);
        StringAssert.Contains(diagnostic.Message(UiLanguage.English), "scatterChart");
    }

    [TestMethod]
    public void A_chart_without_embedded_data_is_an_error_at_load()
    {
        var tag = "{{ thon | chart: values: \"so\" }}";

        var diagnostic = LoadProblem(ChartFixture.Create(Body, "pie", tag, withData: false));

        Assert.AreEqual("TPL019", diagnostic.Code);
        AssertAtTheChart(diagnostic, tag);
    }

    [TestMethod]
    public void A_chart_without_a_tag_is_left_alone()
    {
        var template = ChartFixture.Create(Body, "scatter", "Biểu đồ minh họa");

        var loaded = DocxTemplate.Load(template, "t.docx");

        Assert.IsEmpty(loaded.Diagnostics);
        AssertValid(loaded.Render(new DataRecord()).Document);
    }

    [TestMethod]
    public void Data_that_is_not_a_list_leaves_the_chart_empty_with_a_warning()
    {
        var tag = "{{ ttc | chart: values: \"so\" }}";

        var (diagnostics, document) = RenderProblems(tag, Record(("ttc", Record(("so", 1m)))));

        var diagnostic = diagnostics.Single();
        Assert.AreEqual("TPL020", diagnostic.Code);
        Assert.IsFalse(diagnostic.IsError);
        AssertAtTheChart(diagnostic, tag);
        var series = ReadAll(document).Single().Series.Single();
        Assert.AreEqual(0, PointCount(series, "val"), "no placeholder numbers are left in a report");
    }

    [TestMethod]
    public void A_missing_list_is_reported_as_a_missing_field_and_as_a_chart_without_rows()
    {
        var (diagnostics, _) = RenderProblems("{{ thonn | chart: values: \"so_nguoi\" }}", ChartTests.Villages(("A", 1, 2)));

        CollectionAssert.AreEquivalent(new[] { "TPL012", "TPL020" }, diagnostics.Select(d => d.Code).ToArray());
        StringAssert.Contains(diagnostics.First(d => d.Code == "TPL012").Message(), "thon", "did you mean the list's name");
    }

    [TestMethod]
    public void A_field_the_rows_lack_is_reported_once_with_the_closest_name()
    {
        var tag = "{{ thon | chart: category: \"ten\", values: \"so_nguoii\" }}";

        var (diagnostics, _) = RenderProblems(tag, ChartTests.Villages(("A", 1, 2), ("B", 3, 4)));

        var diagnostic = diagnostics.Single();
        Assert.AreEqual("TPL021", diagnostic.Code);
        AssertAtTheChart(diagnostic, tag);
        StringAssert.Contains(diagnostic.Message(), "«so_nguoii»");
        StringAssert.Contains(diagnostic.Message(), "«so_nguoi»", "did you mean");
    }

    [TestMethod]
    public void A_value_that_is_not_a_number_is_reported_with_its_row_and_left_as_a_gap()
    {
        var rows = new DataList(new object?[]
        {
            new DataRecord().Set("ten", "A").Set("so", 5m),
            new DataRecord().Set("ten", "B").Set("so", "nhiều"),
            new DataRecord().Set("ten", "C").Set("so", "1.234,5"),
            new DataRecord().Set("ten", "D").Set("so", null),
        });
        var tag = "{{ ds | chart: category: \"ten\", values: \"so\" }}";

        var (diagnostics, document) = RenderProblems(tag, Record(("ds", rows)), "line");

        var diagnostic = diagnostics.Single();
        Assert.AreEqual("TPL022", diagnostic.Code);
        AssertAtTheChart(diagnostic, tag);
        StringAssert.Contains(diagnostic.Message(UiLanguage.English), "row 2");
        StringAssert.Contains(diagnostic.Message(UiLanguage.English), "'nhiều'");
        var series = ReadAll(document).Single().Series.Single();
        Assert.AreEqual(4, PointCount(series, "val"));
        CollectionAssert.AreEqual(new[] { "5", "1234.5" }, Points(series, "val").ToArray(), "gaps have no point; Vietnamese numbers are read");
    }

    [TestMethod]
    public void Check_lists_every_chart_problem_of_a_template_at_once()
    {
        var body = P("{{ ten | upcasee }}") + "<w:p>CHART</w:p>";

        var loaded = DocxTemplate.Load(ChartFixture.Create(body, "column", "{{ thon | chart: category: \"ten\" }}"), "t.docx");

        CollectionAssert.AreEquivalent(new[] { "TPL011", "TPL017" }, loaded.Diagnostics.Select(d => d.Code).ToArray());
    }
}
