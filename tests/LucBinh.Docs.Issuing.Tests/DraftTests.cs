using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Issuing.Drafts;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Issuing.Tests;

/// <summary>Drafts: the "DỰ THẢO" watermark in every header a page can show, the number left blank, the draft's name.</summary>
[TestClass]
public sealed class DraftTests
{
    private static readonly HeaderFooterValues[] Types = [HeaderFooterValues.Default, HeaderFooterValues.First, HeaderFooterValues.Even];

    [TestMethod]
    public void A_draft_of_the_sample_report_is_watermarked_unnumbered_and_named_as_a_draft()
    {
        var folder = RepoPaths.NewTempFolder();
        var result = DraftReports.Generate(new ReportRequest { TemplatePath = RepoPaths.ReportTemplate, TrackerPath = RepoPaths.SampleTracker, OutputPath = folder });
        var draft = File.ReadAllBytes(result.OutputPath);

        StringAssert.EndsWith(result.OutputPath, " (dự thảo).docx");
        AssertEveryHeaderIsWatermarked(draft);
        Assert.IsEmpty(WordValidation.Errors(draft), string.Join("\n", WordValidation.Errors(draft)));
        var numberLine = WordText.BodyParagraphs(draft).First(p => p.StartsWith("Số ", StringComparison.Ordinal));
        Assert.AreEqual("-BC/ĐU", numberLine[3..].Trim(), "the number is left blank: " + numberLine);
        // The header's page number field is still there beside the watermark.
        CollectionAssert.Contains(WordText.HeaderParagraphs(draft).ToList(), "2");
    }

    [TestMethod]
    public void A_draft_in_memory_matches_the_one_on_disk_and_touches_no_file()
    {
        var template = TemplateFile.FromPath(RepoPaths.ReportTemplate);
        var tracker = (File.ReadAllBytes(RepoPaths.SampleTracker), "so-theo-doi.xlsx");
        var draft = DraftReports.GenerateInMemory(template, tracker, ReportPeriod.Parse("2024-Q2"));

        StringAssert.EndsWith(draft.FileName, " (dự thảo).docx");
        StringAssert.Contains(draft.FileName, "quý II năm 2024");
        Assert.IsTrue(DraftWatermark.HasWatermark(draft.Document));
        Assert.IsTrue(WordText.BodyParagraphs(draft.Document).Any(p => p.StartsWith("Số ", StringComparison.Ordinal) && p.EndsWith("-BC/ĐU", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task The_preview_is_a_picture_of_the_first_page()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        _ = ExternalTools.Require("pdftoppm (poppler-utils)", "pdftoppm");
        var template = TemplateFile.FromPath(RepoPaths.ReportTemplate);
        var tracker = (File.ReadAllBytes(RepoPaths.SampleTracker), "so-theo-doi.xlsx");
        var draft = DraftReports.GenerateInMemory(template, tracker);
        // A generous time limit: the test machine may be busy; the limit itself is tested in Core.Tests.
        var limits = new Conversion.PdfExportLimits { Conversion = new Conversion.LibreOfficeLimits(TimeSpan.FromMinutes(4)) };
        var png = await Conversion.PagePreview.FirstPagePngAsync(draft.Document, draft.FileName, limits, dotsPerInch: 40);

        CollectionAssert.AreEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.AreEqual((331, 468), (width, height), "one A4 page at 40 dpi");
    }

    [TestMethod]
    public void Every_section_gets_the_watermark_in_all_its_headers_and_keeps_their_content()
    {
        // Section 1 has only a default header; section 2 (first page different) has none and inherits it.
        var source = WordFixture.Create(
            WordFixture.P("Phần một") +
            "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:pPr></w:p>" +
            WordFixture.P("Phần hai"),
            headerXml: "<w:p><w:r><w:t>Đầu trang riêng</w:t></w:r></w:p>");
        source = MoveHeaderReferenceToFirstSection(source);
        var draft = DraftWatermark.Apply(source);

        AssertEveryHeaderIsWatermarked(draft);
        Assert.IsEmpty(WordValidation.Errors(draft), string.Join("\n", WordValidation.Errors(draft)));
        CollectionAssert.Contains(WordText.HeaderParagraphs(draft).ToList(), "Đầu trang riêng");
        CollectionAssert.AreEqual(WordText.BodyParagraphs(source).ToArray(), WordText.BodyParagraphs(draft).ToArray(), "the body is untouched");
        CollectionAssert.AreEqual(DraftWatermark.Apply(draft), draft, "marking a draft again changes nothing");
        Assert.IsFalse(DraftWatermark.HasWatermark(source));
    }

    [TestMethod]
    public void The_watermark_shows_on_every_page_in_LibreOffice()
    {
        // The same report with and without the watermark, rendered by LibreOffice: every page of the draft differs from
        // the plain one in the middle of the page (where the diagonal text is), and nowhere does the text move.
        var folder = RepoPaths.NewTempFolder();
        var result = DraftReports.Generate(new ReportRequest { TemplatePath = RepoPaths.ReportTemplate, TrackerPath = RepoPaths.SampleTracker, OutputPath = folder });
        var draft = File.ReadAllBytes(result.OutputPath);
        var plain = RemoveWatermark(draft);
        var draftPages = PagesOf(LibreOffice.ConvertToPdf(draft, "draft.docx"));
        var plainPages = PagesOf(LibreOffice.ConvertToPdf(plain, "plain.docx"));

        Assert.HasCount(plainPages.Count, draftPages);
        Assert.IsGreaterThanOrEqualTo(2, draftPages.Count);
        for (var page = 0; page < draftPages.Count; page++)
        {
            var (centre, changedDark) = Difference(draftPages[page], plainPages[page]);
            Assert.IsGreaterThan(1500, centre, $"page {page + 1}: the watermark is drawn in the middle of the page ({centre} pixels changed)");
            Assert.AreEqual(0, changedDark, $"page {page + 1}: the watermark is light, behind the text");
        }
    }

    private static void AssertEveryHeaderIsWatermarked(byte[] docx)
    {
        using var stream = new MemoryStream(docx, false);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        Assert.IsNotEmpty(main.HeaderParts);
        foreach (var header in main.HeaderParts)
        {
            Assert.IsTrue(DraftWatermark.HeaderHasWatermark(header), "watermark in " + header.Uri);
            StringAssert.Contains(header.Header!.OuterXml, "string=\"DỰ THẢO\"");
        }

        var sections = main.Document.Body!.Descendants<SectionProperties>().ToList();
        Assert.IsNotEmpty(sections);
        foreach (var type in Types)
        {
            // The first section defines every type; later ones define it or inherit it.
            Assert.IsTrue(sections[0].Elements<HeaderReference>().Any(r => (r.Type?.Value ?? HeaderFooterValues.Default) == type), $"first section has a {type} header");
        }
    }

    private static byte[] MoveHeaderReferenceToFirstSection(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var last = body.Elements<SectionProperties>().Last();
            var first = body.Descendants<Paragraph>().Select(p => p.ParagraphProperties?.SectionProperties).OfType<SectionProperties>().First();
            var reference = last.Elements<HeaderReference>().Single();
            reference.Remove();
            first.InsertAt(reference, 0);
            last.Append(new TitlePage());
            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>What Word's "Remove Watermark" does: the watermark's run goes, everything else stays.</summary>
    private static byte[] RemoveWatermark(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            foreach (var header in document.MainDocumentPart!.HeaderParts)
            {
                foreach (var run in header.Header!.Descendants<Run>().Where(r => r.InnerXml.Contains(DraftWatermark.ShapeIdPrefix, StringComparison.Ordinal)).ToList())
                {
                    run.Remove();
                }

                header.Header.Save();
            }
        }

        Assert.IsFalse(DraftWatermark.HasWatermark(stream.ToArray()));
        return stream.ToArray();
    }

    /// <summary>Each page as a grey-level bitmap (poppler's pdftoppm, 40 dpi, PGM).</summary>
    private static List<(int Width, int Height, byte[] Pixels)> PagesOf(byte[] pdf)
    {
        var tool = ExternalTools.Require("pdftoppm (poppler-utils)", "pdftoppm");
        var folder = RepoPaths.NewTempFolder();
        var input = Path.Combine(folder, "in.pdf");
        File.WriteAllBytes(input, pdf);
        using (var process = Process.Start(new ProcessStartInfo(tool, ["-r", "40", "-gray", input, Path.Combine(folder, "page")]) { RedirectStandardError = true })!)
        {
            Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(1)), "pdftoppm finished");
        }

        return [.. Directory.GetFiles(folder, "page*.pgm").Order(StringComparer.Ordinal).Select(ReadPgm)];
    }

    private static (int, int, byte[]) ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, position - start));
        }

        var width = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        return (width, height, bytes[(position + 1)..(position + 1 + (width * height))]);
    }

    /// <summary>Pixels that differ in the page's middle third, and pixels that turned dark (text would).</summary>
    private static (int Centre, int ChangedDark) Difference((int Width, int Height, byte[] Pixels) draft, (int Width, int Height, byte[] Pixels) plain)
    {
        Assert.AreEqual((plain.Width, plain.Height), (draft.Width, draft.Height));
        var centre = 0;
        var dark = 0;
        for (var y = 0; y < draft.Height; y++)
        {
            for (var x = 0; x < draft.Width; x++)
            {
                var a = draft.Pixels[(y * draft.Width) + x];
                var b = plain.Pixels[(y * draft.Width) + x];
                if (Math.Abs(a - b) < 8)
                {
                    continue;
                }

                if (y > draft.Height / 3 && y < 2 * draft.Height / 3)
                {
                    centre++;
                }

                if (a < 60 && b > 200)
                {
                    dark++;
                }
            }
        }

        return (centre, dark);
    }
}
