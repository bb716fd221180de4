using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class LinkTests
{
    [TestMethod]
    public void Hyperlink_from_data_becomes_a_word_hyperlink_field()
    {
        var docx = Render(P("Xem: {{ url | hyperlink: \"văn bản số 5\" }}."), Record(("url", "https://example.org/vb?id=5&x=\"1\"")));

        Assert.AreEqual("Xem: văn bản số 5.", WordText.BodyParagraphs(docx)[0]);
        var instr = WordText.BodyXml(docx).Descendants().Single(e => e.Name.LocalName == "instrText").Value;
        Assert.AreEqual(" HYPERLINK \"https://example.org/vb?id=5&x=%221%22\" ", instr);
    }

    [TestMethod]
    public void Data_cannot_inject_markup_and_odd_addresses_stay_text()
    {
        var injected = "\uE010</w:t></w:r></w:p><w:p>\uE011";

        var paragraphs = RenderParagraphs(P("{{ a }}|{{ b | hyperlink }}"), Record(("a", injected), ("b", "javascript:alert(1)")));

        Assert.AreEqual("</w:t></w:r></w:p><w:p>|javascript:alert(1)", paragraphs[0]);
    }
}
