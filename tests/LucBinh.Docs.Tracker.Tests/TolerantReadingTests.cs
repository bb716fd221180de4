using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// A problem stays with the sheet it is in (issue 12): every readable sheet is in the model, a sheet that cannot be read
/// as a list or an object is there in its raw form, and clashing names are numbered, with warnings instead of errors.
/// </summary>
[TestClass]
public sealed class TolerantReadingTests
{
    private static void AssertNoErrors(TrackerReadResult result) =>
        Assert.IsFalse(result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), Model.Describe(result));

    [TestMethod]
    public void A_messy_extra_sheet_does_not_stop_the_other_sheets()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Tuyên truyền")
            .Texts(1, "STT", "Thôn", "Số người tham dự")
            .Row(2, Cell.Num("A2", "1"), Cell.Str("B2", "Nà Pài"), Cell.Num("C2", "40"));
        builder.Sheet("Tổng hợp")
            .Row(1, Cell.Num("A1", "2024"), Cell.Num("B1", "52"))
            .Row(3, Cell.Str("A3", "ghi chú"), Cell.Num("C3", "7"));
        var result = Model.Read(builder);
        AssertNoErrors(result);
        Assert.AreEqual(40m, result.List("tuyen_truyen").Row(0)["so_nguoi_tham_du"]);
        var warning = result.Single("TRK014");
        Assert.AreEqual(DiagnosticSeverity.Warning, warning.Severity);
        warning.AssertAt("Tổng hợp", "A1");
        StringAssert.Contains(warning.Message(), "tong_hop.rows");
    }

    [TestMethod]
    public void A_sheet_without_a_header_is_raw_rows_by_column_letter_and_cells_by_address()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Số liệu")
            .Row(2, Cell.Num("A2", "1"), Cell.Num("B2", "52"))
            .Row(4, Cell.Str("B4", "tổng"), Cell.Date("C4", new(2024, 6, 30)));
        var result = Model.Read(builder);
        var raw = result.Record("so_lieu");
        var rows = (DataList)raw["rows"]!;
        Assert.HasCount(2, rows);
        CollectionAssert.AreEqual(new[] { "row", "A", "B" }, rows.Row(0).Keys().ToArray());
        Assert.AreEqual(2m, rows.Row(0)["row"]);
        Assert.AreEqual(52m, rows.Row(0)["B"]);
        Assert.AreEqual(new DataSource("Số liệu", 4), rows.Row(1).Source);
        CollectionAssert.AreEqual(new[] { "row", "B", "C" }, rows.Row(1).Keys().ToArray());
        var cells = (DataRecord)raw["cells"]!;
        CollectionAssert.AreEqual(new[] { "A2", "B2", "B4", "C4" }, cells.Keys().ToArray());
        Assert.AreEqual(new DateOnly(2024, 6, 30), cells["C4"]);
        result.Single("TRK014").AssertAt("Số liệu", "A2");
    }

    [TestMethod]
    public void A_table_without_a_header_row_is_raw_over_its_own_range()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "x", "y").Texts(2, "ngoài bảng", "z").Table("KhongTieuDe", "A1:B1", 0, 0, "Cột1", "Cột2");
        var result = Model.Read(builder);
        AssertNoErrors(result);
        var cells = (DataRecord)((DataRecord)result.Data["KhongTieuDe"]!)["cells"]!;
        CollectionAssert.AreEqual(new[] { "A1", "B1" }, cells.Keys().ToArray());
        result.Single("TRK014").AssertAt("S", "A1");
    }

    [TestMethod]
    public void Duplicate_headers_of_a_plain_sheet_are_numbered_with_a_warning_naming_both_cells()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Dư luận")
            .Texts(1, "STT", "Nội dung", "Ghi chú", "Nội dung")
            .Row(2, Cell.Num("A2", "1"), Cell.Str("B2", "a"), Cell.Str("C2", "g"), Cell.Str("D2", "b"));
        var result = Model.Read(builder);
        AssertNoErrors(result);
        var row = result.List("du_luan").Row(0);
        CollectionAssert.AreEqual(new[] { "stt", "noi_dung", "ghi_chu", "noi_dung_2" }, row.Keys().ToArray());
        Assert.AreEqual("b", row["noi_dung_2"]);
        var warning = result.Single("TRK012");
        warning.AssertAt("Dư luận", "D1");
        StringAssert.Contains(warning.Message(), "ô B1");
        StringAssert.Contains(warning.Message(), "noi_dung_2");
    }

    [TestMethod]
    public void A_sheet_and_its_only_table_of_the_same_name_are_one_list()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Data").Texts(1, "Name", "Value").Texts(2, "a", "b").Table("Data", "A1:B2", "Name", "Value");
        builder.Sheet("Danh sách").Texts(1, "Tên").Texts(2, "c").Table("danh_sach", "A1:A2", "Tên");
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        CollectionAssert.AreEqual(new[] { "data", "danh_sach" }, result.Data.Keys().ToArray());
        Assert.AreEqual("a", result.List("data").Row(0)["name"]);
        Assert.AreEqual("a", ((DataList)result.Data["Data"]!).Row(0)["name"], "The sheet's name still reaches the list.");
        Assert.AreEqual("c", result.List("danh_sach").Row(0)["ten"]);
    }

    [TestMethod]
    public void A_table_named_like_another_sheet_gets_a_suffix_and_a_warning_naming_both()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Nơi nhận").Texts(1, "Nơi nhận").Texts(2, "Huyện ủy");
        builder.Sheet("Khác").Texts(1, "A", "B").Texts(2, "x", "y").Texts(4, "C").Texts(5, "z")
            .Table("noi_nhan", "A1:B2", "A", "B").Table("Bang2", "A4:A5", "C");
        var result = Model.Read(builder);
        AssertNoErrors(result);
        Assert.AreEqual("Huyện ủy", result.List("noi_nhan").Row(0)["noi_nhan"]);
        Assert.AreEqual("x", result.List("noi_nhan_2").Row(0)["a"]);
        var warning = result.Single("TRK015");
        warning.AssertAt("Khác", "A1");
        StringAssert.Contains(warning.Message(), "«Nơi nhận»");
        StringAssert.Contains(warning.Message(), "noi_nhan_2");
    }

    [TestMethod]
    public void A_sheet_named_like_an_earlier_table_keeps_its_key_and_the_name_stays_the_table()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Sheet1").Texts(1, "A").Texts(2, "x").Table("Data", "A1:A2", "A");
        builder.Sheet("Data").Texts(1, "B").Texts(2, "y");
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        Assert.AreEqual("y", result.List("data").Row(0)["b"]);
        Assert.AreEqual("x", ((DataList)result.Data["Data"]!).Row(0)["a"]);
    }

    [TestMethod]
    public void A_headerless_label_value_sheet_is_an_object()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Thông tin chung")
            .Texts(1, "Cơ quan ban hành", "ĐẢNG ỦY XÃ LỤC BÌNH")
            .Row(2, Cell.Str("A2", "Ngày ban hành"), Cell.Date("B2", new(2024, 6, 20)))
            .Row(3, Cell.Str("A3", "Năm"), Cell.Num("B3", "2024"))
            .Texts(4, "Số văn bản", null)
            .Texts(5, "Người ký", "Đinh Thị Mỹ");
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var info = result.Record("thong_tin_chung");
        CollectionAssert.AreEqual(
            new[] { "co_quan_ban_hanh", "ngay_ban_hanh", "nam", "so_van_ban", "nguoi_ky" }, info.Keys().ToArray());
        Assert.AreEqual("ĐẢNG ỦY XÃ LỤC BÌNH", info["co_quan_ban_hanh"]);
        Assert.AreEqual(new DateOnly(2024, 6, 20), info["ngay_ban_hanh"]);
        Assert.AreEqual("Đinh Thị Mỹ", info["nguoi_ky"]);
        Assert.IsNull(info["so_van_ban"]);
    }

    [TestMethod]
    public void Two_column_lists_under_a_header_stay_lists()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Sinh nhật")
            .Texts(1, "Họ và tên", "Ngày sinh")
            .Row(2, Cell.Str("A2", "Nguyễn Văn A"), Cell.Date("B2", new(1990, 1, 2)))
            .Row(3, Cell.Str("A3", "Trần Thị B"), Cell.Date("B3", new(1991, 3, 4)));
        builder.Sheet("Thôn").Texts(1, "Thôn", "Ghi chú").Texts(2, "Nà Pài", "x").Texts(3, "Bản Chang", "y");
        builder.Sheet("Số liệu")
            .Texts(1, "Thôn", "Số hộ")
            .Row(2, Cell.Str("A2", "Nà Pài"), Cell.Num("B2", "40"))
            .Row(3, Cell.Str("A3", "Bản Chang"), Cell.Num("B3", "52"));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        Assert.HasCount(2, result.List("sinh_nhat"));
        Assert.AreEqual(new DateOnly(1991, 3, 4), result.List("sinh_nhat").Row(1)["ngay_sinh"]);
        Assert.HasCount(2, result.List("thon"));
        Assert.AreEqual(52m, result.List("so_lieu").Row(1)["so_ho"]);
    }

    [TestMethod]
    public void Labels_that_repeat_are_not_a_headerless_object()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "Thôn", "Nội dung")
            .Row(2, Cell.Str("A2", "Nà Pài"), Cell.Num("B2", "1"))
            .Texts(3, "Nà Pài", "họp");
        var result = Model.Read(builder);
        Assert.HasCount(2, result.List("s"));
    }
}
