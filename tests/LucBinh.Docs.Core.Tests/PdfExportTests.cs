using System.Diagnostics;
using System.Text.RegularExpressions;
using LucBinh.Docs.Conversion;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Core.Tests;

/// <summary>PDF without the cloud: PDF/A-2b by LibreOffice, fonts embedded, the text kept; limits and a missing LibreOffice.</summary>
[TestClass]
[DoNotParallelize] // one test changes LUCBINH_SOFFICE for the process
public sealed partial class PdfExportTests
{
    private static byte[] Document() => WordFixture.Create(
        WordFixture.P("ĐẢNG CỘNG SẢN VIỆT NAM") +
        WordFixture.P("Số 45-BC/ĐU") +
        WordFixture.P("Lục Bình, ngày 05 tháng 02 năm 2026") +
        WordFixture.P("BÁO CÁO kết quả thực hiện công tác tuyên truyền, vận động Nhân dân") +
        WordFixture.Table(["STT", "Thôn", "Số buổi"], ["1", "Nà Vài", "04"], ["2", "Bản Lác", "12"]),
        headerXml: WordFixture.P("Trang đầu"));

    [TestMethod]
    public async Task A_document_becomes_PDF_A_2b_with_every_font_embedded_and_its_text()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var docx = Document();
        var pdf = await PdfExport.ToPdfAAsync(docx, "bao-cao.docx");
        var path = Path.Combine(RepoPaths.NewTempFolder(), "bao-cao.pdf");
        File.WriteAllBytes(path, pdf);

        var metadata = ExternalTools.Poppler("pdfinfo", "-meta", path);
        StringAssert.Contains(metadata, "<pdfaid:part>2</pdfaid:part>");
        StringAssert.Contains(metadata, "<pdfaid:conformance>B</pdfaid:conformance>");
        var fonts = ExternalTools.Poppler("pdffonts", path).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.IsNotEmpty(fonts);
        Assert.IsTrue(fonts.All(f => Embedded().IsMatch(f)), "every font embedded:\n" + string.Join("\n", fonts));
        var text = Normalize(PdfText.Of(pdf));
        foreach (var paragraph in WordText.BodyParagraphs(docx).Where(p => p.Length > 0))
        {
            StringAssert.Contains(text, Normalize(paragraph));
        }
    }

    [TestMethod]
    public async Task Beside_a_docx_the_pdf_is_written_atomically_with_the_same_name()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var folder = RepoPaths.NewTempFolder();
        var docx = Path.Combine(folder, "Báo cáo quý 1.docx");
        File.WriteAllBytes(docx, Document());
        var pdf = await PdfExport.WriteBesideAsync(docx);

        Assert.AreEqual(Path.Combine(folder, "Báo cáo quý 1.pdf"), pdf);
        CollectionAssert.AreEquivalent(new[] { "Báo cáo quý 1.docx", "Báo cáo quý 1.pdf" }, Directory.GetFiles(folder).Select(Path.GetFileName).ToArray());
        StringAssert.StartsWith(File.ReadAllText(pdf)[..5], "%PDF-");
    }

    [TestMethod]
    public async Task A_missing_LibreOffice_is_a_clear_message_not_a_crash()
    {
        var before = Environment.GetEnvironmentVariable("LUCBINH_SOFFICE");
        Environment.SetEnvironmentVariable("LUCBINH_SOFFICE", Path.Combine(RepoPaths.NewTempFolder(), "khong-co", "soffice"));
        try
        {
            Assert.IsFalse(PdfExport.IsAvailable);
            var error = await Assert.ThrowsExactlyAsync<LucBinhException>(() => PdfExport.ToPdfAAsync(Document(), "bao-cao.docx"));
            Assert.AreEqual("IO032", error.Diagnostics.Single().Code);
            StringAssert.Contains(error.Diagnostics[0].Message(), "LibreOffice");
            StringAssert.Contains(error.Diagnostics[0].Message(Localization.UiLanguage.English), "not installed");
        }
        finally
        {
            Environment.SetEnvironmentVariable("LUCBINH_SOFFICE", before);
        }
    }

    [TestMethod]
    public async Task A_document_over_the_limit_is_refused_before_LibreOffice_starts()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsExactlyAsync<LucBinhException>(() =>
            PdfExport.ToPdfAAsync(new byte[2 * 1024 * 1024], "lon.docx", new PdfExportLimits { MaxDocumentBytes = 1024 * 1024 }));

        Assert.AreEqual("IO030", error.Diagnostics.Single().Code);
        Assert.IsLessThan(2000, watch.ElapsedMilliseconds, "refused without converting");
    }

    [TestMethod]
    public async Task A_conversion_past_its_time_limit_is_stopped()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var limits = new PdfExportLimits { Conversion = new LibreOfficeLimits(TimeSpan.FromMilliseconds(200)) };
        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsExactlyAsync<LucBinhException>(() => PdfExport.ToPdfAAsync(Document(), "bao-cao.docx", limits));

        Assert.AreEqual("IO021", error.Diagnostics.Single().Code);
        Assert.IsLessThan(30_000, watch.ElapsedMilliseconds);
    }

    private static string Normalize(string text) =>
        Regex.Replace(text.Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ").Trim();


    [GeneratedRegex(@"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex Embedded();
}
