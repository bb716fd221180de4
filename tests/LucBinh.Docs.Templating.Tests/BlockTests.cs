using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class BlockTests
{
    [TestMethod]
    public void A_for_tag_alone_in_its_paragraph_repeats_paragraphs_and_leaves_no_empty_line()
    {
        var body = P("Trước") + P("{% for nv in nhiem_vu %}") + P("{{ forloop.index }}. {{ nv.noi_dung }}") + P("{% endfor %}") + P("Sau");
        var data = Record(("nhiem_vu", Items(Record(("noi_dung", "Một")), Record(("noi_dung", "Hai")))));

        var paragraphs = RenderParagraphs(body, data);

        CollectionAssert.AreEqual(new[] { "Trước", "1. Một", "2. Hai", "Sau" }, paragraphs.ToArray());
    }

    [TestMethod]
    public void A_block_tag_split_by_word_into_runs_still_removes_its_paragraph()
    {
        var body = SplitP("{% if |hien| %}") + P("Có") + SplitP("{% end|if %}") + P("Hết");

        CollectionAssert.AreEqual(new[] { "Hết" }, RenderParagraphs(body, Record(("hien", false))).ToArray());
        CollectionAssert.AreEqual(new[] { "Có", "Hết" }, RenderParagraphs(body, Record(("hien", true))).ToArray());
    }

    [TestMethod]
    public void A_paragraph_of_assignments_disappears()
    {
        var body = P("{% assign n = ds | size %}{% assign t = \"x\" %}") + P("{{ n }}{{ t }}");

        var paragraphs = RenderParagraphs(body, Record(("ds", Items("a", "b", "c"))));

        CollectionAssert.AreEqual(new[] { "3x" }, paragraphs.ToArray());
    }

    [TestMethod]
    public void Inline_conditions_and_loops_work_inside_one_paragraph_across_runs()
    {
        var body = SplitP("Gồm: {% for x in ds %}|{{ x }}{% unless forloop.last %}, {% endunless %}|{% endfor %}.{% if ghi_chu %} Ghi chú: {{ ghi_chu }}{% endif %}");

        var paragraphs = RenderParagraphs(body, Record(("ds", Items("A", "B", "C")), ("ghi_chu", null)));

        Assert.AreEqual("Gồm: A, B, C.", paragraphs[0]);
    }

    [TestMethod]
    public void A_for_in_one_table_row_repeats_that_row()
    {
        var body = Table(
            [P("STT"), P("Thôn")],
            [P("{% for r in rows %}{{ forloop.index }}"), P("{{ r.thon }}{% endfor %}")],
            [P("Cộng"), P("{{ rows | size }}")]);
        var data = Record(("rows", Items(Record(("thon", "Nà Pài")), Record(("thon", "Bản Chang")))));

        var paragraphs = RenderParagraphs(body, data);

        CollectionAssert.AreEqual(new[] { "STT", "Thôn", "1", "Nà Pài", "2", "Bản Chang", "Cộng", "2" }, paragraphs.ToArray());
    }

    [TestMethod]
    public void Tags_in_different_rows_repeat_the_rows_between_them_together()
    {
        var body = Table(
            [P("{% for g in nhom %}{{ g.ten }}"), P("")],
            [P("chi tiết"), P("{{ g.so }}{% endfor %}")]);
        var data = Record(("nhom", Items(Record(("ten", "A"), ("so", 1m)), Record(("ten", "B"), ("so", 2m)))));

        var paragraphs = RenderParagraphs(body, data);

        CollectionAssert.AreEqual(new[] { "A", "", "chi tiết", "1", "B", "", "chi tiết", "2" }, paragraphs.ToArray());
    }

    [TestMethod]
    public void An_empty_row_loop_leaves_a_valid_table_or_removes_an_emptied_table()
    {
        var body = P("Đầu") + Table([P("{% for r in rows %}{{ r }}"), P("{% endfor %}")]) + P("Cuối");

        var paragraphs = RenderParagraphs(body, Record(("rows", Items())));

        CollectionAssert.AreEqual(new[] { "Đầu", "Cuối" }, paragraphs.ToArray());
    }

    [TestMethod]
    public void A_condition_around_a_table_removes_the_whole_table()
    {
        var body = P("{% if co_bang %}") + Table([P("ô")]) + P("{% endif %}") + P("Sau");

        CollectionAssert.AreEqual(new[] { "Sau" }, RenderParagraphs(body, Record(("co_bang", false))).ToArray());
        CollectionAssert.AreEqual(new[] { "ô", "Sau" }, RenderParagraphs(body, Record(("co_bang", true))).ToArray());
    }

    [TestMethod]
    public void Paragraph_loops_inside_a_table_cell_keep_the_cell_valid_when_empty()
    {
        var cell = P("{% for n in noi_nhan %}") + P("- {{ n }}") + P("{% endfor %}");
        var body = Table([cell, P("Ký tên")]);

        var empty = RenderParagraphs(body, Record(("noi_nhan", Items())));
        var two = RenderParagraphs(body, Record(("noi_nhan", Items("A", "B"))));

        CollectionAssert.AreEqual(new[] { "", "Ký tên" }, empty.ToArray());
        CollectionAssert.AreEqual(new[] { "- A", "- B", "Ký tên" }, two.ToArray());
    }

    [TestMethod]
    public void Else_branches_of_paragraph_blocks_render()
    {
        var body = P("{% if ds.size > 0 %}") + P("Có {{ ds.size }}") + P("{% else %}") + P("Không có") + P("{% endif %}");

        CollectionAssert.AreEqual(new[] { "Không có" }, RenderParagraphs(body, Record(("ds", Items()))).ToArray());
        CollectionAssert.AreEqual(new[] { "Có 1" }, RenderParagraphs(body, Record(("ds", Items("x")))).ToArray());
    }

    [TestMethod]
    public void Liquid_braces_in_a_tracked_deletion_are_left_alone()
    {
        var body = "<w:p><w:del w:id=\"1\" w:author=\"A\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:delText>{% if cu %}</w:delText></w:r></w:del><w:r><w:t>{{ a }}</w:t></w:r></w:p>";

        var paragraphs = RenderParagraphs(body, Record(("a", "mới")));

        Assert.AreEqual("mới", paragraphs[0]);
    }

    [TestMethod]
    public void Pagebreak_between_loop_items_but_not_after_the_last()
    {
        var body = P("{% for thon in ds %}") + P("Thôn {{ thon }}") + P("{% unless forloop.last %}{% pagebreak %}{% endunless %}") + P("{% endfor %}") + P("Hết");

        var docx = Render(body, Record(("ds", Items("A", "B", "C"))));

        var xml = TestSupport.WordText.BodyXml(docx);
        var breaks = xml.Descendants().Count(e => e.Name.LocalName == "br" && (string?)e.Attributes().FirstOrDefault(a => a.Name.LocalName == "type") == "page");
        Assert.AreEqual(2, breaks);
        CollectionAssert.AreEqual(new[] { "Thôn A", "\n", "Thôn B", "\n", "Thôn C", "Hết" }, TestSupport.WordText.BodyParagraphs(docx).ToArray());
    }

    [TestMethod]
    public void Inline_pagebreak_breaks_inside_the_run()
    {
        var docx = Render(P("Trước{% pagebreak %}Sau"), Record());

        Assert.AreEqual("Trước\nSau", TestSupport.WordText.BodyParagraphs(docx)[0]);
    }

    [TestMethod]
    public void A_line_of_a_comment_and_assignments_disappears()
    {
        var body = P("{% comment %}Ghi chú cho người soạn{% endcomment %}{% assign n = 2 %}") + P("{{ n }}");

        CollectionAssert.AreEqual(new[] { "2" }, RenderParagraphs(body, Record()).ToArray());
    }

    [TestMethod]
    public void Only_parts_that_can_need_repairs_take_the_slow_path()
    {
        static bool Needs(string body) => DocxTemplate.Load(Create(body), "t.docx").PartsNeedingRepairs["/word/document.xml"];

        Assert.IsFalse(Needs(P("{{ a }}") + P("{% for x in ds %}") + P("{{ x }}") + P("{% endfor %}")), "plain loops go straight out");
        Assert.IsFalse(Needs(Table([P("STT"), P("Tên")], [P("{% for r in ds %}{{ r }}"), P("{% endfor %}")])), "a row loop under a header row");
        Assert.IsTrue(Needs(Table([P("{% for r in ds %}{{ r }}"), P("{% endfor %}")])), "a row loop over every row can empty the table");
        Assert.IsTrue(Needs(Table([P("{% if a %}") + P("x") + P("{% endif %}")])), "lines removed from a cell");
        Assert.IsTrue(Needs(P("{% for x in ds %}") + "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"b\"/><w:r><w:t>{{ x }}</w:t></w:r><w:bookmarkEnd w:id=\"0\"/></w:p>" + P("{% endfor %}")), "a loop copies a bookmark");
    }
}
