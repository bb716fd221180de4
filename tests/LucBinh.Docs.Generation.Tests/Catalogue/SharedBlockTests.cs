using System.IO.Compression;
using System.Text;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Generation.Tests.Catalogue.CatalogueSamples;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>
/// The header, "Nơi nhận" and signature blocks are written once (templates/khoi) and included by every template of
/// the catalogue: one edit of a block changes every kind's output. The coordination report has the same blocks written
/// in (generated from the same code) until the hosts that load templates from bytes pass the include resolver.
/// </summary>
[TestClass]
public sealed class SharedBlockTests
{
    private static readonly string[] AllIds = NewKinds;

    [TestMethod]
    public void Every_template_includes_the_shared_blocks()
    {
        foreach (var id in NewKinds)
        {
            var lines = WordText.BodyParagraphs(File.ReadAllBytes(TemplatePath(id)));
            Assert.AreEqual("{% include \"khoi/dau-van-ban.docx\" %}", lines[0], id);
            var closing = id == "bien-ban-hoi-nghi" ? "chu-ky-bien-ban.docx" : "noi-nhan-chu-ky.docx";
            Assert.AreEqual($"{{% include \"khoi/{closing}\" %}}", lines[^1], id);
        }
    }

    [TestMethod]
    public void Templates_and_blocks_hold_no_organisation_place_or_signer()
    {
        var files = NewKinds.Select(TemplatePath).Concat(Directory.GetFiles(Path.Combine(RepoPaths.Templates, "khoi"), "*.docx")).ToList();
        Assert.HasCount(NewKinds.Length + 3, files);
        foreach (var id in NewKinds)
        {
            var info = Info(SampleData(id));
            var names = new[] { "cap_tren_truc_tiep", "co_quan_ban_hanh", "ten_co_quan", "dia_danh", "nguoi_ky", "chu_tri", "thu_ky" }
                .Select(k => info[k] as string).OfType<string>().ToList();
            foreach (var file in files)
            {
                var text = WordText.Body(File.ReadAllBytes(file));
                foreach (var name in names)
                {
                    Assert.DoesNotContain(name, text, $"{Path.GetFileName(file)} writes «{name}» itself: it belongs in the tracker");
                }
            }
        }
    }

    [TestMethod]
    public void Coordination_report_holds_the_shared_blocks_written_in()
    {
        var report = WordText.BodyXml(File.ReadAllBytes(TemplatePath(CoordinationReport))).Descendants(OutputDocument.W + "tbl").ToList();
        var header = Tables("dau-van-ban.docx");
        var footer = Tables("noi-nhan-chu-ky.docx");

        Assert.HasCount(2, report);
        Assert.AreEqual(header[0].ToString(), report[0].ToString(), "the header table");
        Assert.AreEqual(footer[0].ToString(), report[1].ToString(), "the Nơi nhận and signature table");
    }

    private static List<System.Xml.Linq.XElement> Tables(string block) =>
        [.. WordText.BodyXml(File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "khoi", block))).Descendants(OutputDocument.W + "tbl")];

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

        EditBlock(folder, "chu-ky-bien-ban.docx", "THƯ KÝ", "THƯ KÝ HỘI NGHỊ");

        foreach (var id in AllIds)
        {
            var after = WordText.Body(Render(id, SampleData(id), Path.Combine(folder, id + ".docx")).Docx);
            StringAssert.Contains(after, id == "bien-ban-hoi-nghi" ? "THƯ KÝ HỘI NGHỊ" : Mark, id);
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
