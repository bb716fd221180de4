using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// A tracker as staff really keep it: a logo, a merged title, blank lines, text dates, decomposed (NFD) and TCVN3 text,
/// a running number computed by a formula with no stored result, a filtered-out row and a total line.
/// </summary>
[TestClass]
public sealed class RealLookingTrackerTests
{
    private static byte[] Messy()
    {
        var builder = new XlsxBuilder();
        var nfd = "Luật đất đai sửa đổi".Normalize(System.Text.NormalizationForm.FormD);
        var tcvn = builder.SharedString("Th«n B¶n Chang");
        builder.Sheet("Tuyên truyền")
            .Picture()
            .Texts(1, null, "ĐẢNG ỦY XÃ LỤC BÌNH").Merge("B1:F1")
            .Texts(2, null, "SỔ THEO DÕI TUYÊN TRUYỀN NĂM 2024").Merge("B2:F2")
            .Texts(4, "STT", "Ngày", "Thôn", "Hình thức", "Nội dung", "Số người\ntham dự")
            .Row(5, Cell.Num("A5", "1"), Cell.Date("B5", new(2024, 1, 18)), Cell.Str("C5", "Thôn Khuổi Chủ"), Cell.Str("D5", "Phổ biến giáo dục pháp luật"), Cell.Str("E5", "Luật xử lý vi phạm hành chính"), Cell.Num("F5", "52"))
            .Row(6, Cell.Formula("A6", "A5+1", null), Cell.Str("B6", "7/3/2024"), Cell.Str("C6", "Thôn Nà Pài"), Cell.Str("D6", "Phổ biến giáo dục pháp luật"), Cell.Str("E6", nfd), Cell.Num("F6", "61"))
            .Row(8, Cell.Formula("A8", "A6+1", null), Cell.Date("B8", new(2024, 3, 12)), Cell.Shared("C8", tcvn), Cell.Str("D8", "Sinh hoạt chi bộ"), Cell.Str("E8", "Nghị quyết Hội nghị Trung ương 8 khóa XIII"), Cell.Num("F8", "28"))
            .Row(9, hidden: true, Cell.Formula("A9", "A8+1", null), Cell.Date("B9", new(2024, 4, 16)), Cell.Str("C9", "Thôn Nà Lẹng"), Cell.Str("D9", "Họp thôn"), Cell.Str("E9", "Phòng chống cháy rừng"), Cell.Num("F9", "48"))
            .Row(10, Cell.Str("A10", "Tổng cộng"), Cell.Formula("F10", "SUBTOTAL(9,F5:F9)", "141"))
            .Merge("A10:E10")
            .AutoFilter("A4:F9", active: true);
        return builder.Build();
    }

    [TestMethod]
    public void The_messy_tracker_reads_into_the_expected_model()
    {
        var result = TrackerReader.Read(Messy(), "so-theo-doi-cu.xlsx");
        var rows = result.List("tuyen_truyen");
        Assert.HasCount(4, rows, Model.Describe(result));
        CollectionAssert.AreEqual(new[] { "stt", "ngay", "thon", "hinh_thuc", "noi_dung", "so_nguoi_tham_du" }, rows.Row(0).Keys().ToArray());
        CollectionAssert.AreEqual(new object[] { 1m, 2m, 3m, 4m }, rows.Rows().Select(r => r["stt"]).ToArray(), "formulas without a stored result are computed");
        CollectionAssert.AreEqual(
            new object[] { new DateOnly(2024, 1, 18), new DateOnly(2024, 3, 7), new DateOnly(2024, 3, 12), new DateOnly(2024, 4, 16) },
            rows.Rows().Select(r => r["ngay"]).ToArray(),
            "the text date 7/3/2024 is a date");
        Assert.AreEqual("Luật đất đai sửa đổi", rows.Row(1)["noi_dung"], "NFD text is NFC");
        Assert.AreEqual("Thôn Bản Chang", rows.Row(2)["thon"], "TCVN3 text is Unicode");
        Assert.AreEqual(189m, rows.Rows().Sum(r => (decimal)r["Số người tham dự"]!));
        CollectionAssert.AreEqual(new[] { 5, 6, 8, 9 }, rows.Rows().Select(r => r.Source!.Row).ToArray());
        Assert.AreEqual("TRK023", result.Diagnostics.Single().Code, Model.Describe(result));
    }

    [TestMethod]
    public void Skipping_rows_hidden_by_the_filter_leaves_the_visible_ones()
    {
        var result = TrackerReader.Read(Messy(), "so-theo-doi-cu.xlsx", new TrackerReadOptions { SkipRowsHiddenByFilter = true });
        CollectionAssert.AreEqual(new[] { 5, 6, 8 }, result.List("tuyen_truyen").Rows().Select(r => r.Source!.Row).ToArray());
    }

    [TestMethod]
    public void The_messy_tracker_really_holds_a_picture()
    {
        // ClosedXML 0.95 cannot open such a workbook on Linux (System.Drawing); the reader does not need to.
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(Messy()), false);
        var drawing = document.WorkbookPart!.WorksheetParts.Single().DrawingsPart!;
        Assert.HasCount(1, drawing.ImageParts);
    }

    [TestMethod]
    public void The_sample_saved_by_LibreOffice_Calc_reads_into_the_same_model()
    {
        // Trackers/so-theo-doi-libreoffice.xlsx: the sample tracker opened and saved again by LibreOffice Calc 7.4
        // (soffice --convert-to xlsx), whose files differ in many ways from Excel's and ClosedXML's.
        var saved = TrackerReader.Read(Path.Combine(TestFiles.RepoRoot, "tests", "LucBinh.Docs.Tracker.Tests", "Trackers", "so-theo-doi-libreoffice.xlsx"));
        Model.AssertNoDiagnostics(saved);
        var original = TrackerReader.Read(TestFiles.SampleTracker);
        CollectionAssert.AreEqual(original.Data.Keys().ToArray(), saved.Data.Keys().ToArray());
        Assert.AreEqual(DataJson.Serialize(original.Data), DataJson.Serialize(saved.Data));
    }
}
