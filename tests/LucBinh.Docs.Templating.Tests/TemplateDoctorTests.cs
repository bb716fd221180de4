using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class TemplateDoctorTests
{
    [TestMethod]
    public void Split_tags_are_merged_into_one_run_and_smart_quotes_straightened()
    {
        var split = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Số: {{ ds | where: “loai”, </w:t></w:r><w:proofErr w:type=\"spellStart\"/>" +
                    "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">“A” | size }}</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>";
        var original = Create(split + P("{{ ok }}"));

        var result = TemplateDoctor.Repair(original, "t.docx");

        var codes = result.Changes.Select(c => c.Code).Order().ToArray();
        CollectionAssert.AreEqual(new[] { "TPL101", "TPL102" }, codes);
        var xml = WordText.BodyXml(result.Document);
        var texts = xml.Descendants().Where(e => e.Name.LocalName == "t").Select(t => t.Value).ToList();
        CollectionAssert.Contains(texts, "Số: {{ ds | where: \"loai\", \"A\" | size }}");
        Assert.AreEqual("Số: {{ ds | where: \"loai\", \"A\" | size }}.", WordText.BodyParagraphs(result.Document)[0]);
        Assert.IsEmpty(WordValidation.Errors(result.Document));
    }

    [TestMethod]
    public void A_healthy_template_is_returned_unchanged()
    {
        var original = Create(P("{{ a }}"));

        var result = TemplateDoctor.Repair(original, "t.docx");

        Assert.IsEmpty(result.Changes);
        CollectionAssert.AreEqual(original, result.Document);
    }

    [TestMethod]
    public void Duplicate_drawing_ids_are_renumbered()
    {
        const string drawing = "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"10\" cy=\"10\"/><wp:docPr id=\"1\" name=\"Hình\"/>" +
                               "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"/></a:graphic></wp:inline></w:drawing></w:r></w:p>";
        var original = Create(drawing + drawing);

        var result = TemplateDoctor.Repair(original, "t.docx");

        Assert.AreEqual("TPL103", result.Changes.Single().Code);
        var ids = WordText.BodyXml(result.Document).Descendants().Where(e => e.Name.LocalName == "docPr").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.HasCount(2, ids.Distinct().ToList());
    }
}
