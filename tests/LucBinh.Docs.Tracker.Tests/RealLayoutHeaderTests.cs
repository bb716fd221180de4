using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>Headers of real office workbooks: under a two-sided title block, and two-row headers whose sub-headers repeat.</summary>
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
}
