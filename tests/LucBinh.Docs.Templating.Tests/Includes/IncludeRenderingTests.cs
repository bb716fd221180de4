using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.IncludeFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// Shared blocks (issue 13): a template includes another .docx, whose body, styles, lists, pictures and links are
/// carried into the report, and whose tags are filled from the same data.
/// </summary>
[TestClass]
public sealed class IncludeRenderingTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [TestMethod]
    public void A_block_with_a_table_a_new_style_a_list_a_picture_and_a_link_renders_into_a_valid_report()
    {
        var template = WordFixture.Create(
            WordFixture.P("Mở đầu") + Include("khoi/dau-van-ban.docx") + WordFixture.NumberedP("Mục của mẫu") + WordFixture.P("Người ký: {{ thong_tin_chung.nguoi_ky }}"),
            numberingXml: WordFixture.DecimalList);
        var loaded = Load(template, Blocks(("khoi/dau-van-ban.docx", HeaderBlock())));
        Assert.IsFalse(loaded.HasErrors, string.Join("\n", loaded.Diagnostics.Select(d => d.ToDisplayString())));

        var output = loaded.Render(Record()).Document;
        TemplateTestKit.AssertValid(output);
        CollectionAssert.AreEqual(
            new[] { "Mở đầu", "ĐẢNG ỦY XÃ LỤC BÌNH", "ĐẢNG BỘ HUYỆN BẠCH THÔNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 07-BC/ĐU", "Lục Bình, ngày 20 tháng 6 năm 2024", "Mục một của khối", "Mục hai của khối", string.Empty, "Cổng thông tin", "Mục của mẫu", "Người ký: Đinh Thị Mỹ" },
            WordText.BodyParagraphs(output).ToArray());

        using var stream = new MemoryStream(output);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;

        // The style the template lacked was copied, and the block's title uses it.
        var title = body.Elements<Paragraph>().ElementAt(1);
        Assert.AreEqual("KhoiTieuDe", title.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var style = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "KhoiTieuDe");
        Assert.IsNotNull(style.StyleRunProperties?.Bold);
        Assert.AreEqual("30", style.StyleRunProperties!.FontSize!.Val!.Value);

        // The block's list got its own list definition; the template's list kept its own.
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var numIds = body.Descendants<NumberingId>().Select(n => n.Val!.Value).ToList();
        Assert.HasCount(3, numIds);
        Assert.AreEqual(numIds[0], numIds[1], "the block's two items are one list");
        Assert.AreNotEqual(numIds[0], numIds[2], "the block's list is not the template's");
        var blockNum = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numIds[0]);
        var blockAbstract = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == blockNum.AbstractNumId!.Val!.Value);
        Assert.AreEqual("%1)", blockAbstract.Elements<Level>().Single().LevelText!.Val!.Value);
        Assert.AreEqual(2, numbering.Elements<AbstractNum>().Count());

        // The picture's part was copied and its relationship points at the block's image bytes.
        var blip = body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        var image = (ImagePart)main.GetPartById(blip.Embed!.Value!);
        using (var bytes = image.GetStream())
        using (var copy = new MemoryStream())
        {
            bytes.CopyTo(copy);
            CollectionAssert.AreEqual(TestImages.Png(6, 4, 10, 120, 200), copy.ToArray());
        }

        // The hyperlink kept its external target under a relationship of the report.
        var hyperlink = body.Descendants<Hyperlink>().Single();
        Assert.AreEqual(new Uri("https://example.org/dang-uy"), main.HyperlinkRelationships.Single(r => r.Id == hyperlink.Id!.Value).Uri);

        // The block's page setup is not carried: the report keeps the template's only section.
        Assert.HasCount(1, body.Descendants<SectionProperties>());
    }

    [TestMethod]
    public void LibreOffice_shows_the_blocks_text_in_the_report()
    {
        var template = WordFixture.Create(Include("khoi/dau-van-ban.docx") + WordFixture.P("Nội dung báo cáo."));
        var output = Load(template, Blocks(("khoi/dau-van-ban.docx", HeaderBlock()))).Render(Record()).Document;

        var text = System.Text.RegularExpressions.Regex.Replace(PdfText.Of(LibreOffice.ConvertToPdf(output)), @"\s+", " "); // table cells wrap

        StringAssert.Contains(text, "ĐẢNG ỦY XÃ LỤC BÌNH");
        StringAssert.Contains(text, "ĐẢNG CỘNG SẢN VIỆT NAM");
        StringAssert.Contains(text, "Mục hai của khối");
        StringAssert.Contains(text, "Nội dung báo cáo.");
    }

    [TestMethod]
    public void Changing_the_block_once_changes_the_output_of_every_template_that_includes_it()
    {
        var folder = RepoPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "khoi"));
        var block = Path.Combine(folder, "khoi", "dau-van-ban.docx");
        File.WriteAllBytes(block, HeaderBlock("Đảng ủy xã Lục Bình"));
        File.WriteAllBytes(Path.Combine(folder, "bao-cao.docx"), WordFixture.Create(Include("khoi/dau-van-ban.docx") + WordFixture.P("BÁO CÁO")));
        File.WriteAllBytes(Path.Combine(folder, "ke-hoach.docx"), WordFixture.Create(Include("khoi\\dau-van-ban.docx") + WordFixture.P("KẾ HOẠCH")));

        string FirstLine(string name) => WordText.BodyParagraphs(DocxTemplate.Load(Path.Combine(folder, name)).Render(Record()).Document)[0];
        Assert.AreEqual("Đảng ủy xã Lục Bình", FirstLine("bao-cao.docx"));
        Assert.AreEqual("Đảng ủy xã Lục Bình", FirstLine("ke-hoach.docx"));

        File.WriteAllBytes(block, HeaderBlock("Đảng ủy xã Lục Bình mới"));

        Assert.AreEqual("Đảng ủy xã Lục Bình mới", FirstLine("bao-cao.docx"));
        Assert.AreEqual("Đảng ủy xã Lục Bình mới", FirstLine("ke-hoach.docx"));
    }

    [TestMethod]
    public void A_style_of_the_same_id_but_another_definition_is_copied_under_a_new_id_and_an_equal_one_is_shared()
    {
        var hostTitle = "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"KhoiTieuDe\"><w:name w:val=\"Khối tiêu đề\"/><w:rPr><w:i/></w:rPr></w:style>";
        var shared = "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"Dam\"><w:name w:val=\"Đậm\"/><w:rPr><w:b/></w:rPr></w:style>";
        var template = Document(Include("khoi/a.docx") + "<w:p><w:pPr><w:pStyle w:val=\"KhoiTieuDe\"/></w:pPr><w:r><w:t>Của mẫu</w:t></w:r></w:p>", styles: NormalStyle + hostTitle + shared);
        var block = Document(
            "<w:p><w:pPr><w:pStyle w:val=\"KhoiTieuDe\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"Dam\"/></w:rPr><w:t>Của khối</w:t></w:r></w:p>",
            styles: NormalStyle + BlockTitleStyle + shared);

        var output = Load(template, Blocks(("khoi/a.docx", block))).Render(Record()).Document;
        TemplateTestKit.AssertValid(output);

        using var document = WordprocessingDocument.Open(new MemoryStream(output), false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document.Body!.Elements<Paragraph>().ToList();
        Assert.AreEqual("KhoiTieuDe-a", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.AreEqual("Dam", paragraphs[0].Descendants<RunStyle>().Single().Val!.Value);
        Assert.AreEqual("KhoiTieuDe", paragraphs[1].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        Assert.AreEqual(1, styles.Count(s => s.StyleId == "Dam"));
        Assert.AreEqual(1, styles.Count(s => s.StyleId == "Normal"), "the block's default style is the template's");
        var renamed = styles.Single(s => s.StyleId == "KhoiTieuDe-a");
        Assert.AreEqual("Khối tiêu đề (a)", renamed.StyleName!.Val!.Value);
        Assert.AreEqual("Normal", renamed.BasedOn!.Val!.Value);
    }

    [TestMethod]
    public void A_block_may_include_a_block_and_the_same_block_twice_keeps_drawing_ids_unique()
    {
        var signature = Document(WordFixture.P("T/M ĐẢNG ỦY") + WordFixture.P("{{ thong_tin_chung.nguoi_ky }}") + "<w:p>PICTURE</w:p>", picture: TestImages.Png(2, 2));
        var footer = Document(WordFixture.P("Nơi nhận:") + Include("chu-ky.docx"));
        var template = WordFixture.Create(Include("khoi/cuoi.docx") + WordFixture.P("giữa") + Include("khoi/cuoi.docx"));

        var output = Load(template, Blocks(("khoi/cuoi.docx", footer), ("khoi/chu-ky.docx", signature))).Render(Record()).Document;

        TemplateTestKit.AssertValid(output);
        CollectionAssert.AreEqual(
            new[] { "Nơi nhận:", "T/M ĐẢNG ỦY", "Đinh Thị Mỹ", string.Empty, "giữa", "Nơi nhận:", "T/M ĐẢNG ỦY", "Đinh Thị Mỹ", string.Empty },
            WordText.BodyParagraphs(output).ToArray());
        var ids = WordText.BodyXml(output).Descendants(XName.Get("docPr", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"))
            .Select(d => (string?)d.Attribute("id")).ToList();
        Assert.HasCount(2, ids);
        Assert.AreNotEqual(ids[0], ids[1]);
        var zip = new System.IO.Compression.ZipArchive(new MemoryStream(output));
        Assert.AreEqual(1, zip.Entries.Count(e => e.FullName.EndsWith(".png", StringComparison.Ordinal)), "the picture is stored once");
    }

    [TestMethod]
    public void A_list_in_a_block_included_twice_continues_its_numbering()
    {
        // One block, one list: its list definition is carried once, so the second inclusion's items go on from the first
        // (Word numbers paragraphs of the same w:num as one list), as when the same text is pasted twice in Word.
        var steps = Document(WordFixture.NumberedP("Bước một") + WordFixture.NumberedP("Bước hai"), numbering: WordFixture.DecimalList);
        var template = WordFixture.Create(Include("khoi/buoc.docx") + WordFixture.P("giữa") + Include("khoi/buoc.docx"));

        var output = Load(template, Blocks(("khoi/buoc.docx", steps))).Render(Record()).Document;

        TemplateTestKit.AssertValid(output);
        var body = WordText.BodyXml(output).Descendants(W + "body").Single();
        var numIds = body.Descendants(W + "numId").Select(n => (string?)n.Attribute(W + "val")).ToList();
        Assert.HasCount(4, numIds);
        Assert.AreEqual(1, numIds.Distinct().Count(), "both inclusions' items are one list");
        using var stream = new MemoryStream(output);
        using var document = WordprocessingDocument.Open(stream, false);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        Assert.HasCount(1, numbering.Elements<NumberingInstance>(), "the list is defined once");
        Assert.IsEmpty(numbering.Descendants<LevelOverride>(), "and never restarted");

        var text = System.Text.RegularExpressions.Regex.Replace(PdfText.Of(LibreOffice.ConvertToPdf(output)), @"\s+", " ");
        StringAssert.Contains(text, "1. 2. giữa 3. 4.", "LibreOffice numbers the second inclusion's items 3 and 4 (the numbers are a column of their own)");
    }

    [TestMethod]
    public void Loads_at_the_same_time_share_the_parsed_block_and_each_gets_the_whole_report()
    {
        // The web host loads templates on many requests at once; a block is parsed once per process and only read after.
        var template = WordFixture.Create(Include("khoi/dau-van-ban.docx") + WordFixture.P("{{ thong_tin_chung.nguoi_ky }}"));
        var blocks = Blocks(("khoi/dau-van-ban.docx", HeaderBlock()));
        var expected = WordText.BodyParagraphs(Load(template, blocks).Render(Record()).Document).ToArray();

        var outputs = new string[32][];
        Parallel.For(0, outputs.Length, i => outputs[i] = [.. WordText.BodyParagraphs(Load(template, blocks).Render(Record("Đảng ủy xã " + i)).Document)]);

        for (var i = 0; i < outputs.Length; i++)
        {
            CollectionAssert.AreEqual(expected.Select(p => p == "ĐẢNG ỦY XÃ LỤC BÌNH" ? ("Đảng ủy xã " + i).ToUpperInvariant() : p).ToArray(), outputs[i], $"load {i}");
        }
    }

    [TestMethod]
    public void A_block_in_a_table_cell_or_under_an_if_is_laid_out_there()
    {
        var table = Document(WordFixture.Table([WordFixture.P("Ô khối")]));
        var template = WordFixture.Create(
            WordFixture.Table([Include("o.docx")]) +
            WordFixture.P("{% if thong_tin_chung.khong_co %}") + Include("o.docx") + WordFixture.P("{% endif %}") + WordFixture.P("Hết"));

        var output = Load(template, Blocks(("o.docx", table))).Render(Record()).Document;

        TemplateTestKit.AssertValid(output);
        CollectionAssert.AreEqual(new[] { "Ô khối", string.Empty, "Hết" }, WordText.BodyParagraphs(output).ToArray(), "the cell ends with a paragraph, as Word requires");
        var outer = WordText.BodyXml(output).Root!.Element(W + "body")!.Element(W + "tbl")!;
        Assert.AreEqual("Ô khối", outer.Descendants(W + "tbl").Single().Value);
    }

    [TestMethod]
    public void A_block_with_a_picture_included_in_the_page_header_gets_the_headers_own_relationship()
    {
        var logo = Document(WordFixture.P("{{ thong_tin_chung.co_quan_ban_hanh }}") + "<w:p>PICTURE</w:p>", picture: TestImages.Png(3, 3));
        var template = WordFixture.Create(WordFixture.P("Thân"), headerXml: Include("khoi/logo.docx"));

        var output = Load(template, Blocks(("khoi/logo.docx", logo))).Render(Record()).Document;

        TemplateTestKit.AssertValid(output);
        CollectionAssert.AreEqual(new[] { "Đảng ủy xã Lục Bình", string.Empty }, WordText.HeaderParagraphs(output).ToArray());
        using var document = WordprocessingDocument.Open(new MemoryStream(output), false);
        var header = document.MainDocumentPart!.HeaderParts.Single();
        var blip = header.Header!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        Assert.IsInstanceOfType<ImagePart>(header.GetPartById(blip.Embed!.Value!));
    }

    [TestMethod]
    public void Blocks_of_the_folder_resolver_are_found_relative_to_the_document_holding_the_tag()
    {
        var folder = RepoPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "khoi"));
        Directory.CreateDirectory(Path.Combine(folder, "chung"));
        File.WriteAllBytes(Path.Combine(folder, "khoi", "a.docx"), Document(WordFixture.P("A") + Include("../chung/b.docx")));
        File.WriteAllBytes(Path.Combine(folder, "chung", "b.docx"), Document(WordFixture.P("B")));
        File.WriteAllBytes(Path.Combine(folder, "mau.docx"), WordFixture.Create(Include("khoi/a.docx")));

        var output = DocxTemplate.Load(Path.Combine(folder, "mau.docx")).Render(Record()).Document;

        CollectionAssert.AreEqual(new[] { "A", "B" }, WordText.BodyParagraphs(output).ToArray());
    }
}
