using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Generation.Tests;

[TestClass]
public sealed class OutputQualityTests
{
    [TestMethod]
    public void The_template_itself_is_valid_and_free_of_template_errors()
    {
        Assert.IsEmpty(WordValidation.Errors(File.ReadAllBytes(RepoPaths.ReportTemplate)));
        Assert.IsEmpty(SampleReport.Template.Diagnostics, string.Join("\n", SampleReport.Template.Diagnostics));
    }

    [TestMethod]
    public void The_generated_report_passes_the_open_xml_validator()
    {
        var docx = SampleReport.Render(SampleReport.ReadData());

        var errors = WordValidation.Errors(docx);

        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    [TestMethod]
    public void LibreOffice_converts_the_generated_report_to_a_multi_page_pdf()
    {
        var docx = SampleReport.Render(SampleReport.ReadData());

        var pdf = LibreOffice.ConvertToPdf(docx);

        Assert.IsTrue(pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "the output is a PDF");
        Assert.IsGreaterThanOrEqualTo(3, LibreOffice.PageCount(pdf), "the half-year report spans several A4 pages");
    }
}
