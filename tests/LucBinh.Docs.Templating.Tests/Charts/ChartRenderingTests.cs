using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests.Charts;

/// <summary>LibreOffice draws a filled chart from its caches: the categories from the data appear in the PDF.</summary>
[TestClass]
public sealed class ChartRenderingTests
{
    [TestMethod]
    [DataRow("column")]
    [DataRow("pie")]
    public void Libreoffice_draws_the_chart_with_the_datas_labels(string kind)
    {
        var template = ChartFixture.Create(P("Biểu đồ số người dự theo thôn") + "<w:p>CHART</w:p>", kind,
            "{{ thon | chart: category: \"ten\", values: \"so_nguoi\" }}");
        var docx = ChartTests.RenderChart(template, ChartTests.Villages(("Làng Quỳnh", 3, 120), ("Xóm Bãi", 2, 85), ("Thôn Gạo", 5, 210)));

        var text = PdfText.Of(LibreOffice.ConvertToPdf(docx));

        foreach (var label in new[] { "Làng Quỳnh", "Xóm Bãi", "Thôn Gạo" })
        {
            StringAssert.Contains(text, label, "the chart's category labels are drawn");
        }

        Assert.IsFalse(text.Contains("Mục 1", StringComparison.Ordinal), "the placeholder categories are gone");
    }
}
