using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>Subtotal lines inside a list ("Cộng thôn A" with its sums) are not data rows; look-alike data rows stay.</summary>
[TestClass]
public sealed class SubtotalRowTests
{
    [TestMethod]
    public void Subtotal_lines_inside_a_list_are_left_out()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Hộ nghèo")
            .Texts(1, "Thôn", "Chủ hộ", "Số khẩu")
            .Row(2, Cell.Str("A2", "Nà Pài"), Cell.Str("B2", "Hoàng Văn A"), Cell.Num("C2", "4"))
            .Row(3, Cell.Str("A3", "Nà Pài"), Cell.Str("B3", "Lý Thị B"), Cell.Num("C3", "3"))
            .Row(4, Cell.Str("A4", "Cộng thôn Nà Pài"), Cell.Formula("C4", "SUM(C2:C3)", "7"))
            .Row(5, Cell.Str("A5", "Bản Chang"), Cell.Str("B5", "Nông Văn C"), Cell.Num("C5", "5"))
            .Row(6, Cell.Str("A6", "Cộng"), Cell.Num("C6", "5"))
            .Row(7, Cell.Str("A7", "Bản Chang"), Cell.Str("B7", "Triệu Văn D"), Cell.Num("C7", "6"))
            .Row(8, Cell.Str("A8", "Tổng cộng"), Cell.Formula("C8", "SUBTOTAL(9,C2:C7)", "18"));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var list = result.List("ho_ngheo");
        CollectionAssert.AreEqual(
            new object[] { "Hoàng Văn A", "Lý Thị B", "Nông Văn C", "Triệu Văn D" }, list.Rows().Select(r => r["chu_ho"]).ToArray());
        CollectionAssert.AreEqual(new[] { 2, 3, 5, 7 }, list.Rows().Select(r => r.Source!.Row).ToArray());
    }

    [TestMethod]
    public void Data_rows_that_only_look_like_subtotals_stay()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "Đối tượng", "Ghi chú", "Số người")
            // "Cộng tác viên" typed, not summed: a data row.
            .Row(2, Cell.Str("A2", "Cộng tác viên"), Cell.Num("C2", "12"))
            // A total word with text beside it: a data row.
            .Row(3, Cell.Str("A3", "Cộng"), Cell.Str("B3", "cộng đồng dân cư"), Cell.Num("C3", "30"))
            // A total word alone, with no number or sum: a data row (a label, not a subtotal).
            .Texts(4, "Tổng", null, null)
            .Row(5, Cell.Str("A5", "Đảng viên"), Cell.Num("C5", "9"));
        var list = Model.Read(builder).List("s");
        CollectionAssert.AreEqual(
            new object[] { "Cộng tác viên", "Cộng", "Tổng", "Đảng viên" }, list.Rows().Select(r => r["doi_tuong"]).ToArray());
    }

    [TestMethod]
    public void A_total_word_past_the_second_column_is_data()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "STT", "Mã", "Loại", "Số")
            .Row(2, Cell.Num("A2", "1"), Cell.Str("B2", "x"), Cell.Str("C2", "a"), Cell.Num("D2", "1"))
            .Row(3, Cell.Str("C3", "Cộng"), Cell.Num("D3", "4"))
            .Row(4, Cell.Num("A4", "2"), Cell.Str("B4", "y"), Cell.Str("C4", "b"), Cell.Num("D4", "3"));
        var list = Model.Read(builder).List("s");
        Assert.HasCount(3, list);
        Assert.AreEqual(new DataSource("S", 3), list.Row(1).Source);
    }
}
