using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class PeriodFilterTests
{
    [TestMethod]
    [DataRow("2024-05-20", "month", "01/5/2024–31/5/2024")]
    [DataRow("2024-05-20", "quarter", "01/4/2024–30/6/2024")]
    [DataRow("2024-05-20", "half", "01/01/2024–30/6/2024")]
    [DataRow("2024-05-20", "nine_months", "01/01/2024–30/9/2024")]
    [DataRow("2024-05-20", "year", "01/01/2024–31/12/2024")]
    [DataRow("2024-05-20", "ytd", "01/01/2024–20/5/2024")]
    [DataRow("2024-11-15", "quarter", "01/10/2024–31/12/2024")]
    [DataRow("2024-11-15", "half", "01/7/2024–31/12/2024")]
    [DataRow("2024-07-01", "half", "01/7/2024–31/12/2024")]
    [DataRow("2024-06-30", "half", "01/01/2024–30/6/2024")]
    [DataRow("2024-01-01", "quarter", "01/01/2024–31/3/2024")]
    [DataRow("2024-03-31", "quarter", "01/01/2024–31/3/2024")]
    [DataRow("2024-02-10", "month", "01/02/2024–29/02/2024")]
    [DataRow("2023-02-10", "month", "01/02/2023–28/02/2023")]
    [DataRow("2024-12-31", "month", "01/12/2024–31/12/2024")]
    [DataRow("2024-05-20", "quý", "01/4/2024–30/6/2024")]
    [DataRow("2024-05-20", "6 tháng", "01/01/2024–30/6/2024")]
    [DataRow("2024-05-20", "9_thang", "01/01/2024–30/9/2024")]
    [DataRow("2024-05-20", "Lũy kế", "01/01/2024–20/5/2024")]
    public void Period_start_and_end_bound_the_period_holding_a_date(string date, string kind, string expected)
    {
        var data = Record(("d", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), ("k", kind));

        Assert.AreEqual(expected, Render("{{ d | period_start: k | vi_date: \"short\" }}–{{ d | period_end: k | vi_date: \"short\" }}", data));
    }

    [TestMethod]
    [DataRow("2024-02-10", "quarter", "-1", "01/10/2023–31/12/2023")]
    [DataRow("2024-02-10", "quarter", "1", "01/4/2024–30/6/2024")]
    [DataRow("2024-03-31", "month", "-1", "01/02/2024–29/02/2024")]
    [DataRow("2024-01-15", "month", "-1", "01/12/2023–31/12/2023")]
    [DataRow("2024-09-15", "half", "-1", "01/01/2024–30/6/2024")]
    [DataRow("2024-05-20", "year", "-1", "01/01/2023–31/12/2023")]
    [DataRow("2024-05-20", "nine_months", "-1", "01/01/2023–30/9/2023")]
    [DataRow("2024-02-29", "ytd", "-1", "01/01/2023–28/02/2023")]
    public void A_second_argument_moves_by_whole_periods(string date, string kind, string offset, string expected)
    {
        var data = Record(("d", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        var args = "\"" + kind + "\", " + offset;

        Assert.AreEqual(expected, Render("{{ d | period_start: " + args + " | vi_date: \"short\" }}–{{ d | period_end: " + args + " | vi_date: \"short\" }}", data));
    }

    [TestMethod]
    [DataRow("20/05/2024")]
    [DataRow("20/5/2024")]
    [DataRow("2024-05-20")]
    public void Period_filters_read_dates_written_as_text(string text) =>
        Assert.AreEqual("01/4/2024 quý II năm 2024", Render("{{ d | period_start: \"quarter\" | vi_date: \"short\" }} {{ d | vi_period: \"quarter\" }}", Record(("d", text))));

    [TestMethod]
    [DataRow("2024-05-20", "20/5/2023")]
    [DataRow("2024-02-29", "28/02/2023")]
    [DataRow("2025-01-01", "01/01/2024")]
    [DataRow("2023-12-31", "31/12/2022")]
    public void Same_period_last_year_shifts_a_date_back_one_year(string date, string expected)
    {
        var data = Record(("d", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.AreEqual(expected, Render("{{ d | same_period_last_year | vi_date: \"short\" }}", data));
    }

    [TestMethod]
    [DataRow("2024-05-20", "month", "tháng 5 năm 2024")]
    [DataRow("2024-01-15", "month", "tháng 01 năm 2024")]
    [DataRow("2024-02-15", "month", "tháng 02 năm 2024")]
    [DataRow("2024-12-15", "month", "tháng 12 năm 2024")]
    [DataRow("2024-02-15", "quarter", "quý I năm 2024")]
    [DataRow("2024-05-20", "quarter", "quý II năm 2024")]
    [DataRow("2024-09-30", "quarter", "quý III năm 2024")]
    [DataRow("2024-10-01", "quarter", "quý IV năm 2024")]
    [DataRow("2024-05-20", "half", "6 tháng đầu năm 2024")]
    [DataRow("2024-08-20", "half", "6 tháng cuối năm 2024")]
    [DataRow("2024-05-20", "nine_months", "9 tháng đầu năm 2024")]
    [DataRow("2024-05-20", "year", "năm 2024")]
    [DataRow("2024-05-31", "ytd", "5 tháng đầu năm 2024")]
    [DataRow("2024-09-30", "ytd", "9 tháng đầu năm 2024")]
    [DataRow("2024-12-31", "ytd", "năm 2024")]
    [DataRow("2024-01-31", "ytd", "tháng 01 năm 2024")]
    [DataRow("2024-02-29", "ytd", "2 tháng đầu năm 2024")]
    [DataRow("2024-05-20", "ytd", "từ ngày 01/01/2024 đến ngày 20/5/2024")]
    public void Vi_period_names_the_period_in_vietnamese(string date, string kind, string expected)
    {
        var data = Record(("d", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.AreEqual(expected, Render("{{ d | vi_period: \"" + kind + "\" }}", data));
    }

    [TestMethod]
    public void Vi_period_moves_and_capitalizes()
    {
        var data = Record(("d", new DateOnly(2024, 2, 10)));

        Assert.AreEqual("Quý IV năm 2023", Render("{{ d | vi_period: \"quarter\", -1 | capitalize }}", data));
        Assert.AreEqual("6 tháng cuối năm 2023", Render("{{ d | vi_period: \"half\", -1 }}", data));
    }

    [TestMethod]
    public void A_quarter_and_the_same_period_last_year_are_computed_from_one_date()
    {
        var rows = Items(
            Record(("ngay", new DateOnly(2023, 4, 3)), ("so", 40m)),
            Record(("ngay", "30/06/2023"), ("so", 60m)),
            Record(("ngay", new DateOnly(2023, 7, 1)), ("so", 1000m)),
            Record(("ngay", new DateOnly(2024, 3, 31)), ("so", 1000m)),
            Record(("ngay", new DateOnly(2024, 4, 1)), ("so", 52m)),
            Record(("ngay", "2024-05-20"), ("so", 61m)),
            Record(("ngay", new DateOnly(2024, 6, 30)), ("so", 12m)),
            Record(("ngay", new DateOnly(2024, 7, 1)), ("so", 1000m)),
            Record(("ngay", null), ("so", 1000m)));
        var data = Record(("rows", rows), ("ttc", Record(("den_ngay", new DateOnly(2024, 6, 30)))));
        var tag =
            "{% assign tu = ttc.den_ngay | period_start: \"quarter\" %}{% assign den = ttc.den_ngay | period_end: \"quarter\" %}" +
            "{% assign ky = rows | in_period: \"ngay\", tu, den %}" +
            "{% assign tu_ck = tu | same_period_last_year %}{% assign den_ck = den | same_period_last_year %}" +
            "{% assign cung_ky = rows | in_period: \"ngay\", tu_ck, den_ck %}" +
            "{% assign tong = ky | sum: \"so\" %}{% assign tong_ck = cung_ky | sum: \"so\" %}" +
            "{{ ttc.den_ngay | vi_period: \"quarter\" | capitalize }}: {{ ky | count }} buổi, {{ tong }} người, " +
            "{{ tong | vi_change: tong_ck }} so với cùng kỳ.";

        Assert.AreEqual("Quý II năm 2024: 3 buổi, 125 người, tăng 25% so với cùng kỳ.", Render(tag, data));
    }

    [TestMethod]
    public void Ytd_compares_with_the_same_months_of_last_year()
    {
        var rows = Items(
            Record(("ngay", new DateOnly(2023, 1, 5)), ("so", 10m)),
            Record(("ngay", new DateOnly(2023, 5, 31)), ("so", 10m)),
            Record(("ngay", new DateOnly(2023, 6, 1)), ("so", 99m)),
            Record(("ngay", new DateOnly(2024, 2, 1)), ("so", 15m)),
            Record(("ngay", new DateOnly(2024, 5, 31)), ("so", 3m)));
        var data = Record(("rows", rows), ("d", new DateOnly(2024, 5, 31)));
        var tag =
            "{% assign tu = d | period_start: \"ytd\" %}{% assign den = d | period_end: \"ytd\" %}" +
            "{% assign tu_ck = d | period_start: \"ytd\", -1 %}{% assign den_ck = d | period_end: \"ytd\", -1 %}" +
            "{% assign nay = rows | in_period: \"ngay\", tu, den | sum: \"so\" %}{% assign truoc = rows | in_period: \"ngay\", tu_ck, den_ck | sum: \"so\" %}" +
            "{{ d | vi_period: \"ytd\" | capitalize }}: {{ nay }} ({{ nay | vi_change: truoc }})";

        Assert.AreEqual("5 tháng đầu năm 2024: 18 (giảm 10%)", Render(tag, data));
    }

    [TestMethod]
    public void An_empty_date_gives_nothing()
    {
        var data = Record(("d", null), ("e", ""));

        Assert.AreEqual("[][][][]", Render("[{{ d | period_start: \"month\" }}][{{ e | period_end: \"year\" }}][{{ d | same_period_last_year }}][{{ d | vi_period: \"quarter\" }}]", data));
    }

    [TestMethod]
    [DataRow("{{ d | period_start: \"tuần\" }}", "period_start")]
    [DataRow("{{ d | vi_period }}", "vi_period")]
    [DataRow("{{ t | period_end: \"month\" }}", "period_end")]
    [DataRow("{{ t | same_period_last_year }}", "same_period_last_year")]
    public void An_unknown_period_or_a_text_that_is_not_a_date_stops_the_render(string tag, string filter)
    {
        var template = DocxTemplate.Load(Create(P(tag)), "test.docx");

        var error = Assert.ThrowsExactly<LucBinhException>(() => template.Render(Record(("d", new DateOnly(2024, 5, 20)), ("t", "quý 2"))));

        Assert.AreEqual("TPL014", error.Diagnostics[0].Code);
        StringAssert.Contains(error.Diagnostics[0].Message(), filter + ":");
    }

    [TestMethod]
    public void Period_names_parse_in_english_and_vietnamese()
    {
        foreach (var (name, kind) in new[]
        {
            ("month", ReportPeriodKind.Month), ("Tháng", ReportPeriodKind.Month), ("quarter", ReportPeriodKind.Quarter),
            ("Quý", ReportPeriodKind.Quarter), ("half", ReportPeriodKind.Half), ("6 tháng", ReportPeriodKind.Half),
            ("nine_months", ReportPeriodKind.NineMonths), ("9 tháng", ReportPeriodKind.NineMonths), ("year", ReportPeriodKind.Year),
            ("năm", ReportPeriodKind.Year), ("ytd", ReportPeriodKind.YearToDate), ("lũy kế", ReportPeriodKind.YearToDate),
        })
        {
            Assert.IsTrue(ReportPeriods.TryParseKind(name, out var parsed), name);
            Assert.AreEqual(kind, parsed, name);
        }

        Assert.IsFalse(ReportPeriods.TryParseKind("tuần", out _));
        Assert.IsFalse(ReportPeriods.TryParseKind("", out _));
    }

    private static string Render(string tag, DataRecord data) => RenderParagraphs(P(tag), data)[0];
}
