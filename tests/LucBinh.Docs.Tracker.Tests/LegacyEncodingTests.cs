using LucBinh.Docs.Tracker.Reading;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>Text typed in the legacy TCVN3 (ABC, ".VnTime") or VNI encodings is converted to Unicode with a warning.</summary>
[TestClass]
public sealed class LegacyEncodingTests
{
    [TestMethod]
    [DataRow("§¶ng ñy x· Lôc B×nh", "Đảng ủy xã Lục Bình")]
    [DataRow("Th«n Nµ P¸i", "Thôn Nà Pái")]
    [DataRow("B¸o c¸o kÕt qu¶ thùc hiÖn", "Báo cáo kết quả thực hiện")]
    [DataRow("thuû lîi", "thuỷ lợi")]
    public void Tcvn3_text_is_converted(string legacy, string unicode)
    {
        Assert.AreEqual(LegacyEncoding.Tcvn3, LegacyVietnamese.TryConvert(legacy, out var converted));
        Assert.AreEqual(unicode, converted);
    }

    [TestMethod]
    [DataRow("Xin chaøo caùc baïn", "Xin chào các bạn")]
    [DataRow("Ñaûng uûy xaõ Luïc Bình", "Đảng ủy xã Lục Bình")]
    [DataRow("Thoân Naø Paøi", "Thôn Nà Pài")]
    [DataRow("Möôøng Khöông", "Mường Khương")]
    public void Vni_text_is_converted(string legacy, string unicode)
    {
        Assert.AreEqual(LegacyEncoding.Vni, LegacyVietnamese.TryConvert(legacy, out var converted));
        Assert.AreEqual(unicode, converted);
    }

    [TestMethod]
    [DataRow("Đảng ủy xã Lục Bình")]
    [DataRow("Hoà Bình")]
    [DataRow("khoá học")]
    [DataRow("Thôn Nà Pài")]
    [DataRow("05/NQ-HĐND")]
    [DataRow("25°C, 3 × 4")]
    [DataRow("plain ASCII text")]
    public void Unicode_and_plain_text_are_left_alone(string text)
    {
        Assert.AreEqual(LegacyEncoding.None, LegacyVietnamese.TryConvert(text, out var converted));
        Assert.AreEqual(text, converted);
    }

    [TestMethod]
    public void A_legacy_cell_in_a_tracker_is_converted_with_a_warning_naming_the_cell()
    {
        var builder = new XlsxBuilder();
        var legacy = builder.SharedString("§¶ng ñy x· Lôc B×nh");
        builder.Sheet("Nơi nhận").Texts(1, "STT", "Nơi nhận").Row(2, Cell.Num("A2", "1"), Cell.Shared("B2", legacy));
        var result = Model.Read(builder);
        Assert.AreEqual("Đảng ủy xã Lục Bình", result.List("noi_nhan").Row(0)["noi_nhan"]);
        var warning = result.Single("TRK023");
        warning.AssertAt("Nơi nhận", "B2");
        StringAssert.Contains(warning.Message(), "TCVN3");
        StringAssert.Contains(warning.Message(), "Đảng ủy xã Lục Bình");
    }
}
