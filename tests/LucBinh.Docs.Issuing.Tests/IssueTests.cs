using System.Diagnostics;
using System.Text.RegularExpressions;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Issuing.Drafts;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Outbox;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Issuing.Tests;

/// <summary>Issuing in process: the number and date in the final document, its PDF/A, filing, the register entry, failures after the reservation.</summary>
[TestClass]
public sealed partial class IssueTests
{
    private static readonly RegisterOptions PerYear = new() { Numbering = NumberingPeriod.Year };

    /// <summary>A stand-in for LibreOffice where the PDF is not the point (fast, no external program).</summary>
    private sealed class FakePdf : IPdfConverter
    {
        public bool IsAvailable { get; init; } = true;

        public Task<byte[]> ConvertAsync(byte[] docx, string displayName, CancellationToken cancellationToken) =>
            Task.FromResult("%PDF-1.7\n% stand-in\n"u8.ToArray());
    }

    private static (DocumentIssuer Issuer, SqliteDocumentRegister Register, string Folder) Issuer(IPdfConverter? pdf = null, Func<RegisterEntry, CancellationToken, Task>? afterReserve = null)
    {
        var folder = RepoPaths.NewTempFolder();
        var register = new SqliteDocumentRegister(Path.Combine(folder, "so-dang-ky.db"));
        var publisher = new ReportPublisher(new LocalFolderStore(Path.Combine(folder, "kho")), new ReportOutbox(Path.Combine(folder, "outbox")));
        return (new DocumentIssuer(register, PerYear, publisher) { PdfConverter = pdf ?? new FakePdf(), AfterReserve = afterReserve }, register, folder);
    }

    private static IssueRequest Sample(string folder, bool pdf = true) => new()
    {
        TemplatePath = RepoPaths.ReportTemplate,
        TrackerPath = RepoPaths.SampleTracker,
        OutputFolder = Path.Combine(folder, "out"),
        Pdf = pdf,
    };

    [TestMethod]
    public async Task The_issued_document_carries_its_number_and_date_and_no_watermark()
    {
        var (issuer, register, folder) = Issuer();
        var result = await issuer.IssueAsync(Sample(folder));
        var docx = File.ReadAllBytes(result.DocumentPath);
        var body = WordText.BodyParagraphs(docx);

        Assert.AreEqual(IssueStatus.Issued, result.Status);
        Assert.AreEqual("01-BC/ĐU", result.Entry.Symbol);
        CollectionAssert.Contains(body.ToList(), "Số 01-BC/ĐU");
        Assert.IsTrue(body.Any(p => p.Contains("ngày 20 tháng 6 năm 2024", StringComparison.Ordinal)), "the tracker's issue date is the document's");
        Assert.IsFalse(DraftWatermark.HasWatermark(docx));
        Assert.IsEmpty(WordValidation.Errors(docx));
        StringAssert.StartsWith(Path.GetFileName(result.DocumentPath), "01-BC-ĐU ");
        Assert.IsTrue(File.Exists(result.PdfPath));
        var entry = (await register.ListAsync(new RegisterQuery())).Single();
        Assert.AreEqual(RegisterStatus.Issued, entry.Status);
        Assert.AreEqual(new DateOnly(2024, 6, 20), entry.Request.IssueDate);
        Assert.AreEqual(ContentHash.Sha256(docx), entry.Files!.ContentHash);
        Assert.AreEqual((Path.GetFileName(result.DocumentPath), Path.GetFileName(result.PdfPath)), (entry.Files.DocumentFile, entry.Files.PdfFile));
        Assert.AreEqual("Báo cáo", entry.Request.KindName);
        Assert.IsFalse(string.IsNullOrWhiteSpace(entry.Request.Signer));
        Assert.IsTrue(File.Exists(Path.Combine(folder, "kho", Path.GetFileName(result.DocumentPath))), "filed in the local store");
        Assert.IsTrue(File.Exists(Path.Combine(folder, "kho", Path.GetFileName(result.PdfPath!))), "the PDF is filed too");
    }

    [TestMethod]
    public async Task A_folder_per_scope_keeps_one_years_01_apart_from_anothers()
    {
        var (issuer, _, folder) = Issuer();

        var result = await issuer.IssueAsync(Sample(folder) with { FolderPerScope = true });

        Assert.AreEqual(Path.Combine(folder, "out", "2024"), Path.GetDirectoryName(result.DocumentPath), "the scope (per year here) names the subfolder");
        Assert.AreEqual(Path.GetDirectoryName(result.DocumentPath), Path.GetDirectoryName(result.PdfPath));
    }

    [TestMethod]
    public async Task An_edited_shared_block_makes_a_new_document_and_an_untouched_one_the_same()
    {
        var (issuer, _, folder) = Issuer();
        var templates = Directory.CreateDirectory(Path.Combine(folder, "mau")).FullName;
        var request = Sample(folder) with { TemplatePath = RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, templates) };

        var first = await issuer.IssueAsync(request);
        var again = await issuer.IssueAsync(request);
        using (var block = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(templates, "khoi", "noi-nhan-chu-ky.docx"), true))
        {
            var text = block.MainDocumentPart!.Document.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First(t => t.Text.Contains("Nơi nhận", StringComparison.Ordinal));
            text.Text = text.Text.Replace("Nơi nhận", "Nơi gửi", StringComparison.Ordinal);
        }

        var afterEdit = await issuer.IssueAsync(request);

        Assert.AreEqual((1, IssueStatus.Issued), (first.Entry.Number, first.Status));
        Assert.AreEqual((1, IssueStatus.AlreadyIssued), (again.Entry.Number, again.Status), "the same template, blocks and tracker: the same document");
        Assert.AreEqual((2, IssueStatus.Issued), (afterEdit.Entry.Number, afterEdit.Status), "the signature block changed: a new document");
        CollectionAssert.Contains(WordText.BodyParagraphs(File.ReadAllBytes(afterEdit.DocumentPath)).ToList(), "Nơi gửi:");
    }

    [TestMethod]
    public async Task Issuing_the_same_document_again_keeps_its_number_and_a_changed_one_gets_the_next()
    {
        var (issuer, register, folder) = Issuer();
        var first = await issuer.IssueAsync(Sample(folder));
        var again = await issuer.IssueAsync(Sample(folder));
        var otherPeriod = await issuer.IssueAsync(Sample(folder) with { Period = Generation.ReportPeriod.Parse("2024-Q3") });

        Assert.AreEqual((1, IssueStatus.Issued), (first.Entry.Number, first.Status));
        Assert.AreEqual((1, IssueStatus.AlreadyIssued), (again.Entry.Number, again.Status));
        Assert.AreEqual("ISS005", again.Diagnostics[0].Code);
        Assert.AreEqual(2, otherPeriod.Entry.Number);
        Assert.HasCount(2, await register.ListAsync(new RegisterQuery()));
        Assert.HasCount(4, Directory.GetFiles(Path.Combine(folder, "kho")), "the repeated issue filed nothing twice");
    }

    [TestMethod]
    public async Task A_failure_after_the_reservation_keeps_the_number_for_the_retry()
    {
        var fail = true;
        var (issuer, register, folder) = Issuer(afterReserve: (_, _) => fail ? throw new IOException("ổ đĩa đầy") : Task.CompletedTask);
        var error = await Assert.ThrowsExactlyAsync<LucBinhException>(() => issuer.IssueAsync(Sample(folder)));
        var kept = (await register.ListAsync(new RegisterQuery())).Single();
        var written = Directory.Exists(Path.Combine(folder, "out")) ? Directory.GetFiles(Path.Combine(folder, "out")).Length : 0;
        fail = false;
        var retry = await issuer.IssueAsync(Sample(folder));
        var entries = await register.ListAsync(new RegisterQuery());

        CollectionAssert.AreEqual(new[] { "ISS021", "ISS020" }, error.Diagnostics.Select(d => d.Code).ToArray());
        StringAssert.Contains(error.Diagnostics[1].Message(), "register cancel --kind BC --number 1");
        Assert.AreEqual((1, RegisterStatus.Reserved), (kept.Number, kept.Status));
        Assert.AreEqual(0, written, "nothing was written before the failure");
        Assert.AreEqual((1, IssueStatus.Issued), (retry.Entry.Number, retry.Status));
        Assert.HasCount(1, entries);
        Assert.AreEqual(RegisterStatus.Issued, entries[0].Status);
    }

    [TestMethod]
    public async Task Problems_found_before_the_reservation_cost_no_number()
    {
        var (issuer, register, folder) = Issuer(pdf: new FakePdf { IsAvailable = false });
        var noPdf = await Assert.ThrowsExactlyAsync<LucBinhException>(() => issuer.IssueAsync(Sample(folder)));
        var perTerm = new DocumentIssuer(register, new RegisterOptions()) { PdfConverter = new FakePdf() };
        var noTerm = await Assert.ThrowsExactlyAsync<LucBinhException>(() => perTerm.IssueAsync(Sample(folder)));

        Assert.AreEqual("IO032", noPdf.Diagnostics.Single().Code);
        Assert.AreEqual("ISS002", noTerm.Diagnostics.Single().Code);
        Assert.IsEmpty(await register.ListAsync(new RegisterQuery()));
    }

    [TestMethod]
    public async Task The_pdf_is_PDF_A_2b_with_embedded_fonts_and_the_documents_text()
    {
        var (issuer, _, folder) = Issuer(pdf: new LibreOfficePdfConverter(new Conversion.PdfExportLimits { Conversion = new Conversion.LibreOfficeLimits(TimeSpan.FromMinutes(4)) }));
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var result = await issuer.IssueAsync(Sample(folder));
        var pdf = File.ReadAllBytes(result.PdfPath!);

        var metadata = ExternalTools.Poppler("pdfinfo", "-meta", result.PdfPath!);
        StringAssert.Contains(metadata, "<pdfaid:part>2</pdfaid:part>");
        StringAssert.Contains(metadata, "<pdfaid:conformance>B</pdfaid:conformance>");
        var fonts = ExternalTools.Poppler("pdffonts", result.PdfPath!).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.IsNotEmpty(fonts);
        foreach (var font in fonts)
        {
            Assert.IsTrue(Regex.IsMatch(font, @"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$"), "embedded: " + font);
        }

        var pdfWords = Words(PdfText.Of(pdf));
        var docxWords = Words(string.Join(" ", WordText.BodyParagraphs(File.ReadAllBytes(result.DocumentPath))));
        var missing = docxWords.Except(pdfWords).ToList();
        Assert.IsEmpty(missing, "words of the .docx not in the PDF: " + string.Join(", ", missing.Take(20)));
        StringAssert.Contains(PdfText.Of(pdf), "Số 01-BC/ĐU");
    }

    private static HashSet<string> Words(string text) =>
        [.. WordPattern().Matches(text.Normalize(System.Text.NormalizationForm.FormC)).Select(m => m.Value)];


    [GeneratedRegex(@"[\p{L}\p{N}]{2,}")]
    private static partial Regex WordPattern();
}
