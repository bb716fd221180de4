using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>Workbook-level defined names: one cell is a value, a range is a list.</summary>
[TestClass]
public sealed class DefinedNameTests
{
    private static XlsxBuilder Workbook()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Số liệu")
            .Texts(1, "Thôn", "Số người")
            .Row(2, Cell.Str("A2", "Nà Pài"), Cell.Num("B2", "61"))
            .Row(3, Cell.Str("A3", "Bản Chang"), Cell.Num("B3", "53"))
            .Row(4, Cell.Str("A4", "Khuổi Chủ"), Cell.Num("B4", "52"));
        builder.Sheet("It's").Row(1, Cell.Date("A1", new(2024, 6, 20)), Cell.Str("B1", "x"));
        return builder;
    }

    [TestMethod]
    public void A_one_cell_name_is_a_value_and_a_range_is_a_list()
    {
        var builder = Workbook()
            .Name("TongSoNguoi", "'Số liệu'!$B$2")
            .Name("DanhSachThon", "'Số liệu'!$A$2:$A$4")
            .Name("NgayChot", "'It''s'!$A$1")
            .Name("BangSoLieu", "'Số liệu'!$A$2:$B$3");
        var result = Model.Read(builder);
        Assert.AreEqual(61m, result.Data["TongSoNguoi"]);
        CollectionAssert.AreEqual(new object[] { "Nà Pài", "Bản Chang", "Khuổi Chủ" }, (DataList)result.Data["DanhSachThon"]!);
        Assert.AreEqual(new DateOnly(2024, 6, 20), result.Data["NgayChot"]);
        var table = (DataList)result.Data["BangSoLieu"]!;
        Assert.HasCount(2, table);
        CollectionAssert.AreEqual(new object[] { "Bản Chang", 53m }, (DataList)table[1]!);
    }

    [TestMethod]
    public void A_whole_column_stops_at_the_last_row_in_use_and_constants_are_values()
    {
        var builder = Workbook().Name("CotSo", "'Số liệu'!$B:$B").Name("HeSo", "1.5").Name("DonVi", "\"người\"");
        var result = Model.Read(builder);
        CollectionAssert.AreEqual(new object[] { "Số người", 61m, 53m, 52m }, (DataList)result.Data["CotSo"]!);
        Assert.AreEqual(1.5m, result.Data["HeSo"]);
        Assert.AreEqual("người", result.Data["DonVi"]);
    }

    [TestMethod]
    public void Broken_names_are_reported_and_sheet_local_and_Excel_names_are_ignored()
    {
        var builder = Workbook()
            .Name("Hong", "#REF!$A$1")
            .Name("NhieuVung", "'Số liệu'!$A$2,'Số liệu'!$A$4")
            .Name("CucBo", "'Số liệu'!$A$2", localSheet: 0)
            .Name("_xlnm.Print_Area", "'Số liệu'!$A$1:$B$4");
        var result = Model.Read(builder);
        Assert.IsFalse(result.Data.ContainsKey("Hong"));
        Assert.IsFalse(result.Data.ContainsKey("CucBo"));
        Assert.IsFalse(result.Data.ContainsKey("_xlnm.Print_Area"));
        var warnings = result.Diagnostics.Where(d => d.Code == "TRK018").ToList();
        Assert.HasCount(2, warnings);
        StringAssert.Contains(warnings[0].Message(), "Trình quản lý tên");
    }

    [TestMethod]
    public void A_name_that_collides_with_a_sheet_key_gets_a_suffix_and_a_warning()
    {
        var builder = Workbook().Name("so_lieu", "'Số liệu'!$B$2");
        var result = Model.Read(builder);
        Assert.IsInstanceOfType<DataList>(result.Data["so_lieu"]);
        Assert.IsFalse(result.Single("TRK015").IsError);
        Assert.IsTrue(result.Data.ContainsKey("so_lieu_2"));
    }
}
