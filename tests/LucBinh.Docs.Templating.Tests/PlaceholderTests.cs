using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class PlaceholderTests
{
    [TestMethod]
    public void Tag_split_over_runs_spellcheck_marks_and_bookmarks_renders_its_value()
    {
        var body = "<w:p><w:r><w:t xml:space=\"preserve\">Kính gửi: {{ </w:t></w:r><w:proofErr w:type=\"spellStart\"/>" +
                   "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:r><w:rPr><w:i/></w:rPr><w:t>nguoi</w:t></w:r><w:bookmarkEnd w:id=\"0\"/>" +
                   "<w:r><w:lastRenderedPageBreak/><w:t>_nhan }</w:t></w:r><w:r><w:t xml:space=\"preserve\">} xã</w:t></w:r></w:p>";

        var paragraphs = RenderParagraphs(body, Record(("nguoi_nhan", "Ban Tuyên giáo")));

        Assert.AreEqual("Kính gửi: Ban Tuyên giáo xã", paragraphs[0]);
    }

    [TestMethod]
    public void Value_keeps_the_formatting_of_the_run_where_its_tag_starts()
    {
        var body = SplitP("Tổng: {{ so| }}| người");

        var xml = WordText.BodyXml(Render(body, Record(("so", 214m))));

        var run = xml.Descendants().First(e => e.Name.LocalName == "t" && e.Value.Contains("214", StringComparison.Ordinal)).Parent!;
        Assert.IsNotNull(run.Descendants().FirstOrDefault(e => e.Name.LocalName == "b"), "the value must be in the bold first run");
    }

    [TestMethod]
    public void Values_are_xml_escaped_and_line_breaks_become_word_breaks()
    {
        var paragraphs = RenderParagraphs(P("{{ a }}"), Record(("a", "A & B <C>\nDòng hai\tcột")));

        Assert.AreEqual("A & B <C>\nDòng hai\tcột", paragraphs[0]);
    }

    [TestMethod]
    public void Decomposed_vietnamese_text_is_written_in_nfc()
    {
        var nfd = "Lục Bình".Normalize(System.Text.NormalizationForm.FormD);

        var paragraphs = RenderParagraphs(P("{{ a }}"), Record(("a", nfd)));

        Assert.AreEqual("Lục Bình".Normalize(System.Text.NormalizationForm.FormC), paragraphs[0]);
        Assert.IsTrue(paragraphs[0].IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [TestMethod]
    public void Smart_quotes_typed_by_word_autocorrect_work_inside_tags()
    {
        var rows = Items(Record(("loai", "A")), Record(("loai", "B")), Record(("loai", "A")));

        var paragraphs = RenderParagraphs(P("{{ ds | where: “loai”, ‘A’ | size }}"), Record(("ds", rows)));

        Assert.AreEqual("2", paragraphs[0]);
    }

    [TestMethod]
    public void A_missing_field_renders_empty_and_is_reported_as_a_warning()
    {
        var template = DocxTemplate.Load(Create(P("[{{ ttc.khong_co }}]")), "t.docx");

        var result = template.Render(Record(("ttc", Record(("co", "x")))));

        Assert.AreEqual("[]", WordText.BodyParagraphs(result.Document)[0]);
        var warning = result.Diagnostics.Single();
        Assert.AreEqual("TPL012", warning.Code);
        Assert.IsFalse(warning.IsError);
        StringAssert.Contains(warning.Message(), "ttc.khong_co");
        Assert.AreEqual(1, ((LucBinh.Docs.Diagnostics.DocumentLocation)warning.Location!).Paragraph, "the warning points at the tag");
    }

    [TestMethod]
    public void A_mistyped_field_is_reported_with_the_closest_name_the_data_has()
    {
        var template = DocxTemplate.Load(Create(P("Mở đầu") + P("Ký: {{ ttc.nguoi_kyy }}")), "t.docx");

        var warning = template.Render(Record(("ttc", Record(("nguoi_ky", "A"), ("chuc_vu", "B"))))).Diagnostics.Single();

        StringAssert.Contains(warning.Message(), "Có phải ý bạn là «nguoi_ky»?");
        StringAssert.Contains(warning.Location!.Describe(LucBinh.Docs.Localization.UiLanguage.Vietnamese), "đoạn 2");
    }

    [TestMethod]
    public void A_missing_field_is_an_error_in_strict_mode()
    {
        var template = DocxTemplate.Load(Create(P("{{ khong_co }}")), "t.docx");

        var error = Assert.ThrowsExactly<LucBinh.Docs.Diagnostics.LucBinhException>(
            () => template.Render(Record(), new RenderOptions { Strict = true }));

        Assert.AreEqual("TPL012", error.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void Header_and_footer_tags_are_rendered()
    {
        var docx = Create(P("thân"), headerXml: P("{{ dia_danh }}"), footerXml: P("Trang của {{ co_quan }}"));
        var template = DocxTemplate.Load(docx, "t.docx");

        var output = template.Render(Record(("dia_danh", "Lục Bình"), ("co_quan", "Đảng ủy"))).Document;

        Assert.AreEqual("Lục Bình", WordText.HeaderParagraphs(output)[0]);
        Assert.AreEqual("Trang của Đảng ủy", WordText.FooterParagraphs(output)[0]);
        AssertValid(output);
    }

    [TestMethod]
    public void Rendering_never_changes_the_template_bytes()
    {
        var bytes = Create(P("{{ a }}"));
        var copy = bytes.ToArray();
        var template = DocxTemplate.Load(bytes, "t.docx");

        template.Render(Record(("a", "1")));
        template.Render(Record(("a", "2")));

        CollectionAssert.AreEqual(copy, bytes);
    }

    [TestMethod]
    public void Same_template_and_data_give_byte_identical_documents()
    {
        var template = DocxTemplate.Load(Create(P("{{ a }}") + P("{% for x in ds %}") + P("{{ x }}") + P("{% endfor %}")), "t.docx");
        var data = Record(("a", "Lục Bình"), ("ds", Items("1", "2")));

        var first = template.Render(data).Document;
        Thread.Sleep(1100); // zip timestamps have a two-second resolution; a clock-based stamp would differ
        var second = template.Render(data).Document;

        CollectionAssert.AreEqual(first, second);
    }

    [TestMethod]
    public void Footnotes_and_text_boxes_are_rendered()
    {
        var body = "<w:p><w:r><w:t>Thân</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>" +
                   "<w:p><w:r><w:pict><v:shape style=\"width:200pt;height:50pt\"><v:textbox><w:txbxContent>" +
                   P("Hộp: {{ hop }}") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        var template = DocxTemplate.Load(Create(body, footnoteXml: P("Nguồn: {{ nguon }}")), "t.docx");

        var docx = template.Render(Record(("hop", "trong hộp"), ("nguon", "sổ theo dõi"))).Document;

        CollectionAssert.Contains(WordText.BodyXml(docx).Descendants().Where(e => e.Name.LocalName == "t").Select(t => t.Value).ToList(), "Hộp: trong hộp");
        using var stream = new MemoryStream(docx, false);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        CollectionAssert.Contains(WordText.Paragraphs(document.MainDocumentPart!.FootnotesPart!).ToList(), "Nguồn: sổ theo dõi");
    }

    [TestMethod]
    public void A_missing_field_in_a_header_is_located_in_the_header()
    {
        var template = DocxTemplate.Load(Create(P("{{ thong_tin_chung.y }}"), headerXml: P("Trang {{ so_trang_dau }}")), "t.docx");

        var warning = template.Render(Record(("thong_tin_chung", Record(("y", "1"))))).Diagnostics.Single();

        StringAssert.Contains(warning.Message(), "so_trang_dau");
        Assert.AreEqual(LucBinh.Docs.Diagnostics.DocumentPart.Header, ((LucBinh.Docs.Diagnostics.DocumentLocation)warning.Location!).Part);
    }
}
