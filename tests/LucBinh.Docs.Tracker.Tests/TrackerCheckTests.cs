using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.SampleTrackers;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary><c>lucbinh-docs check --tracker</c>: every problem of a tracker against the committee's layout, with sheet and cell.</summary>
[TestClass]
public sealed class TrackerCheckTests
{
    private static TrackerReadResult CheckData(DataRecord data)
    {
        using var stream = new MemoryStream();
        TrackerWorkbook.Write(stream, data);
        return TrackerCheck.Check(stream.ToArray(), "so-theo-doi.xlsx");
    }

    private static DataRecord Provided(decimal stt, string agency, string type, string number, DateOnly? issued, DateOnly? provided) =>
        new DataRecord()
            .Set("stt", stt)
            .Set("co_quan_cung_cap", agency)
            .Set("loai_van_ban", type)
            .Set("so_ky_hieu", number)
            .Set("ngay_ban_hanh", issued)
            .Set("trich_yeu", "Về việc thử")
            .Set("ngay_cung_cap", provided)
            .Set("hinh_thuc_gui", "Bản điện tử")
            .Set("neu_trong_bao_cao", null);

    private static DataRecord SampleWith(Action<DataRecord> change)
    {
        var data = SampleTrackerData.Build();
        change(data);
        return data;
    }

    private static List<string> Problems(TrackerReadResult result) =>
        [.. result.Diagnostics.Select(d => d.Code + "@" + (d.Location as SheetLocation)?.Cell)];

    [TestMethod]
    public void The_sample_tracker_has_no_problem()
    {
        var result = TrackerCheck.Check(TestFiles.SampleTracker);
        Model.AssertNoDiagnostics(result);
        Assert.HasCount(216, result.List("van_ban_cung_cap"));
    }

    [TestMethod]
    public void A_blank_tracker_asks_for_the_required_general_information()
    {
        using var stream = new MemoryStream();
        BlankTracker.Write(stream);
        var result = TrackerCheck.Check(stream.ToArray(), "moi.xlsx");
        var missing = result.Diagnostics.Where(d => d.Code == "TRK031").ToList();
        Assert.HasCount(18, missing, Model.Describe(result));
        Assert.AreEqual(result.Diagnostics.Count, missing.Count);
        var signer = missing.Single(d => d.Message().Contains("«Người ký»", StringComparison.Ordinal));
        signer.AssertAt("Thông tin chung", "B21");
        Assert.IsTrue(signer.IsError);
    }

    [TestMethod]
    public void Wrong_types_empty_required_cells_and_values_outside_the_lists_are_reported_at_their_cells()
    {
        var result = CheckData(SampleWith(data =>
        {
            var provided = (DataList)data["van_ban_cung_cap"]!;
            provided.Clear();
            provided.Add(Provided(1, "HĐNĐ", "Quyết định", "15/QĐ-UBND", new(2024, 1, 9), new(2024, 1, 10)));
            provided.Add(Provided(2, "UBND", "Quyết định", "16/QĐ-UBND", new(2024, 1, 9), null));
            var sessions = (DataList)data["tuyen_truyen"]!;
            ((DataRecord)sessions[0]!).Set("so_nguoi_tham_du", "năm mươi");
        }));
        var problems = Problems(result);
        Assert.Contains("TRK032@B2", problems, Model.Describe(result));
        Assert.Contains("TRK031@G3", problems, Model.Describe(result));
        Assert.Contains("TRK030@F2", problems, Model.Describe(result));
        var outside = result.Diagnostics.Single(d => d.Code == "TRK032");
        Assert.IsTrue(outside.IsError);
        StringAssert.Contains(outside.Message(), "Có phải «HĐND»?");
        StringAssert.Contains(outside.Message(UiLanguage.English), "Did you mean 'HĐND'?");
        StringAssert.Contains(result.Diagnostics.Single(d => d.Code == "TRK030").Message(), "một số");
        Assert.HasCount(3, result.Diagnostics, Model.Describe(result));
    }

    [TestMethod]
    public void Duplicate_numbers_impossible_dates_and_mistyped_years_are_warnings()
    {
        var result = CheckData(SampleWith(data =>
        {
            var provided = (DataList)data["van_ban_cung_cap"]!;
            provided.Clear();
            provided.Add(Provided(1, "UBND", "Quyết định", "15/QĐ-UBND", new(2024, 1, 9), new(2024, 1, 10)));
            provided.Add(Provided(2, "UBND", "Quyết định", "15/QĐ-UBND", new(2024, 1, 9), new(2024, 1, 11)));
            provided.Add(Provided(3, "UBND", "Quyết định", "15/QĐ-UBND", new(2023, 1, 9), new(2023, 1, 11)));
            provided.Add(Provided(4, "UBND", "Kế hoạch", "20/KH-UBND", new(2024, 2, 10), new(2024, 2, 5)));
            provided.Add(Provided(5, "UBND", "Kế hoạch", "21/KH-UBND", new(2024, 3, 1), new(2042, 3, 1)));
        }));
        var problems = Problems(result);
        CollectionAssert.AreEquivalent(new[] { "TRK033@D3", "TRK034@G5", "TRK035@G6" }, problems, Model.Describe(result));
        Assert.IsTrue(result.Diagnostics.All(d => d.Severity == DiagnosticSeverity.Warning));
        StringAssert.Contains(result.Diagnostics.Single(d => d.Code == "TRK033").Message(), "hàng 2");
    }

    [TestMethod]
    public void A_reversed_period_is_an_error()
    {
        var result = CheckData(SampleWith(data =>
        {
            var info = (DataRecord)data["thong_tin_chung"]!;
            info.Set("tu_ngay", new DateOnly(2024, 6, 30)).Set("den_ngay", new DateOnly(2024, 1, 1));
        }));
        var error = result.Single("TRK036");
        error.AssertAt("Thông tin chung", "B10");
        StringAssert.Contains(error.Message(), "30/06/2024");
    }

    [TestMethod]
    public void Text_in_a_date_column_is_reported_once()
    {
        var result = CheckData(SampleWith(data =>
            ((DataRecord)((DataList)data["du_luan"]!)[0]!).Set("ngay_ghi_nhan", "giữa tháng 2")));
        CollectionAssert.AreEqual(new[] { "TRK017@B2" }, Problems(result).ToArray(), Model.Describe(result));
    }

    [TestMethod]
    public void Missing_sheets_of_the_layout_are_reported()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Nhiệm vụ").Texts(1, "STT", "Nội dung").Texts(2, "1", "Việc một").Table("NhiemVu", "A1:B2", "STT", "Nội dung");
        var result = TrackerCheck.Check(builder.Build(), "thieu.xlsx");
        var missing = result.Diagnostics.Where(d => d.Code == "TRK037").Select(d => ((SheetLocation)d.Location!).Sheet).ToArray();
        CollectionAssert.AreEqual(new[] { "Thông tin chung", "Văn bản căn cứ", "Văn bản cung cấp", "Tuyên truyền", "Dư luận", "Nơi nhận" }, missing);
        Assert.Contains("TRK030@A2", Problems(result), "STT typed as text is not a number");
    }

    [TestMethod]
    public void Checking_20000_rows_of_long_wrong_values_lists_each_kind_20_times_and_suggests_nothing_costly()
    {
        var builder = new XlsxBuilder();
        var wrong = builder.SharedString("Chỉ đạo " + new string('x', 2_000));
        var sheet = builder.Sheet("Văn bản căn cứ").Texts(1, "STT", "Vai trò", "Số ký hiệu");
        for (var r = 2; r <= 20_001; r++)
        {
            var n = r.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sheet.Row(r, Cell.Num("A" + n, n), Cell.Shared("B" + n, wrong), Cell.Str("C" + n, n + "/QĐ"));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = TrackerCheck.Check(builder.Build(), "dai.xlsx");
        clock.Stop();
        var listed = result.Diagnostics.Where(d => d.Code == "TRK032").ToList();
        Assert.HasCount(20, listed);
        var counted = result.Diagnostics.Single(d => d.Code == "TRK024" && (string)d.Arguments[1]! == "TRK032");
        Assert.AreEqual(20_000 - 20, counted.Arguments[0]);
        Assert.IsLessThan(TimeSpan.FromSeconds(10), clock.Elapsed, clock.Elapsed.ToString());
    }
}
