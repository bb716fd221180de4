using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>Sheets without a table: the header row is found below titles and merged banners.</summary>
[TestClass]
public sealed class HeaderDetectionTests
{
    [TestMethod]
    public void Title_rows_and_merged_banners_above_the_header_are_skipped()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Văn bản cung cấp")
            .Texts(1, "ĐẢNG ỦY XÃ LỤC BÌNH")
            .Merge("A1:D1")
            .Texts(2, "SỔ THEO DÕI VĂN BẢN CUNG CẤP")
            .Texts(3, null, null, "(cập nhật hằng tháng)")
            .Texts(5, "STT", "Số ký hiệu", "Trích yếu", "Ngày cung cấp")
            .Row(6, Cell.Num("A6", "1"), Cell.Str("B6", "05/NQ-HĐND"), Cell.Str("C6", "Nghị quyết"), Cell.Date("D6", new(2024, 1, 5)))
            .Row(8, Cell.Num("A8", "2"), Cell.Str("B8", "15/QĐ-UBND"), Cell.Str("C8", "Quyết định"), Cell.Date("D8", new(2024, 1, 9)))
            .Row(9, Cell.Str("A9", "Cộng"), Cell.Formula("D9", "COUNTA(D6:D8)", "2"));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var list = result.List("van_ban_cung_cap");
        Assert.HasCount(2, list);
        Assert.AreEqual("05/NQ-HĐND", list.Row(0)["so_ky_hieu"]);
        Assert.AreEqual(new DataSource("Văn bản cung cấp", 6), list.Row(0).Source);
        Assert.AreEqual(new DataSource("Văn bản cung cấp", 8), list.Row(1).Source);
    }

    [TestMethod]
    public void A_group_header_merged_over_sub_headers_makes_one_header()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "STT", "Văn bản", null, "Ghi chú")
            .Merge("B1:C1").Merge("A1:A2").Merge("D1:D2")
            .Texts(2, null, "Số ký hiệu", "Ngày ban hành", null)
            .Row(3, Cell.Num("A3", "1"), Cell.Str("B3", "05/NQ-HĐND"), Cell.Date("C3", new(2024, 1, 3)), Cell.Str("D3", "x"));
        var list = Model.Read(builder).List("s");
        Assert.HasCount(1, list);
        CollectionAssert.AreEqual(new[] { "stt", "van_ban_so_ky_hieu", "van_ban_ngay_ban_hanh", "ghi_chu" }, list.Row(0).Keys().ToArray());
        Assert.AreEqual(new DateOnly(2024, 1, 3), list.Row(0)["van_ban_ngay_ban_hanh"]);
    }

    [TestMethod]
    public void Cells_merged_down_several_rows_give_their_value_to_each_row()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "Thôn", "Nội dung")
            .Texts(2, "Nà Pài", "a").Texts(3, null, "b").Texts(4, "Bản Chang", "c")
            .Merge("A2:A3");
        var list = Model.Read(builder).List("s");
        CollectionAssert.AreEqual(new object[] { "Nà Pài", "Nà Pài", "Bản Chang" }, list.Rows().Select(r => r["thon"]).ToArray());
    }

    [TestMethod]
    public void Data_without_a_header_is_a_warning_naming_the_first_cell()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Số liệu")
            .Texts(1, "BẢNG SỐ LIỆU")
            .Row(2, Cell.Num("A2", "1"), Cell.Num("B2", "52"))
            .Row(3, Cell.Num("A3", "2"), Cell.Num("B3", "61"));
        var result = Model.Read(builder);
        var warning = result.Single("TRK014");
        Assert.AreEqual(DiagnosticSeverity.Warning, warning.Severity);
        warning.AssertAt("Số liệu", "A1");
        Assert.IsTrue(result.Record("so_lieu").ContainsKey("cells"), "The sheet stays reachable in its raw form.");
    }

    [TestMethod]
    public void An_empty_sheet_is_an_empty_list()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Trống");
        var result = Model.Read(builder);
        Assert.IsEmpty(result.List("trong"));
        Model.AssertNoDiagnostics(result);
    }

    [TestMethod]
    public void Data_in_a_column_without_a_header_is_reported_once()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "Thôn", null, "Số")
            .Texts(2, "Nà Pài", "ghi chú", "1")
            .Texts(3, "Bản Chang", "ghi chú", "2");
        var result = Model.Read(builder);
        var warning = result.Single("TRK016");
        warning.AssertAt("S", "B2");
        StringAssert.Contains(warning.Message(), "ô B1");
        CollectionAssert.AreEqual(new[] { "thon", "so" }, result.List("s").Row(0).Keys().ToArray());
    }

    [TestMethod]
    public void A_header_without_letters_gets_a_column_key_with_a_warning()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "#", "Thôn").Texts(2, "1", "Nà Pài");
        var result = Model.Read(builder);
        Assert.AreEqual("1", result.List("s").Row(0)["cot_a"]);
        Assert.AreEqual("1", result.List("s").Row(0)["#"]);
        result.Single("TRK020").AssertAt("S", "A1");
    }

    [TestMethod]
    public void Sheet_keys_keep_workbook_order()
    {
        var builder = new XlsxBuilder();
        foreach (var name in new[] { "Nơi nhận", "Thông tin chung", "Dư luận" })
        {
            builder.Sheet(name).Texts(1, "A", "B").Texts(2, "x", "y");
        }

        CollectionAssert.AreEqual(new[] { "noi_nhan", "thong_tin_chung", "du_luan" }, Model.Read(builder).Data.Keys().ToArray());
    }

    [TestMethod]
    public void Two_sheets_folding_to_one_key_give_a_suffixed_key_and_a_warning()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Dư luận").Texts(1, "A", "B").Texts(2, "x", "y");
        builder.Sheet("Du luan").Texts(1, "A", "B").Texts(2, "z", "w");
        var result = Model.Read(builder);
        var warning = result.Single("TRK015");
        Assert.AreEqual(DiagnosticSeverity.Warning, warning.Severity);
        warning.AssertAt("Du luan", null);
        StringAssert.Contains(warning.Message(), "du_luan_2");
        Assert.AreEqual("x", result.List("du_luan").Row(0)["a"]);
        Assert.AreEqual("z", result.List("du_luan_2").Row(0)["a"]);
    }

    [TestMethod]
    public void A_signature_block_under_the_total_line_is_not_data()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "STT", "Thôn", "Số người")
            .Row(2, Cell.Num("A2", "1"), Cell.Str("B2", "Nà Pài"), Cell.Num("C2", "61"))
            .Row(3, Cell.Num("A3", "2"), Cell.Str("B3", "Bản Chang"), Cell.Num("C3", "53"))
            .Row(4, Cell.Str("A4", "Tổng cộng"), Cell.Formula("C4", "SUM(C2:C3)", "114"))
            .Texts(6, "Người lập biểu", null, "Thủ trưởng đơn vị")
            .Texts(7, "(Ký, ghi rõ họ tên)", null, "(Ký, đóng dấu)")
            .Texts(10, "Nguyễn Văn An", null, "Đinh Thị Mỹ");
        var list = Model.Read(builder).List("s");
        CollectionAssert.AreEqual(new object[] { "Nà Pài", "Bản Chang" }, list.Rows().Select(r => r["thon"]).ToArray());
    }

    [TestMethod]
    public void A_text_only_list_loses_only_its_total_line()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "Nơi nhận", "Hình thức gửi").Texts(2, "Lưu Đảng ủy", "Bản giấy").Texts(3, "Ban Tuyên giáo Huyện ủy", "Bản điện tử").Texts(4, "Tổng cộng", null);
        var list = Model.Read(builder).List("s");
        CollectionAssert.AreEqual(new object[] { "Lưu Đảng ủy", "Ban Tuyên giáo Huyện ủy" }, list.Rows().Select(r => r["noi_nhan"]).ToArray());
    }
}
