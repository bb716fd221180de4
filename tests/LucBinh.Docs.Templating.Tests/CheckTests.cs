using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class CheckTests
{
    [TestMethod]
    public void Every_mistake_of_a_template_is_reported_at_once_with_its_place()
    {
        var body = P("Mở đầu") +
                   P("{% for x in ds %}") +                 // never closed
                   P("{{ ten | upcasee }}") +                // unknown filter
                   P("{{ ten ") +                            // unclosed tag
                   P("{% endif %}") +                        // closes nothing
                   Table([P("{% if a %}x"), P("{{ a | nosuch }}")]);

        var template = DocxTemplate.Load(Create(body), "t.docx");

        var codes = template.Diagnostics.Select(d => d.Code).Order().ToArray();
        CollectionAssert.AreEquivalent(new[] { "TPL001", "TPL002", "TPL003", "TPL003", "TPL011", "TPL011" }, codes);
        var unknown = template.Diagnostics.First(d => d.Code == "TPL011" && d.Location is DocumentLocation { Table: null });
        StringAssert.Contains(unknown.Message(), "upcase", "did-you-mean names the closest filter");
        var location = (DocumentLocation)unknown.Location!;
        Assert.AreEqual(3, location.Paragraph);
        Assert.AreEqual("thân văn bản, đoạn 3 («{{ ten | upcasee }}»)", location.Describe(UiLanguage.Vietnamese));
        var inTable = template.Diagnostics.First(d => d.Location is DocumentLocation { Table: 1 });
        StringAssert.Contains(inTable.Location!.Describe(UiLanguage.Vietnamese), "bảng 1, hàng 1, ô");
        Assert.IsTrue(template.HasErrors);
    }

    [TestMethod]
    public void Messages_come_in_english_on_request()
    {
        var template = DocxTemplate.Load(Create(P("{% endfor %}")), "t.docx");

        var diagnostic = template.Diagnostics.Single();

        StringAssert.StartsWith(diagnostic.Message(UiLanguage.Vietnamese), "Thẻ «{% endfor %}» không có thẻ mở");
        StringAssert.StartsWith(diagnostic.Message(UiLanguage.English), "Tag '{% endfor %}' has no matching opening tag");
    }

    [TestMethod]
    public void A_block_over_paragraphs_whose_tag_shares_its_line_with_text_is_reported()
    {
        var template = DocxTemplate.Load(Create(P("Chữ {% if a %}") + P("x") + P("{% endif %}")), "t.docx");

        var diagnostic = template.Diagnostics.Single();

        Assert.AreEqual("TPL008", diagnostic.Code);
        Assert.AreEqual(1, ((DocumentLocation)diagnostic.Location!).Paragraph);
    }

    [TestMethod]
    public void Unknown_tags_and_syntax_errors_are_reported()
    {
        var template = DocxTemplate.Load(Create(P("{% render 'x' %}") + P("{{ a | }}") + P("{% if %}{% endif %}")), "t.docx");

        CollectionAssert.AreEquivalent(new[] { "TPL004", "TPL010", "TPL010" }, template.Diagnostics.Select(d => d.Code).ToArray());
    }

    [TestMethod]
    public void Rendering_a_template_with_errors_is_refused_with_its_diagnostics()
    {
        var template = DocxTemplate.Load(Create(P("{% for x in ds %}")), "t.docx");

        var error = Assert.ThrowsExactly<LucBinhException>(() => template.Render(new LucBinh.Docs.Data.DataRecord()));

        Assert.AreEqual("TPL003", error.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void A_file_that_is_not_a_word_document_gets_a_clear_message()
    {
        var error = Assert.ThrowsExactly<LucBinhException>(() => DocxTemplate.Load("PK\u0003\u0004 not really"u8.ToArray(), "bao-cao.docx"));

        Assert.AreEqual("IO004", error.Diagnostics.Single().Code);
        StringAssert.Contains(error.Diagnostics.Single().Message(), "không phải là văn bản Word");
    }
}
