using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Templating.Includes;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.TestSupport.Hostile;
using static LucBinh.Docs.Templating.Tests.IncludeFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// Include tags as hostile input (issue 13): every problem names the block and where it was included, paths never
/// leave the template's folder, cycles, depth and count are bounded, and a block is measured before it is parsed.
/// </summary>
[TestClass]
public sealed class IncludeErrorTests
{
    [TestMethod]
    public void A_tag_error_inside_a_block_names_the_blocks_paragraph_and_where_it_was_included()
    {
        var block = Document(WordFixture.P("Một") + WordFixture.P("Hai") + WordFixture.P("Ba {{ thong_tin_chung.so | }}"));
        var template = WordFixture.Create(Include("khoi/loi.docx") + WordFixture.P("Sau") + WordFixture.P("{{ thong_tin_chung.so | }}"));

        var loaded = Load(template, Blocks(("khoi/loi.docx", block)), name: "/srv/mau/bao-cao.docx");

        var errors = loaded.Diagnostics.Where(d => d.Code == "TPL010").ToList();
        Assert.HasCount(2, errors);
        var inBlock = (IncludedLocation)errors[0].Location!;
        Assert.AreEqual("khoi/loi.docx", inBlock.Document);
        Assert.AreEqual(3, inBlock.Place!.Paragraph);
        Assert.AreEqual("bao-cao.docx", inBlock.IncludedFrom!.Document);
        Assert.AreEqual(1, inBlock.IncludedFrom.Place!.Paragraph);
        Assert.AreEqual(
            "khoi/loi.docx, thân văn bản, đoạn 3 («Ba {{ thong_tin_chung.so | }}») (chèn từ bao-cao.docx, thân văn bản, đoạn 1 («{% include \"khoi/loi.docx\" %}»))",
            inBlock.Describe(UiLanguage.Vietnamese));
        StringAssert.StartsWith(inBlock.Describe(UiLanguage.English), "khoi/loi.docx, ");
        StringAssert.Contains(inBlock.Describe(UiLanguage.English), "(included from bao-cao.docx, ");

        // The template's own paragraphs keep the numbers Word shows in the template, whatever the block holds.
        Assert.AreEqual(3, ((DocumentLocation)errors[1].Location!).Paragraph);
    }

    [TestMethod]
    public void A_missing_block_a_file_that_is_not_a_docx_and_a_block_without_a_resolver_are_refused_at_their_tag()
    {
        var template = WordFixture.Create(WordFixture.P("Đầu") + Include("khoi/khong-co.docx") + Include("khoi/ghi-chu.txt") + Include("khoi/hong.docx"));
        var loaded = Load(template, Blocks(("khoi/hong.docx", "không phải tệp zip"u8.ToArray())));

        var codes = loaded.Diagnostics.Select(d => d.Code).ToList();
        CollectionAssert.AreEqual(new[] { "TPL041", "TPL043", "TPL043" }, codes);
        var missing = loaded.Diagnostics[0];
        StringAssert.Contains(missing.Message(), "khoi/khong-co.docx");
        Assert.AreEqual(2, ((IncludedLocation)missing.Location!).Place!.Paragraph);
        Assert.ThrowsExactly<LucBinhException>(() => loaded.Render(Record()));

        var withoutResolver = DocxTemplate.Load(template, "mau.docx");
        Assert.IsTrue(withoutResolver.Diagnostics.All(d => d.Code == "TPL047"), string.Join("\n", withoutResolver.Diagnostics));
        Assert.HasCount(3, withoutResolver.Diagnostics);
    }

    [TestMethod]
    public void An_include_tag_that_does_not_stand_alone_or_lacks_quotes_is_an_error()
    {
        var template = WordFixture.Create(WordFixture.P("Xem {% include \"khoi/a.docx\" %}") + WordFixture.P("{% include khoi/a.docx %}"));

        var loaded = Load(template, Blocks(("khoi/a.docx", Document(WordFixture.P("A")))));

        CollectionAssert.AreEqual(new[] { "TPL040", "TPL040" }, loaded.Diagnostics.Select(d => d.Code).ToList());
    }

    [TestMethod]
    public void A_block_opened_in_an_included_block_must_close_there()
    {
        var opens = Document(WordFixture.P("A") + WordFixture.P("{% if thong_tin_chung.so %}"));
        var template = WordFixture.Create(Include("khoi/mo.docx") + WordFixture.P("trong") + WordFixture.P("{% endif %}"));

        var loaded = Load(template, Blocks(("khoi/mo.docx", opens)));

        var error = loaded.Diagnostics.Single();
        Assert.AreEqual("TPL049", error.Code);
        Assert.AreEqual("khoi/mo.docx", ((IncludedLocation)error.Location!).Document);
        Assert.AreEqual(2, ((IncludedLocation)error.Location!).Place!.Paragraph);
    }

    [TestMethod]
    public void Include_tags_inside_a_comment_are_not_expanded()
    {
        var template = WordFixture.Create(WordFixture.P("{% comment %}") + Include("khoi/khong-co.docx") + WordFixture.P("{% endcomment %}") + WordFixture.P("Hết"));

        var loaded = Load(template, Blocks());

        Assert.IsEmpty(loaded.Diagnostics);
        CollectionAssert.AreEqual(new[] { "Hết" }, WordText.BodyParagraphs(loaded.Render(Record()).Document).ToArray());
    }

    [TestMethod]
    public void Cycles_are_refused_with_the_chain_of_documents()
    {
        var a = Document(WordFixture.P("A") + Include("b.docx"));
        var b = Document(WordFixture.P("B") + Include("a.docx"));
        var template = WordFixture.Create(Include("khoi/a.docx") + Include("mau.docx"));

        var loaded = Load(template, Blocks(("khoi/a.docx", a), ("khoi/b.docx", b), ("mau.docx", template)));

        var cycles = loaded.Diagnostics.Where(d => d.Code == "TPL044").ToList();
        Assert.HasCount(2, cycles);
        StringAssert.Contains(cycles[0].Message(), "mau.docx → khoi/a.docx → khoi/b.docx → khoi/a.docx");
        Assert.AreEqual("khoi/b.docx", ((IncludedLocation)cycles[0].Location!).Document);
        StringAssert.Contains(cycles[1].Message(), "mau.docx → mau.docx");
    }

    [TestMethod]
    public void Blocks_nested_deeper_than_MaxIncludeDepth_and_more_includes_than_MaxIncludes_are_refused()
    {
        var limits = TemplateLimits.Server;
        var chain = Enumerable.Range(1, limits.MaxIncludeDepth + 1)
            .Select(i => ($"k{i}.docx", Document(WordFixture.P($"Tầng {i}") + Include($"k{i + 1}.docx"))))
            .Append(($"k{limits.MaxIncludeDepth + 2}.docx", Document(WordFixture.P("Đáy"))))
            .ToArray();
        var deep = Load(WordFixture.Create(Include("k1.docx")), Blocks(chain), limits);
        var tooDeep = deep.Diagnostics.Single();
        Assert.AreEqual("TPL045", tooDeep.Code);
        StringAssert.Contains(tooDeep.Message(), $"k{limits.MaxIncludeDepth + 1}.docx");

        var many = string.Concat(Enumerable.Repeat(Include("k.docx"), limits.MaxIncludes + 10));
        var wide = Load(WordFixture.Create(many), Blocks(("k.docx", Document(WordFixture.P("x")))), limits);
        Assert.AreEqual("TPL046", wide.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void Paths_that_leave_the_folder_or_are_rooted_are_refused_before_any_file_is_opened()
    {
        var root = RepoPaths.NewTempFolder();
        var templates = Path.Combine(root, "mau");
        Directory.CreateDirectory(Path.Combine(templates, "khoi"));
        File.WriteAllBytes(Path.Combine(root, "bi-mat.docx"), Document(WordFixture.P("BÍ MẬT")));
        var paths = new[]
        {
            "../bi-mat.docx", "khoi/../../bi-mat.docx", "..\\bi-mat.docx", Path.Combine(root, "bi-mat.docx"), "/etc/passwd.docx",
            "C:\\Windows\\win.docx", "\\\\may-chu\\chia-se\\a.docx", "file:///etc/a.docx", "khoi/con.docx", "khoi/a.docx.", "khoi/a.docx:luong",
        };
        File.WriteAllBytes(Path.Combine(templates, "mau.docx"), WordFixture.Create(string.Concat(paths.Select(Include))));

        var loaded = DocxTemplate.Load(Path.Combine(templates, "mau.docx"));

        CollectionAssert.AreEqual(Enumerable.Repeat("TPL042", paths.Length).ToList(), loaded.Diagnostics.Select(d => d.Code).ToList(), string.Join("\n", loaded.Diagnostics));
        StringAssert.Contains(loaded.Diagnostics[0].Message(), "../bi-mat.docx");
    }

    [TestMethod]
    public void A_link_inside_the_template_folder_that_points_outside_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Creating links needs privileges on Windows.");
        }

        var root = RepoPaths.NewTempFolder();
        var outside = Path.Combine(root, "ngoai");
        var templates = Path.Combine(root, "mau");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(templates);
        File.WriteAllBytes(Path.Combine(outside, "a.docx"), Document(WordFixture.P("BÍ MẬT")));
        Directory.CreateSymbolicLink(Path.Combine(templates, "khoi"), outside);
        File.CreateSymbolicLink(Path.Combine(templates, "b.docx"), Path.Combine(outside, "a.docx"));
        File.WriteAllBytes(Path.Combine(templates, "mau.docx"), WordFixture.Create(Include("khoi/a.docx") + Include("b.docx")));

        var loaded = DocxTemplate.Load(Path.Combine(templates, "mau.docx"));

        CollectionAssert.AreEqual(new[] { "TPL042", "TPL042" }, loaded.Diagnostics.Select(d => d.Code).ToList());
    }

    [TestMethod]
    public void A_zip_bomb_as_a_block_is_refused_by_the_package_limits_before_it_is_inflated()
    {
        var bomb = HostileTemplates.ZipBombPart(64L << 20);
        var template = WordFixture.Create(Include("khoi/bom.docx"));
        var cpu = CpuStopwatch.StartNew();

        var loaded = Load(template, Blocks(("khoi/bom.docx", bomb)), TemplateLimits.Server);

        var error = loaded.Diagnostics.Single();
        Assert.AreEqual("TPL033", error.Code);
        var location = (IncludedLocation)error.Location!;
        Assert.AreEqual("khoi/bom.docx", location.Document);
        Assert.AreEqual("mau.docx", location.IncludedFrom!.Document);
        Assert.IsLessThan(2_000L, cpu.ElapsedMilliseconds, "measured, never inflated");
    }

    [TestMethod]
    public void A_block_larger_than_MaxUnpackedBytes_is_not_read_past_the_limit()
    {
        var limits = TemplateLimits.Default with { MaxUnpackedBytes = 200_000 };
        var large = new byte[1_000_000];
        Random.Shared.NextBytes(large);
        var stream = new CountingStream(large);

        var loaded = Load(WordFixture.Create(Include("lon.docx")), new OneStream(stream), limits);

        Assert.AreEqual("TPL032", loaded.Diagnostics.Single().Code);
        Assert.IsLessThanOrEqualTo(200_000 + 81_920, stream.BytesRead);
    }

    /// <summary>A stream that cannot seek (its length unknown) and counts what was read from it (a derived MemoryStream reads spans through the array overload).</summary>
    private sealed class CountingStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public long BytesRead { get; private set; }

        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }

    private sealed class OneStream(Stream stream) : ITemplateIncludes
    {
        public Stream? Open(string path) => stream;
    }
}
