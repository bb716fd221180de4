using LucBinh.Docs.Text;

namespace LucBinh.Docs.Core.Tests;

[TestClass]
public sealed class NameFoldingTests
{
    [TestMethod]
    [DataRow("Văn bản cung cấp", "van_ban_cung_cap")]
    [DataRow("Số người tham dự", "so_nguoi_tham_du")]
    [DataRow("Đảng ủy xã", "dang_uy_xa")]
    [DataRow("  Ngày  (dd/mm/yyyy) ", "ngay_dd_mm_yyyy")]
    [DataRow("STT", "stt")]
    public void Folds_labels_to_snake_case_ascii(string label, string expected) =>
        Assert.AreEqual(expected, NameFolding.ToKey(label));

    [TestMethod]
    public void Decomposed_text_folds_like_composed_text() =>
        Assert.AreEqual(NameFolding.ToKey("Thông tin chung"), NameFolding.ToKey("Thông tin chung".Normalize(System.Text.NormalizationForm.FormD)));
}
