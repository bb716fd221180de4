using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>Grouped tables: group rows, item rows numbered per group, subtotals, a grand total, merged group cells.</summary>
[TestClass]
public sealed class GroupedTableTests
{
    private static readonly LucBinh.Docs.Data.DataRecord Sessions = Record(("tt", Items(
        Record(("thon", "Nà Pài"), ("noi_dung", "Luật đất đai"), ("so", 61m)),
        Record(("thon", "Bản Chang"), ("noi_dung", "Luật đất đai"), ("so", 53m)),
        Record(("thon", "Nà Pài"), ("noi_dung", "Phòng cháy"), ("so", 45m)))));

    [TestMethod]
    public void Group_header_item_rows_with_stt_per_group_subtotals_and_grand_total()
    {
        var body = P("{% assign nhom = tt | group_by: \"thon\" %}") + Table(
            [P("STT"), P("Nội dung"), P("Số người")],
            [P("{% for g in nhom %}{{ g.name }}"), P(""), P("")],
            [P("{% for r in g.items %}{{ forloop.index }}"), P("{{ r.noi_dung }}"), P("{{ r.so }}{% endfor %}")],
            [P("Cộng"), P(""), P("{{ g.items | sum: \"so\" }}{% endfor %}")],
            [P("Tổng cộng"), P(""), P("{{ tt | sum: \"so\" }}")]);

        var lines = RenderParagraphs(body, Sessions).Where(l => l.Length > 0).ToArray();

        CollectionAssert.AreEqual(
            new[] { "STT", "Nội dung", "Số người", "Nà Pài", "1", "Luật đất đai", "61", "2", "Phòng cháy", "45", "Cộng", "106",
                    "Bản Chang", "1", "Luật đất đai", "53", "Cộng", "53", "Tổng cộng", "159" },
            lines);
    }

    [TestMethod]
    public void Vmerge_merges_the_group_cell_over_its_rows()
    {
        var body = P("{% assign nhom = tt | group_by: \"thon\" %}") + Table(
            [P("{% for g in nhom %}{% for r in g.items %}{{ g.name | vmerge }}"), P("{{ r.noi_dung }}{% endfor %}{% endfor %}")]);

        var docx = Render(body, Sessions);

        var cells = WordText.BodyXml(docx).Descendants().Where(e => e.Name.LocalName == "tc").ToList();
        var firstColumn = cells.Where((_, i) => i % 2 == 0).ToList();
        string? Merge(System.Xml.Linq.XElement cell) =>
            cell.Descendants().FirstOrDefault(e => e.Name.LocalName == "vMerge") is { } m ? (string?)m.Attributes().FirstOrDefault()?.Value ?? "continue" : null;
        CollectionAssert.AreEqual(new[] { "restart", "continue", "restart" }, firstColumn.Select(Merge).ToArray());
        CollectionAssert.AreEqual(new[] { "Nà Pài", "Luật đất đai", "", "Phòng cháy", "Bản Chang", "Luật đất đai" }, WordText.BodyParagraphs(docx).ToArray());
    }
}
