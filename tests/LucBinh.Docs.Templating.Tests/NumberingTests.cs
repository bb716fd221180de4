using System.IO.Compression;
using System.Xml.Linq;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>Numbered lists inside loops: they keep counting by default, or restart per item on request.</summary>
[TestClass]
public sealed class NumberingTests
{
    private static readonly LucBinh.Docs.Data.DataRecord Groups = Record(("nhom", Items(
        Record(("ten", "Chi bộ 1"), ("viec", Items("a", "b"))),
        Record(("ten", "Chi bộ 2"), ("viec", Items("c", "d", "e"))))));

    private static string Body(bool restart) =>
        P("{% for g in nhom %}") + P("{{ g.ten }}") + (restart ? P("{% restart_numbering %}") : string.Empty) +
        P("{% for v in g.viec %}") + NumberedP("{{ v }}") + P("{% endfor %}") + P("{% endfor %}");

    [TestMethod]
    public void A_list_in_a_loop_keeps_counting_by_default()
    {
        var docx = DocxTemplate.Load(Create(Body(restart: false), numberingXml: DecimalList), "t.docx").Render(Groups).Document;

        CollectionAssert.AreEqual(new[] { "1", "1", "1", "1", "1" }, NumIds(docx));
        AssertValid(docx);
    }

    [TestMethod]
    public void Restart_numbering_gives_each_item_its_own_list_starting_at_1()
    {
        var docx = DocxTemplate.Load(Create(Body(restart: true), numberingXml: DecimalList), "t.docx").Render(Groups).Document;

        var ids = NumIds(docx);
        Assert.AreEqual(ids[0], ids[1], "the first group's items share a list");
        Assert.AreEqual(ids[2], ids[3]);
        Assert.AreEqual(ids[3], ids[4]);
        Assert.AreNotEqual(ids[0], ids[2], "the second group starts a new list");
        var numbering = Numbering(docx);
        foreach (var id in ids.Distinct())
        {
            var num = numbering.Descendants().Single(e => e.Name.LocalName == "num" && (string?)e.Attributes().First(a => a.Name.LocalName == "numId") == id);
            Assert.AreEqual("1", num.Descendants().First(e => e.Name.LocalName == "startOverride").Attributes().First().Value);
        }

        CollectionAssert.AreEqual(new[] { "Chi bộ 1", "a", "b", "Chi bộ 2", "c", "d", "e" }, WordText.BodyParagraphs(docx).ToArray());
        AssertValid(docx);
    }

    private static string[] NumIds(byte[] docx) =>
        WordText.BodyXml(docx).Descendants().Where(e => e.Name.LocalName == "numId").Select(e => e.Attributes().First().Value).ToArray();

    private static XDocument Numbering(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry("word/numbering.xml")!.Open();
        return XDocument.Load(stream);
    }
}
