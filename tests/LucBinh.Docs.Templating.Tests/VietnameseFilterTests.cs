using System.Globalization;
using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Templating.Filters;
using static LucBinh.Docs.Templating.Tests.TemplateTestKit;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Templating.Tests;

[TestClass]
public sealed class VietnameseFilterTests
{
    [TestMethod]
    [DataRow("1234567.5", "", "1.234.567,5")]
    [DataRow("1234567.5", "2", "1.234.567,50")]
    [DataRow("1234567", "", "1.234.567")]
    [DataRow("1234567.00", "", "1.234.567")]
    [DataRow("12.50", "", "12,5")]
    [DataRow("999", "", "999")]
    [DataRow("1000", "", "1.000")]
    [DataRow("0", "", "0")]
    [DataRow("0", "2", "0,00")]
    [DataRow("-1234.5", "", "-1.234,5")]
    [DataRow("-1234567.891", "1", "-1.234.567,9")]
    [DataRow("0.005", "2", "0,01")]
    [DataRow("2.5", "0", "3")]
    [DataRow("-2.5", "0", "-3")]
    [DataRow("-0.001", "2", "0,00")]
    [DataRow("0.333333", "", "0,333333")]
    public void Vi_number_writes_vi_VN_format(string value, string decimals, string expected)
    {
        var tag = decimals.Length == 0 ? "{{ x | vi_number }}" : "{{ x | vi_number: " + decimals + " }}";

        Assert.AreEqual(expected, Render(tag, Record(("x", Number(value)))));
    }

    [TestMethod]
    [DataRow("{{ \"1234.5\" | vi_number }}", "1.234,5")]
    [DataRow("{{ \"1.234,5\" | vi_number: 2 }}", "1.234,50")]
    [DataRow("{{ \"abc\" | vi_number }}", "abc")]
    [DataRow("{{ missing | vi_number }}", "")]
    [DataRow("{{ 10 | divided_by: 4.0 | vi_number }}", "2,5")]
    public void Vi_number_reads_text_and_leaves_what_is_not_a_number(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag, Record()));

    [TestMethod]
    [DataRow("0.125", "", "12,5%")]
    [DataRow("0.125", "2", "12,50%")]
    [DataRow("1", "", "100%")]
    [DataRow("0.3333", "", "33,3%")]
    [DataRow("0.3333", "0", "33%")]
    [DataRow("0.99999", "", "100%")]
    [DataRow("0", "", "0%")]
    [DataRow("1.5", "", "150%")]
    [DataRow("-0.05", "", "-5%")]
    [DataRow("12.345", "", "1.234,5%")]
    public void Vi_percent_takes_a_ratio(string ratio, string decimals, string expected)
    {
        var tag = decimals.Length == 0 ? "{{ x | vi_percent }}" : "{{ x | vi_percent: " + decimals + " }}";

        Assert.AreEqual(expected, Render(tag, Record(("x", Number(ratio)))));
    }

    [TestMethod]
    [DataRow("{{ \"0.125\" | vi_percent }}", "12,5%")]
    [DataRow("{{ 1 | divided_by: 3.0 | vi_percent: 2 }}", "33,33%")]
    [DataRow("{{ \"n/a\" | vi_percent }}", "n/a")]
    [DataRow("[{{ missing | vi_percent }}]", "[]")]
    [DataRow("[{{ missing | vi_change: 5 }}]", "[]")]
    public void Vi_percent_and_vi_change_read_text_and_keep_nil(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag, Record()));

    [TestMethod]
    [DataRow("105.2", "100", "", "tăng 5,2%")]
    [DataRow("98.7", "100", "", "giảm 1,3%")]
    [DataRow("100", "100", "", "bằng")]
    [DataRow("110", "100", "", "tăng 10%")]
    [DataRow("110", "100", "1", "tăng 10,0%")]
    [DataRow("52", "61", "2", "giảm 14,75%")]
    [DataRow("100.01", "100", "", "bằng")]
    [DataRow("0", "0", "", "bằng")]
    [DataRow("5", "0", "", "")]
    [DataRow("-50", "-100", "", "tăng 50%")]
    [DataRow("0", "40", "", "giảm 100%")]
    public void Vi_change_words_growth_between_two_values(string current, string previous, string decimals, string expected)
    {
        var tag = "{{ nam_nay | vi_change: nam_truoc" + (decimals.Length == 0 ? string.Empty : ", " + decimals) + " }}";

        Assert.AreEqual(expected, Render(tag, Record(("nam_nay", Number(current)), ("nam_truoc", Number(previous)))));
    }

    [TestMethod]
    [DataRow("{{ r | vi_change }}", "0.052", "tăng 5,2%")]
    [DataRow("{{ r | vi_change }}", "-0.013", "giảm 1,3%")]
    [DataRow("{{ r | vi_change }}", "0", "bằng")]
    [DataRow("{{ r | vi_change: \"ratio\", 2 }}", "0.05234", "tăng 5,23%")]
    public void Vi_change_reads_a_relative_change(string tag, string ratio, string expected) =>
        Assert.AreEqual(expected, Render(tag, Record(("r", Number(ratio)))));

    [TestMethod]
    public void Vi_change_is_empty_when_the_previous_value_is_missing_so_default_can_word_it()
    {
        var text = Render("{{ a | vi_change: khong_co | default: \"chưa có số liệu so sánh\" }}", Record(("a", 5m)));

        Assert.AreEqual("chưa có số liệu so sánh", text);
    }

    [TestMethod]
    [DataRow("0", "không")]
    [DataRow("1", "một")]
    [DataRow("4", "bốn")]
    [DataRow("5", "năm")]
    [DataRow("10", "mười")]
    [DataRow("11", "mười một")]
    [DataRow("14", "mười bốn")]
    [DataRow("15", "mười lăm")]
    [DataRow("20", "hai mươi")]
    [DataRow("21", "hai mươi mốt")]
    [DataRow("24", "hai mươi tư")]
    [DataRow("25", "hai mươi lăm")]
    [DataRow("55", "năm mươi lăm")]
    [DataRow("99", "chín mươi chín")]
    [DataRow("100", "một trăm")]
    [DataRow("101", "một trăm linh một")]
    [DataRow("104", "một trăm linh bốn")]
    [DataRow("105", "một trăm linh năm")]
    [DataRow("110", "một trăm mười")]
    [DataRow("111", "một trăm mười một")]
    [DataRow("115", "một trăm mười lăm")]
    [DataRow("121", "một trăm hai mươi mốt")]
    [DataRow("1000", "một nghìn")]
    [DataRow("1001", "một nghìn không trăm linh một")]
    [DataRow("1050", "một nghìn không trăm năm mươi")]
    [DataRow("1234", "một nghìn hai trăm ba mươi tư")]
    [DataRow("2005", "hai nghìn không trăm linh năm")]
    [DataRow("10000", "mười nghìn")]
    [DataRow("15000", "mười lăm nghìn")]
    [DataRow("21000", "hai mươi mốt nghìn")]
    [DataRow("105000", "một trăm linh năm nghìn")]
    [DataRow("1000000", "một triệu")]
    [DataRow("1000001", "một triệu không trăm linh một")]
    [DataRow("1001000", "một triệu không trăm linh một nghìn")]
    [DataRow("1200000", "một triệu hai trăm nghìn")]
    [DataRow("1000000000", "một tỷ")]
    [DataRow("1000000005", "một tỷ không trăm linh năm")]
    [DataRow("2500000000", "hai tỷ năm trăm triệu")]
    [DataRow("1234567891", "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt")]
    [DataRow("1000000000000", "một nghìn tỷ")]
    [DataRow("-15", "âm mười lăm")]
    [DataRow("-1000", "âm một nghìn")]
    [DataRow("12.5", "mười hai phẩy năm")]
    [DataRow("3.05", "ba phẩy không năm")]
    [DataRow("0.25", "không phẩy hai mươi lăm")]
    [DataRow("1.5000", "một phẩy năm")]
    [DataRow("2.1234", "hai phẩy một hai ba bốn")]
    public void Vi_words_reads_numbers_the_northern_formal_way(string value, string expected)
    {
        var text = Render("{{ x | vi_words }}", Record(("x", Number(value))));

        Assert.AreEqual(expected, text);
        Assert.IsTrue(text.IsNormalized(NormalizationForm.FormC));
    }

    [TestMethod]
    [DataRow("{{ 21 | vi_words: \"capitalize\" }}", "Hai mươi mốt")]
    [DataRow("{{ -5 | vi_words: \"capitalize\" }}", "Âm năm")]
    [DataRow("{{ \"1234\" | vi_words }}", "một nghìn hai trăm ba mươi tư")]
    [DataRow("{{ \"abc\" | vi_words }}", "abc")]
    [DataRow("{{ missing | vi_words }}", "")]
    public void Vi_words_options_text_and_nil(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag, Record()));

    [TestMethod]
    [DataRow("{{ 1 | roman }}", "I")]
    [DataRow("{{ 4 | roman }}", "IV")]
    [DataRow("{{ 9 | roman }}", "IX")]
    [DataRow("{{ 14 | roman }}", "XIV")]
    [DataRow("{{ 40 | roman }}", "XL")]
    [DataRow("{{ 90 | roman }}", "XC")]
    [DataRow("{{ 400 | roman }}", "CD")]
    [DataRow("{{ 1994 | roman }}", "MCMXCIV")]
    [DataRow("{{ 3999 | roman }}", "MMMCMXCIX")]
    [DataRow("{{ 4 | roman: \"lower\" }}", "iv")]
    [DataRow("{{ \"12\" | roman }}", "XII")]
    [DataRow("{{ 0 | roman }}", "0")]
    [DataRow("{{ 4000 | roman }}", "4000")]
    [DataRow("{{ 2.5 | roman }}", "2.5")]
    [DataRow("{{ missing | roman }}", "")]
    public void Roman_writes_1_to_3999_and_leaves_the_rest(string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag, Record()));

    [TestMethod]
    [DataRow("Em|Đông|Dung|Ân|Ăn|An|Bình", "An, Ăn, Ân, Bình, Dung, Đông, Em")]
    [DataRow("bạ|bá|bã|bả|bà|ba", "ba, bà, bả, bã, bá, bạ")]
    [DataRow("Bác|Bà|Ba", "Ba, Bà, Bác")]
    [DataRow("ơn|ôn|on|ưa|ua", "on, ôn, ơn, ua, ưa")]
    [DataRow("Thôn 10|Thôn 2|Thôn 1|Thôn Bản", "Thôn 1, Thôn 2, Thôn 10, Thôn Bản")]
    [DataRow("Mai|Má|Ma Văn Sơn", "Ma Văn Sơn, Má, Mai")]
    [DataRow("An|an", "an, An")]
    public void Vi_sort_orders_by_letter_then_tone_word_by_word(string items, string expected)
    {
        var data = Record(("ds", Items([.. items.Split('|')])));

        Assert.AreEqual(expected, Render("{{ ds | vi_sort | join: \", \" }}", data));
    }

    [TestMethod]
    public void Vi_sort_treats_decomposed_text_like_composed_text()
    {
        var decomposed = "Hoà".Normalize(NormalizationForm.FormD);
        var data = Record(("ds", Items("Hoàng", decomposed, "Hoa", "Hòa Bình")));

        var text = Render("{{ ds | vi_sort | join: \", \" }}", data);

        Assert.AreEqual("Hoa, Hoà, Hòa Bình, Hoàng", text.Normalize(NormalizationForm.FormC));
    }

    [TestMethod]
    public void Vi_sort_orders_rows_by_a_field_with_empty_values_last()
    {
        var rows = Items(
            Record(("thon", "Đồng Tâm"), ("so", 3m)),
            Record(("thon", null), ("so", 5m)),
            Record(("thon", "Bản Chang"), ("so", 10m)),
            Record(("thon", "Đà Lạt"), ("so", 2m)),
            Record(("thon", "Dương Sơn"), ("so", 7m)));
        var data = Record(("rows", rows));

        Assert.AreEqual(
            "Bản Chang;Dương Sơn;Đà Lạt;Đồng Tâm;-;",
            Render("{% assign s = rows | vi_sort: \"thon\" %}{% for r in s %}{{ r.thon | default: \"-\" }};{% endfor %}", data));
        Assert.AreEqual("2 3 5 7 10", Render("{{ rows | vi_sort: \"so\" | map: \"so\" | join: \" \" }}", data));
    }

    [TestMethod]
    public void Vi_sort_name_orders_people_by_given_name_then_family_name()
    {
        var rows = Items(
            Record(("ho_ten", "Nguyễn Văn Bình")),
            Record(("ho_ten", "Trần Văn An")),
            Record(("ho_ten", "Lê Thị Bình")),
            Record(("ho_ten", "Hoàng Ánh")));
        var data = Record(("rows", rows), ("names", Items("Nguyễn Văn Bình", "Trần Văn An", "Lê Thị Bình")));

        Assert.AreEqual(
            "Trần Văn An, Hoàng Ánh, Lê Thị Bình, Nguyễn Văn Bình",
            Render("{{ rows | vi_sort_name: \"ho_ten\" | map: \"ho_ten\" | join: \", \" }}", data));
        Assert.AreEqual("Trần Văn An, Lê Thị Bình và Nguyễn Văn Bình", Render("{{ names | vi_sort_name | join_vi }}", data));
    }

    [TestMethod]
    [DataRow("A|B|C", "{{ ds | join_vi }}", "A, B và C")]
    [DataRow("A|B", "{{ ds | join_vi }}", "A và B")]
    [DataRow("A", "{{ ds | join_vi }}", "A")]
    [DataRow("A|B|C|D", "{{ ds | join_vi: \"hoặc\" }}", "A, B, C hoặc D")]
    [DataRow("A|B|C", "{{ ds | join_vi: \"và\", \"; \" }}", "A; B và C")]
    [DataRow("A||C", "{{ ds | join_vi }}", "A và C")]
    public void Join_vi_writes_a_vietnamese_list(string items, string tag, string expected) =>
        Assert.AreEqual(expected, Render(tag, Record(("ds", Items([.. items.Split('|')])))));

    [TestMethod]
    public void Join_vi_handles_empty_lists_rows_and_nil()
    {
        var rows = Items(Record(("thon", "Nà Pài")), Record(("thon", "Khuổi Luông")), Record(("thon", "Bản Piềng")));
        var data = Record(("rows", rows), ("empty", Items()));

        Assert.AreEqual("Nà Pài, Khuổi Luông và Bản Piềng", Render("{{ rows | map: \"thon\" | join_vi }}", data));
        Assert.AreEqual("Bản Piềng, Khuổi Luông và Nà Pài", Render("{{ rows | map: \"thon\" | vi_sort | join_vi }}", data));
        Assert.AreEqual("[]", Render("[{{ empty | join_vi }}]", data));
        Assert.AreEqual("[]", Render("[{{ missing | join_vi }}]", data));
    }

    [TestMethod]
    public void Join_vi_returns_nfc_text()
    {
        var text = VietnameseText.JoinList(["Hoà".Normalize(NormalizationForm.FormD), "Đức"]);

        Assert.AreEqual("Hoà và Đức", text);
        Assert.IsTrue(text.IsNormalized(NormalizationForm.FormC));
    }

    [TestMethod]
    public void Collator_orders_with_list_sort()
    {
        var names = new List<string> { "Đinh", "Dũng", "Dung", "Anh", "Ánh", "Ảnh" };

        names.Sort(VietnameseCollator.Default);

        CollectionAssert.AreEqual(new[] { "Anh", "Ảnh", "Ánh", "Dung", "Dũng", "Đinh" }, names);
    }

    private static string Render(string tag, DataRecord data) => RenderParagraphs(P(tag), data)[0];

    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
