using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// Headers of real office workbooks: under a two-sided title block and merged banners, and two-row headers (a group
/// header merged across its sub-columns gives <c>group_sub</c> keys, a cell merged down over both rows keeps its own).
/// </summary>
[TestClass]
public sealed class RealLayoutHeaderTests
{
    [TestMethod]
    public void The_header_is_found_under_a_title_block_of_two_merged_titles_side_by_side()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Lớp 10A")
            .Texts(1, "UBND HUYỆN BẠCH THÔNG", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Merge("A1:C1").Merge("D1:G1")
            .Texts(2, "TRƯỜNG THPT BẠCH THÔNG", null, null, "Độc lập - Tự do - Hạnh phúc")
            .Merge("A2:C2").Merge("D2:G2")
            .Texts(4, "DANH SÁCH HỌC SINH LỚP 10A")
            .Merge("A4:G4")
            .Texts(6, "STT", "Họ và tên", "Ngày sinh", "Giới tính")
            .Row(7, Cell.Num("A7", "1"), Cell.Str("B7", "Hoàng Văn An"), Cell.Date("C7", new(2010, 3, 2)), Cell.Str("D7", "Nam"))
            .Row(8, Cell.Num("A8", "2"), Cell.Str("B8", "Lý Thị Bình"), Cell.Date("C8", new(2010, 5, 9)), Cell.Str("D8", "Nữ"));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var list = result.List("lop_10a");
        Assert.HasCount(2, list);
        CollectionAssert.AreEqual(new[] { "stt", "ho_va_ten", "ngay_sinh", "gioi_tinh" }, list.Row(0).Keys().ToArray());
        Assert.AreEqual(new DateOnly(2010, 5, 9), list.Row(1)["ngay_sinh"]);
        Assert.AreEqual(new DataSource("Lớp 10A", 7), list.Row(0).Source);
    }

    [TestMethod]
    public void Sub_headers_repeated_under_several_groups_take_the_group_name()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Dân số")
            .Texts(1, "Thôn", "Nam", null, "Nữ", null)
            .Merge("A1:A2").Merge("B1:C1").Merge("D1:E1")
            .Texts(2, null, "Số lượng", "Tỷ lệ", "Số lượng", "Tỷ lệ")
            .Row(3, Cell.Str("A3", "Nà Pài"), Cell.Num("B3", "120"), Cell.Num("C3", "0.48"), Cell.Num("D3", "130"), Cell.Num("E3", "0.52"));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var row = result.List("dan_so").Row(0);
        CollectionAssert.AreEqual(new[] { "thon", "nam_so_luong", "nam_ty_le", "nu_so_luong", "nu_ty_le" }, row.Keys().ToArray());
        Assert.AreEqual(130m, row["nu_so_luong"]);
        Assert.AreEqual(130m, row["Nữ Số lượng"]);
    }

    /// <summary>
    /// A real class list: a two-sided title block, two merged banners and two title lines, then a two-row header on
    /// rows 10–11 ("Họ và tên", "Ngày sinh" merged down over both rows; "Điểm trung bình" merged over "Học kỳ I" |
    /// "Học kỳ II"); the data starts on row 12, birth dates typed as text.
    /// </summary>
    [TestMethod]
    public void A_class_list_under_a_title_block_has_its_two_row_header_on_row_10()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Lớp 9A")
            .Texts(1, "UBND XÃ LỤC BÌNH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Merge("A1:C1").Merge("D1:G1")
            .Texts(2, "TRƯỜNG THCS LỤC BÌNH", null, null, "Độc lập - Tự do - Hạnh phúc")
            .Merge("A2:C2").Merge("D2:G2")
            .Texts(4, "DANH SÁCH HỌC SINH LỚP 9A").Merge("A4:G4")
            .Texts(5, "Năm học 2024 - 2025").Merge("A5:G5")
            .Texts(7, "Giáo viên chủ nhiệm: Hà Thị Lan")
            .Texts(8, null, "(danh sách xếp theo tên)")
            .Texts(10, "STT", "Họ và tên", "Ngày sinh", "Điểm trung bình", null, "Ghi chú")
            .Merge("A10:A11").Merge("B10:B11").Merge("C10:C11").Merge("D10:E10").Merge("F10:F11")
            .Texts(11, null, null, null, "Học kỳ I", "Học kỳ II", null)
            .Row(12, Cell.Num("A12", "1"), Cell.Str("B12", "Hoàng Văn An"), Cell.Str("C12", "02/03/2010"), Cell.Num("D12", "7.5"), Cell.Num("E12", "8.1"))
            .Row(13, Cell.Num("A13", "2"), Cell.Str("B13", "Lý Thị Bình"), Cell.Str("C13", "9/5/2010"), Cell.Num("D13", "8"), Cell.Num("E13", "8.4"), Cell.Str("F13", "Lớp trưởng"))
            .Row(14, Cell.Num("A14", "3"), Cell.Str("B14", "Nông Văn Cường"), Cell.Date("C14", new(2010, 11, 20)), Cell.Num("D14", "6.9"), Cell.Num("E14", "7"));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var list = result.List("lop_9a");
        Assert.HasCount(3, list, "row 11 (the sub-headers) is not data");
        CollectionAssert.AreEqual(
            new[] { "stt", "ho_va_ten", "ngay_sinh", "diem_trung_binh_hoc_ky_i", "diem_trung_binh_hoc_ky_ii", "ghi_chu" }, list.Row(0).Keys().ToArray());
        Assert.AreEqual("Hoàng Văn An", list.Row(0)["ho_va_ten"]);
        Assert.AreEqual(new DateOnly(2010, 3, 2), list.Row(0)["ngay_sinh"], "text dates of a date column are dates");
        Assert.AreEqual(new DateOnly(2010, 5, 9), list.Row(1)["ngay_sinh"]);
        Assert.AreEqual(8.4m, list.Row(1)["diem_trung_binh_hoc_ky_ii"]);
        Assert.AreEqual(8.4m, list.Row(1)["Điểm trung bình Học kỳ II"], "the label joins the group's and the sub-header's text");
        Assert.AreEqual("Lớp trưởng", list.Row(1)["ghi_chu"]);
        Assert.IsNull(list.Row(0)["ghi_chu"]);
        CollectionAssert.AreEqual(new[] { 12, 13, 14 }, list.Rows().Select(r => r.Source!.Row).ToArray());
        Assert.AreEqual("Lớp 9A", list.Row(2).Source!.Sheet);
    }

    /// <summary>
    /// "Số lượng" merged over "Nam" | "Nữ": <c>so_luong_nam</c>, <c>so_luong_nu</c>; a column of the group without a
    /// sub-header takes the group's key; a header written only on the second row heads its column; subtotal and total
    /// lines under the two-row header are not data.
    /// </summary>
    [TestMethod]
    public void Sub_columns_under_a_group_take_the_group_and_sub_header_keys()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Tổng hợp")
            .Texts(1, "Thôn", "Số lượng", null, null, "Tỷ lệ nữ")
            .Merge("A1:A2").Merge("B1:D1").Merge("E1:E2")
            .Texts(2, null, "Nam", "Nữ", null, null, "Ghi chú")
            .Row(3, Cell.Str("A3", "Nà Pài"), Cell.Num("B3", "120"), Cell.Num("C3", "130"), Cell.Num("D3", "250"), Cell.Num("E3", "0.52"), Cell.Str("F3", "x"))
            .Row(4, Cell.Str("A4", "Bản Chang"), Cell.Num("B4", "80"), Cell.Num("C4", "70"), Cell.Num("D4", "150"), Cell.Num("E4", "0.47"))
            .Row(5, Cell.Str("A5", "Cộng"), Cell.Formula("B5", "SUM(B3:B4)", "200"), Cell.Formula("C5", "SUM(C3:C4)", "200"), Cell.Formula("D5", "SUM(D3:D4)", "400"));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var list = result.List("tong_hop");
        Assert.HasCount(2, list, "the total line is not data");
        CollectionAssert.AreEqual(new[] { "thon", "so_luong_nam", "so_luong_nu", "so_luong", "ty_le_nu", "ghi_chu" }, list.Row(0).Keys().ToArray());
        Assert.AreEqual(130m, list.Row(0)["so_luong_nu"]);
        Assert.AreEqual(250m, list.Row(0)["so_luong"]);
        Assert.AreEqual(0.47m, list.Row(1)["ty_le_nu"]);
        Assert.AreEqual("x", list.Row(0)["ghi_chu"]);
        Assert.AreEqual(new DataSource("Tổng hợp", 4), list.Row(1).Source);
    }

    [TestMethod]
    public void Sub_headers_alike_under_one_group_are_numbered_with_a_warning_naming_both_sub_header_cells()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Dân số")
            .Texts(1, "Thôn", "Số lượng", null, null)
            .Merge("A1:A2").Merge("B1:D1")
            .Texts(2, null, "Nam", "Nữ", "Nam")
            .Row(3, Cell.Str("A3", "Nà Pài"), Cell.Num("B3", "1"), Cell.Num("C3", "2"), Cell.Num("D3", "3"));
        var result = Model.Read(builder);
        var row = result.List("dan_so").Row(0);
        CollectionAssert.AreEqual(new[] { "thon", "so_luong_nam", "so_luong_nu", "so_luong_nam_2" }, row.Keys().ToArray());
        Assert.AreEqual(3m, row["so_luong_nam_2"]);
        var warning = result.Single("TRK012");
        warning.AssertAt("Dân số", "D2");
        StringAssert.Contains(warning.Message(), "ô B2");
        Assert.AreEqual(DiagnosticSeverity.Warning, warning.Severity);
    }

    [TestMethod]
    public void A_two_row_header_with_a_group_stays_the_same_in_a_table_less_sheet_after_many_title_lines()
    {
        // Title lines up to row 9 and the header on rows 10-11: still inside the 30 rows looked at.
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S");
        for (var r = 1; r <= 9; r++)
        {
            sheet.Texts(r, "Dòng tiêu đề " + r);
        }

        sheet.Texts(10, "Họ và tên", "Kết quả", null).Merge("A10:A11").Merge("B10:C10")
            .Texts(11, null, "Đạt", "Không đạt")
            .Row(12, Cell.Str("A12", "An"), Cell.Num("B12", "1"), Cell.Num("C12", "0"));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var row = result.List("s").Row(0);
        CollectionAssert.AreEqual(new[] { "ho_va_ten", "ket_qua_dat", "ket_qua_khong_dat" }, row.Keys().ToArray());
        Assert.AreEqual(new DataSource("S", 12), row.Source);
    }
}
