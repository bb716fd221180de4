using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class ShapingFilterTests
{
    /// <summary>Five activities in three villages; one has no village and no count.</summary>
    private static DataRecord Data() => Record(
        ("rows", Items(
            Record(("thon", "Nà Pài"), ("hinh_thuc", "PBGDPL"), ("so", 52m), ("ngay", new DateOnly(2024, 5, 20)), ("xong", true)),
            Record(("thon", "Khuổi Luông"), ("hinh_thuc", "Họp"), ("so", 10m), ("ngay", new DateOnly(2024, 3, 2)), ("xong", false)),
            Record(("thon", "Nà Pài"), ("hinh_thuc", "PBGDPL"), ("so", 61m), ("ngay", "15/06/2024"), ("xong", true)),
            Record(("thon", null), ("hinh_thuc", "Họp"), ("so", null), ("ngay", null), ("xong", null)),
            Record(("thon", "Bản Piềng"), ("hinh_thuc", "Tọa đàm"), ("so", 9m), ("ngay", "2024-01-10"), ("xong", true)))),
        ("numbers", Items(4m, 1.5m, 10m, -2m)),
        ("none", Items()));

    [TestMethod]
    [DataRow("{{ rows | where_not: \"hinh_thuc\", \"Họp\" | map: \"so\" | join: \" \" }}", "52 61 9")]
    [DataRow("{{ rows | where_not: \"thon\", \"Nà Pài\" | size }}", "3")]
    [DataRow("{{ rows | where_not: \"xong\" | size }}", "2")]
    [DataRow("{{ rows | where_not: \"so\", 52 | size }}", "4")]
    [DataRow("{{ rows | where_not: \"so\", \"52\" | size }}", "5")]
    [DataRow("{{ none | where_not: \"thon\", \"A\" | size }}", "0")]
    [DataRow("[{{ missing | where_not: \"thon\", \"A\" }}]", "[]")]
    public void Where_not_keeps_the_rows_where_does_not(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag));

    [TestMethod]
    [DataRow("\"Họp\"")]
    [DataRow("\"PBGDPL\"")]
    [DataRow("\"không có\"")]
    public void Where_and_where_not_split_the_rows_in_two(string value)
    {
        var tag = "{% assign a = rows | where: \"hinh_thuc\", " + value + " %}{% assign b = rows | where_not: \"hinh_thuc\", " + value + " %}{{ a.size | plus: b.size }}";

        Assert.AreEqual("5", Render(tag));
    }

    [TestMethod]
    [DataRow("r.so >= 50", "Nà Pài;Nà Pài;")]
    [DataRow("r.so > 5 and r.so < 50", "Khuổi Luông;Bản Piềng;")]
    [DataRow("r.hinh_thuc == 'Họp' or r.so == 9", "Khuổi Luông;-;Bản Piềng;")]
    [DataRow("r.thon contains 'Nà'", "Nà Pài;Nà Pài;")]
    [DataRow("r.thon == nil", "-;")]
    [DataRow("r.xong", "Nà Pài;Nà Pài;Bản Piềng;")]
    [DataRow("r.so > 1000", "")]
    public void Where_exp_keeps_the_rows_for_which_a_condition_holds(string condition, string expected)
    {
        var tag = "{% assign k = rows | where_exp: \"r\", \"" + condition + "\" %}{% for x in k %}{{ x.thon | default: \"-\" }};{% endfor %}";

        Assert.AreEqual(expected, Render(tag));
    }

    [TestMethod]
    public void Where_exp_does_not_leak_its_variable_and_reads_outer_variables()
    {
        var tag = "{% assign r = \"ngoài\" %}{% assign nguong = 50 %}{{ rows | where_exp: \"r\", \"r.so > nguong\" | size }} {{ r }}";

        Assert.AreEqual("2 ngoài", Render(tag));
    }

    [TestMethod]
    public void Where_exp_with_a_broken_condition_stops_the_render_with_an_error()
    {
        var template = DocxTemplate.Load(Create(P("{{ rows | where_exp: \"r\", \"r.so >\" | size }}")), "test.docx");

        var error = Assert.ThrowsExactly<LucBinhException>(() => template.Render(Data()));

        Assert.AreEqual("TPL014", error.Diagnostics[0].Code);
        StringAssert.Contains(error.Diagnostics[0].Message(), "where_exp");
    }

    [TestMethod]
    public void Group_by_makes_groups_in_first_appearance_order()
    {
        var tag = "{% assign nhom = rows | group_by: \"thon\" %}{{ nhom.size }}: {% for g in nhom %}{{ g.name | default: \"(trống)\" }}={{ g.size }}/{{ g.items | sum: \"so\" }};{% endfor %}";

        Assert.AreEqual("4: Nà Pài=2/113;Khuổi Luông=1/10;(trống)=1/0;Bản Piềng=1/9;", Render(tag));
    }

    [TestMethod]
    public void Group_by_groups_numbers_dates_and_decomposed_text_by_value()
    {
        var data = Record(("rows", Items(
            Record(("k", 1.50m), ("t", "Hoà".Normalize(NormalizationForm.FormD)), ("d", new DateOnly(2024, 5, 20))),
            Record(("k", 1.5m), ("t", "Hoà"), ("d", new DateOnly(2024, 5, 20))),
            Record(("k", 2m), ("t", "Hòa"), ("d", new DateOnly(2024, 5, 21))))));

        Assert.AreEqual("2 2 2", RenderParagraphs(
            P("{{ rows | group_by: \"k\" | size }} {{ rows | group_by: \"t\" | size }} {{ rows | group_by: \"d\" | size }}"), data)[0]);
        Assert.AreEqual("2,1", RenderParagraphs(P("{{ rows | group_by: \"d\" | map: \"size\" | join: \",\" }}"), data)[0]);
    }

    [TestMethod]
    public void Groups_work_with_where_sort_and_their_own_name_when_written()
    {
        var tag = "{% assign nhom = rows | group_by: \"hinh_thuc\" | vi_sort: \"name\" %}{% for g in nhom %}{{ g }}:{{ g.items | map: \"thon\" | compact | join_vi }};{% endfor %}";

        Assert.AreEqual("Họp:Khuổi Luông;PBGDPL:Nà Pài và Nà Pài;Tọa đàm:Bản Piềng;", Render(tag));
        Assert.AreEqual("PBGDPL", Render("{{ rows | group_by: \"hinh_thuc\" | where: \"size\", 2 | map: \"name\" | first }}"));
    }

    [TestMethod]
    [DataRow("{{ rows | distinct: \"thon\" | join: \", \" }}", "Nà Pài, Khuổi Luông, Bản Piềng")]
    [DataRow("{{ rows | distinct: \"thon\" | size }}", "3")]
    [DataRow("{{ rows | distinct: \"hinh_thuc\" | join_vi }}", "PBGDPL, Họp và Tọa đàm")]
    [DataRow("{{ rows | distinct: \"xong\" | join: \",\" }}", "true,false")]
    [DataRow("{{ numbers | concat: numbers | distinct | join: \" \" }}", "4 1.5 10 -2")]
    [DataRow("{{ none | distinct: \"thon\" | size }}", "0")]
    public void Distinct_gives_the_different_values_of_a_field(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag));

    [TestMethod]
    [DataRow("{{ rows | count }}", "5")]
    [DataRow("{{ rows | count: \"hinh_thuc\", \"PBGDPL\" }}", "2")]
    [DataRow("{{ rows | count: \"hinh_thuc\", \"Hội nghị\" }}", "0")]
    [DataRow("{{ rows | count: \"xong\" }}", "3")]
    [DataRow("{{ rows | count: \"thon\" }}", "4")]
    [DataRow("{{ none | count }}", "0")]
    [DataRow("{{ missing | count }}", "0")]
    [DataRow("{{ \"abc\" | count }}", "3")]
    public void Count_counts_items_or_matching_rows(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag));

    [TestMethod]
    [DataRow("{{ rows | avg: \"so\" }}", "33")]
    [DataRow("{{ rows | where: \"thon\", \"Nà Pài\" | avg: \"so\" | vi_number: 1 }}", "56,5")]
    [DataRow("{{ numbers | avg }}", "3.375")]
    [DataRow("[{{ none | avg: \"so\" }}]", "[]")]
    [DataRow("[{{ rows | avg: \"thon\" }}]", "[]")]
    [DataRow("[{{ missing | avg: \"so\" }}]", "[]")]
    public void Avg_is_the_mean_of_the_numbers_present(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag));

    [TestMethod]
    [DataRow("{{ rows | min: \"so\" }}", "9")]
    [DataRow("{{ rows | max: \"so\" }}", "61")]
    [DataRow("{{ numbers | min }}", "-2")]
    [DataRow("{{ numbers | max }}", "10")]
    [DataRow("{{ rows | min: \"ngay\" | vi_date: \"short\" }}", "10/01/2024")]
    [DataRow("{{ rows | max: \"ngay\" | vi_date: \"short\" }}", "15/6/2024")]
    [DataRow("{{ rows | max: \"ngay\" | period_end: \"quarter\" | vi_date: \"short\" }}", "30/6/2024")]
    [DataRow("[{{ none | max: \"so\" }}]", "[]")]
    [DataRow("[{{ rows | max: \"thon\" }}]", "[]")]
    [DataRow("[{{ missing | min }}]", "[]")]
    public void Min_and_max_of_numbers_and_dates(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag));

    [TestMethod]
    [DataRow("{{ rows | reject: \"hinh_thuc\", \"Họp\" | size }}", "3")]
    [DataRow("{{ rows | sort: \"thon\" | map: \"thon\" | compact | join: \",\" }}", "Bản Piềng,Khuổi Luông,Nà Pài,Nà Pài")]
    [DataRow("{{ rows | map: \"thon\" | compact | uniq | size }}", "3")]
    [DataRow("{{ rows | uniq: \"thon\" | map: \"hinh_thuc\" | join: \",\" }}", "PBGDPL,Họp,Họp,Tọa đàm")]
    [DataRow("{{ rows | uniq: \"hinh_thuc\" | size }}", "3")]
    [DataRow("{{ rows | map: \"hinh_thuc\" | uniq | join: \",\" }}", "PBGDPL,Họp,Tọa đàm")]
    [DataRow("{% assign r = rows | first %}{{ r.thon }}", "Nà Pài")]
    [DataRow("{{ rows | sort: \"so\" | map: \"so\" | compact | join: \"+\" }}", "9+10+52+61")]
    [DataRow("{% assign r = rows | last %}{{ r.thon }}", "Bản Piềng")]
    [DataRow("{{ rows.first.so }}/{{ rows.last.so }}/{{ rows.size }}", "52/9/5")]
    [DataRow("{{ rows | size }}", "5")]
    [DataRow("{{ rows | sum: \"so\" }}", "132")]
    [DataRow("{% assign r = rows | find: \"hinh_thuc\", \"Họp\" %}{{ r.thon }}", "Khuổi Luông")]
    [DataRow("{{ rows | has: \"thon\", \"Bản Piềng\" }}", "true")]
    [DataRow("{{ rows | map: \"so\" | compact | join: \"+\" }}", "52+10+61+9")]
    public void Liquid_array_filters_work_on_tracker_rows(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag));

    [TestMethod]
    public void Built_in_filters_are_kept_and_ours_are_registered()
    {
        var names = Filters.LiquidEnvironment.FilterNames.ToHashSet();

        foreach (var name in new[]
        {
            "where", "reject", "sort", "map", "uniq", "size", "first", "last", "compact", "sum", "in_period",
            "where_not", "where_exp", "group_by", "distinct", "count", "avg", "min", "max",
            "vi_number", "vi_percent", "vi_change", "vi_words", "roman", "vi_sort", "vi_sort_name", "join_vi",
            "period_start", "period_end", "same_period_last_year", "vi_period",
        })
        {
            Assert.Contains(name, names);
        }
    }

    private static string Render(string tag) => RenderParagraphs(P(tag), Data())[0];
}
