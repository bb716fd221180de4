using System.IO.Compression;
using System.Text;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Generation.Tests.Catalogue.CatalogueSamples;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>
/// The header, "Nơi nhận" and signature blocks are written once (templates/khoi) and included by every template:
/// one edit of a block changes every kind's output.
/// </summary>
[TestClass]
public sealed class SharedBlockTests
{
    private static readonly string[] AllIds = [CoordinationReport, .. NewKinds];

    [TestMethod]
    public void Every_template_includes_the_shared_header_block()
    {
        foreach (var id in AllIds)
        {
            var first = WordText.BodyParagraphs(File.ReadAllBytes(TemplatePath(id)))[0];
            if (!first.Contains("include", StringComparison.Ordinal))
            {
                Assert.Inconclusive($"{id}: the blocks are written into the templates (TemplateBuilder --inline-blocks): the engine has no include yet.");
            }

            Assert.AreEqual("{% include \"khoi/dau-van-ban.docx\" %}", first, id);
        }
    }

    [TestMethod]
    public void Changing_the_header_block_once_changes_every_kind()
    {
        const string Mark = "ĐẢNG CỘNG SẢN VIỆT NAM (khối đã sửa)";
        var folder = CopyOfTemplates();
        EditBlock(folder, "dau-van-ban.docx", "ĐẢNG CỘNG SẢN VIỆT NAM", Mark);

        foreach (var id in AllIds)
        {
            var before = WordText.Body(Sample(id).Docx);
            var after = WordText.Body(Render(id, SampleData(id), Path.Combine(folder, id + ".docx")).Docx);

            Assert.DoesNotContain(Mark, before, id);
            StringAssert.Contains(after, Mark, $"{id}: the edited header block reaches the output");
            Assert.AreEqual(before.Replace("ĐẢNG CỘNG SẢN VIỆT NAM", Mark, StringComparison.Ordinal), after, $"{id}: and nothing else changes");
        }
    }

    [TestMethod]
    public void Changing_the_signature_block_once_changes_every_kind_that_signs_with_it()
    {
        const string Mark = "Nơi gửi:";
        var folder = CopyOfTemplates();
        EditBlock(folder, "noi-nhan-chu-ky.docx", "Nơi nhận:", Mark);

        foreach (var id in AllIds.Where(i => i != "bien-ban-hoi-nghi"))
        {
            var after = WordText.Body(Render(id, SampleData(id), Path.Combine(folder, id + ".docx")).Docx);
            StringAssert.Contains(after, Mark, id);
        }
    }

    private static string CopyOfTemplates()
    {
        var folder = RepoPaths.NewTempFolder();
        foreach (var id in AllIds)
        {
            File.Copy(TemplatePath(id), Path.Combine(folder, id + ".docx"));
        }

        var blocks = Path.Combine(RepoPaths.Templates, "khoi");
        Directory.CreateDirectory(Path.Combine(folder, "khoi"));
        foreach (var block in Directory.GetFiles(blocks, "*.docx"))
        {
            File.Copy(block, Path.Combine(folder, "khoi", Path.GetFileName(block)));
        }

        if (!WordText.BodyParagraphs(File.ReadAllBytes(Path.Combine(folder, CoordinationReport + ".docx")))[0].Contains("include", StringComparison.Ordinal))
        {
            Assert.Inconclusive("the blocks are written into the templates (TemplateBuilder --inline-blocks): the engine has no include yet.");
        }

        return folder;
    }

    /// <summary>Edits a block as a person would in Word: one text replaced in its document part.</summary>
    private static void EditBlock(string folder, string block, string from, string to)
    {
        var path = Path.Combine(folder, "khoi", block);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }

        Assert.Contains(from, xml);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml.Replace(from, to, StringComparison.Ordinal));
    }
}
