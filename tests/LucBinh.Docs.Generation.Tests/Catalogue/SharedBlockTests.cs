using System.IO.Compression;
using System.Text;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Generation.Tests.Catalogue.CatalogueSamples;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>
/// The header, "Nơi nhận" and signature blocks are written once (templates/khoi) and included by every template of
/// the catalogue, the coordination report (the product's default) as well: one edit of a block changes every kind's
/// output.
/// </summary>
[TestClass]
public sealed class SharedBlockTests
{
    private static readonly string[] AllIds = [CoordinationReport, .. NewKinds];

    [TestMethod]
    public void Every_template_includes_the_shared_blocks_and_writes_none_of_them_in()
    {
        Assert.HasCount(9, AllIds);
        foreach (var id in AllIds)
        {
            var lines = WordText.BodyParagraphs(File.ReadAllBytes(TemplatePath(id))).Where(l => l.Trim().Length > 0).ToList();
            Assert.AreEqual("{% include \"khoi/dau-van-ban.docx\" %}", lines[0], id);
            var closing = id == "bien-ban-hoi-nghi" ? "chu-ky-bien-ban.docx" : "noi-nhan-chu-ky.docx";
            Assert.AreEqual($"{{% include \"khoi/{closing}\" %}}", lines[^1], id);
            var text = WordText.Body(File.ReadAllBytes(TemplatePath(id)));
            foreach (var blockText in new[] { "ĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận:", "thong_tin_chung.nguoi_ky" })
            {
                Assert.DoesNotContain(blockText, text, $"{id} writes in «{blockText}», which belongs to a block");
            }
        }
    }

    [TestMethod]
    public void Templates_and_blocks_hold_no_organisation_place_or_signer()
    {
        var files = AllIds.Select(TemplatePath).Concat(Directory.GetFiles(RepoPaths.Blocks, "*.docx")).ToList();
        Assert.HasCount(AllIds.Length + 3, files);
        foreach (var id in AllIds)
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
    public void Changing_the_committees_name_in_the_header_block_once_changes_every_kind()
    {
        // The block names the committee from the tracker; an office that fixes the name in the block itself edits one file.
        const string NewName = "ĐẢNG ỦY XÃ QUANG THUẬN";
        var folder = CopyOfTemplates();
        EditBlock(folder, "dau-van-ban.docx", "{{ thong_tin_chung.co_quan_ban_hanh }}", NewName);

        foreach (var id in AllIds)
        {
            var oldName = Field(Info(SampleData(id)), "co_quan_ban_hanh");
            var before = Sample(id);
            var after = Render(id, SampleData(id), Path.Combine(folder, id + ".docx"));
            var header = HeaderTable(after);

            StringAssert.Contains(header, NewName, $"{id}: the edited header block reaches the output's header table");
            Assert.DoesNotContain(oldName, header, $"{id}: the header table no longer shows the old name");
            StringAssert.Contains(HeaderTable(before), oldName, $"{id}: the sample showed the old name there");
            Assert.AreEqual(ReplaceFirst(WordText.Body(before.Docx), oldName, NewName), WordText.Body(after.Docx), $"{id}: and nothing else changes");
        }
    }

    [TestMethod]
    public void Changing_the_signature_block_once_changes_every_kind_that_signs_with_it()
    {
        var folder = CopyOfTemplates();
        EditBlock(folder, "noi-nhan-chu-ky.docx", "Nơi nhận:", "Nơi gửi:");
        EditBlock(folder, "noi-nhan-chu-ky.docx", "{{ thong_tin_chung.chuc_vu_nguoi_ky }}", "CHỨC VỤ: {{ thong_tin_chung.chuc_vu_nguoi_ky }}");
        EditBlock(folder, "chu-ky-bien-ban.docx", "THƯ KÝ", "THƯ KÝ HỘI NGHỊ");

        foreach (var id in AllIds)
        {
            var after = Render(id, SampleData(id), Path.Combine(folder, id + ".docx"));
            var signature = SignatureTable(after);
            if (id == "bien-ban-hoi-nghi")
            {
                StringAssert.Contains(signature, "THƯ KÝ HỘI NGHỊ", id);
                continue;
            }

            var position = Field(Info(after.Data), "chuc_vu_nguoi_ky");
            StringAssert.Contains(signature, "Nơi gửi:", id);
            StringAssert.Contains(signature, "CHỨC VỤ: " + position, $"{id}: the signature's new layout reaches the output");
            Assert.DoesNotContain("Nơi nhận:", WordText.Body(after.Docx), $"{id}: the old caption is gone");
        }
    }

    private static string HeaderTable(Rendered rendered) => TableText(rendered.Output.Body.Elements(OutputDocument.W + "tbl").First());

    private static string SignatureTable(Rendered rendered) => TableText(rendered.Output.Body.Elements(OutputDocument.W + "tbl").Last());

    private static string TableText(System.Xml.Linq.XElement table) =>
        string.Join("\n", table.Descendants(OutputDocument.W + "p").Select(OutputDocument.TextOf));

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
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
