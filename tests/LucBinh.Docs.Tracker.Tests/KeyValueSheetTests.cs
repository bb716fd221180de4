using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>A sheet headed "Thông tin | Giá trị" is one object keyed by its folded labels.</summary>
[TestClass]
public sealed class KeyValueSheetTests
{
    private static XlsxBuilder.SheetSpec Info(XlsxBuilder builder) =>
        builder.Sheet("Thông tin chung").Texts(1, "Thông tin", "Giá trị", "Hướng dẫn");

    [TestMethod]
    public void Labels_become_keys_values_keep_their_types_and_hints_are_ignored()
    {
        var builder = new XlsxBuilder();
        Info(builder)
            .Texts(2, "Người ký", "Đinh Thị Mỹ", "Họ và tên người ký.")
            .Row(3, Cell.Str("A3", "Ngày ban hành"), Cell.Date("B3", new(2024, 6, 20)), Cell.Str("C3", "dd/mm/yyyy"))
            .Row(4, Cell.Str("A4", "Năm"), Cell.Num("B4", "2024"))
            .Texts(5, "Số văn bản", null, "Để trống nếu ghi tay.");
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var info = result.Record("thong_tin_chung");
        CollectionAssert.AreEqual(new[] { "nguoi_ky", "ngay_ban_hanh", "nam", "so_van_ban" }, info.Keys().ToArray());
        Assert.AreEqual("Đinh Thị Mỹ", info["nguoi_ky"]);
        Assert.AreEqual("Đinh Thị Mỹ", info["Người ký"]);
        Assert.AreEqual(new DateOnly(2024, 6, 20), info["ngay_ban_hanh"]);
        Assert.AreEqual(2024m, info["nam"]);
        Assert.IsTrue(info.ContainsKey("so_van_ban"));
        Assert.IsNull(info["so_van_ban"]);
        Assert.IsFalse(info.Fields.Any(f => Equals(f.Value, "Họ và tên người ký.")));
    }

    [TestMethod]
    public void A_date_written_as_text_for_a_date_label_becomes_a_date()
    {
        var builder = new XlsxBuilder();
        Info(builder).Texts(2, "Từ ngày", "01/01/2024").Texts(3, "Đến ngày", "2024-06-30").Texts(4, "Ngày ban hành", "hai mươi");
        var result = Model.Read(builder);
        var info = result.Record("thong_tin_chung");
        Assert.AreEqual(new DateOnly(2024, 1, 1), info["tu_ngay"]);
        Assert.AreEqual(new DateOnly(2024, 6, 30), info["den_ngay"]);
        result.Single("TRK017").AssertAt("Thông tin chung", "B4");
    }

    [TestMethod]
    public void A_repeated_label_keeps_the_first_value_with_a_warning()
    {
        var builder = new XlsxBuilder();
        Info(builder).Texts(2, "Người ký", "Đinh Thị Mỹ").Texts(4, "Người  ký", "Người khác");
        var result = Model.Read(builder);
        Assert.AreEqual("Đinh Thị Mỹ", result.Record("thong_tin_chung")["nguoi_ky"]);
        var warning = result.Single("TRK019");
        warning.AssertAt("Thông tin chung", "A4");
        StringAssert.Contains(warning.Message(), "A2");
    }

    [TestMethod]
    public void A_title_above_the_header_and_blank_label_rows_are_skipped()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Chung")
            .Texts(1, "THÔNG TIN CHUNG CỦA BÁO CÁO").Merge("A1:C1")
            .Texts(3, "Thông tin", "Giá trị")
            .Texts(4, "Ký hiệu", "BC/ĐU")
            .Texts(5, null, "giá trị không có nhãn")
            .Texts(6, "Địa danh", "Lục Bình");
        var info = Model.Read(builder).Record("chung");
        CollectionAssert.AreEqual(new[] { "ky_hieu", "dia_danh" }, info.Keys().ToArray());
        Assert.AreEqual(new Data.DataSource("Chung", 3), info.Source);
    }

    [TestMethod]
    public void A_sheet_whose_header_is_not_Thong_tin_Gia_tri_is_a_list()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "Thông tin", "Nội dung").Texts(2, "a", "b");
        Assert.HasCount(1, Model.Read(builder).List("s"));
    }
}
