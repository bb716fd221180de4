using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class FilterTests
{
    [TestMethod]
    [DataRow("{{ 4 | pad: 2 }}", "04")]
    [DataRow("{{ 120 | pad: 2 }}", "120")]
    [DataRow("{{ 0 | pad: 2 }}", "00")]
    [DataRow("{{ \"7\" | pad: 3 }}", "007")]
    [DataRow("{{ \"abc\" | pad: 2 }}", "abc")]
    public void Pad_writes_leading_zeros_for_small_counts(string tag, string expected) =>
        Assert.AreEqual(expected, RenderParagraphs(P(tag), Record())[0]);

    [TestMethod]
    [DataRow(2024, 5, 20, "ngày 20 tháng 5 năm 2024", "20/5/2024")]
    [DataRow(2024, 1, 4, "ngày 04 tháng 01 năm 2024", "04/01/2024")]
    [DataRow(2021, 4, 22, "ngày 22 tháng 4 năm 2021", "22/4/2021")]
    [DataRow(2018, 2, 20, "ngày 20 tháng 02 năm 2018", "20/02/2018")]
    [DataRow(2020, 9, 30, "ngày 30 tháng 9 năm 2020", "30/9/2020")]
    public void Vi_date_follows_the_party_date_rule(int year, int month, int day, string longForm, string shortForm)
    {
        var data = Record(("d", new DateOnly(year, month, day)));

        var paragraphs = RenderParagraphs(P("{{ d | vi_date }}") + P("{{ d | vi_date: \"short\" }}"), data);

        Assert.AreEqual(longForm, paragraphs[0]);
        Assert.AreEqual(shortForm, paragraphs[1]);
    }

    [TestMethod]
    [DataRow("2024-05-20")]
    [DataRow("20/05/2024")]
    [DataRow("20/5/2024")]
    public void Vi_date_accepts_text_in_iso_or_vietnamese_form(string text) =>
        Assert.AreEqual("ngày 20 tháng 5 năm 2024", RenderParagraphs(P("{{ d | vi_date }}"), Record(("d", text)))[0]);

    [TestMethod]
    public void In_period_keeps_rows_dated_inside_the_bounds_both_included()
    {
        var rows = Items(
            Record(("ngay", new DateOnly(2023, 12, 31)), ("n", 1m)),
            Record(("ngay", new DateOnly(2024, 1, 1)), ("n", 2m)),
            Record(("ngay", new DateOnly(2024, 6, 30)), ("n", 4m)),
            Record(("ngay", new DateOnly(2024, 7, 1)), ("n", 8m)),
            Record(("ngay", null), ("n", 16m)));
        var data = Record(("rows", rows), ("tu", new DateOnly(2024, 1, 1)), ("den", "30/06/2024"));

        var paragraphs = RenderParagraphs(P("{{ rows | in_period: \"ngay\", tu, den | sum: \"n\" }}"), data);

        Assert.AreEqual("6", paragraphs[0]);
    }

    [TestMethod]
    public void Where_size_sum_map_uniq_join_work_on_tracker_rows()
    {
        var rows = Items(
            Record(("thon", "A"), ("hinh_thuc", "PBGDPL"), ("so", 52m)),
            Record(("thon", "B"), ("hinh_thuc", "Họp"), ("so", 10m)),
            Record(("thon", "A"), ("hinh_thuc", "PBGDPL"), ("so", 61m)));
        var tag = "{% assign p = rows | where: \"hinh_thuc\", \"PBGDPL\" %}{{ p.size | pad: 2 }} buổi/{{ p | map: \"thon\" | uniq | size | pad: 2 }} thôn, {{ p | sum: \"so\" }} người";

        Assert.AreEqual("02 buổi/01 thôn, 113 người", RenderParagraphs(P(tag), Record(("rows", rows)))[0]);
    }

    [TestMethod]
    public void Original_header_text_reaches_the_same_field_as_its_folded_key()
    {
        var row = new LucBinh.Docs.Data.DataRecord().Set("so_nguoi_tham_du", 52m, "Số người tham dự");

        var paragraphs = RenderParagraphs(P("{{ r.so_nguoi_tham_du }}/{{ r[\"Số người tham dự\"] }}"), Record(("r", row)));

        Assert.AreEqual("52/52", paragraphs[0]);
    }
}
