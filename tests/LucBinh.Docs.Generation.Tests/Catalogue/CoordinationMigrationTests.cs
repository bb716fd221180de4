using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Generation.Tests.Catalogue.CatalogueSamples;
using static LucBinh.Docs.Generation.Tests.Catalogue.OutputDocument;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>
/// The coordination report moved onto the shared blocks (issue 13) and still writes the same report: the template as it
/// was before (kept under Fixtures) and the migrated one, rendered from the seed tracker, give the same paragraphs with
/// the same text and the same look.
/// </summary>
[TestClass]
public sealed class CoordinationMigrationTests
{
    private static readonly string Before = Path.Combine(RepoPaths.Root, "tests", "LucBinh.Docs.Generation.Tests", "Catalogue", "Fixtures", "bao-cao-ket-qua-phoi-hop.truoc-khoi-dung-chung.docx");

    [TestMethod]
    public void Migrated_report_reads_exactly_as_before()
    {
        var before = Render(CoordinationReport, SampleData(CoordinationReport), Before);
        var after = Sample(CoordinationReport);

        CollectionAssert.AreEqual(WordText.BodyParagraphs(before.Docx).ToList(), WordText.BodyParagraphs(after.Docx).ToList());
        CollectionAssert.AreEqual(WordText.HeaderParagraphs(before.Docx).ToList(), WordText.HeaderParagraphs(after.Docx).ToList());
    }

    [TestMethod]
    public void Migrated_report_looks_as_before()
    {
        var before = Render(CoordinationReport, SampleData(CoordinationReport), Before).Output;
        var after = Sample(CoordinationReport).Output;
        var old = before.Body.Descendants(W + "p").Where(p => TextOf(p).Trim().Length > 0).ToList();
        var now = after.Body.Descendants(W + "p").Where(p => TextOf(p).Trim().Length > 0).ToList();

        Assert.HasCount(old.Count, now);
        for (var i = 0; i < old.Count; i++)
        {
            CollectionAssert.AreEqual(before.Looks(old[i]).ToList(), after.Looks(now[i]).ToList(), $"«{TextOf(now[i])}»");
            Assert.AreEqual(before.Justification(old[i]), after.Justification(now[i]), $"«{TextOf(now[i])}»");
        }
    }
}
