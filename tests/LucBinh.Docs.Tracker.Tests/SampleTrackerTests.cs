using LucBinh.Docs.Data;
using LucBinh.Docs.SampleTrackers;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// The committed sample tracker (templates/samples/so-theo-doi-6-thang-dau-2024.xlsx) read back: every number of the seed
/// report can be computed from its rows.
/// </summary>
[TestClass]
public sealed class SampleTrackerTests
{
    private static readonly Lazy<TrackerReadResult> Sample = new(() => TrackerReader.Read(TestFiles.SampleTracker));

    private static DataRecord Data => Sample.Value.Data;

    private static bool InPeriod(object? value) =>
        value is DateOnly d && d >= SampleTrackerData.PeriodStart && d <= SampleTrackerData.PeriodEnd;

    private static List<DataRecord> Provided(string agency, string type) =>
    [
        .. Sample.Value.List("van_ban_cung_cap").Rows()
            .Where(r => (string?)r["co_quan_cung_cap"] == agency && (string?)r["loai_van_ban"] == type && InPeriod(r["ngay_cung_cap"])),
    ];

    [TestMethod]
    public void Reads_without_diagnostics_with_sheets_and_tables_in_workbook_order()
    {
        Model.AssertNoDiagnostics(Sample.Value);
        CollectionAssert.AreEqual(
            new[]
            {
                "thong_tin_chung",
                "van_ban_can_cu", "VanBanCanCu",
                "van_ban_cung_cap", "VanBanCungCap",
                "tuyen_truyen", "TuyenTruyen",
                "du_luan", "DuLuan",
                "nhiem_vu", "NhiemVu",
                "noi_nhan", "NoiNhan",
            },
            Data.Keys().ToArray());
    }

    [TestMethod]
    public void Thong_tin_chung_is_an_object_with_typed_values()
    {
        var info = Sample.Value.Record("thong_tin_chung");
        Assert.AreEqual("Đinh Thị Mỹ", info["nguoi_ky"]);
        Assert.AreEqual("Đinh Thị Mỹ", info["Người ký"]);
        Assert.AreEqual("ĐẢNG BỘ HUYỆN BẠCH THÔNG", info["cap_tren_truc_tiep"]);
        Assert.AreEqual("BC/ĐU", info["ky_hieu"]);
        Assert.IsTrue(info.ContainsKey("so_van_ban"));
        Assert.IsNull(info["so_van_ban"]);
        Assert.AreEqual(new DateOnly(2024, 6, 20), info["ngay_ban_hanh"]);
        Assert.AreEqual(new DateOnly(2024, 1, 1), info["tu_ngay"]);
        Assert.AreEqual(new DateOnly(2024, 6, 30), info["den_ngay"]);
        Assert.AreEqual(2024m, info["nam"]);
        Assert.AreEqual("6 tháng cuối năm 2024", info["ky_tiep_theo"]);
        Assert.AreEqual(21, info.Count);
    }

    [TestMethod]
    public void Provided_documents_in_the_period_match_the_report_4_resolutions_120_decisions_87_plans()
    {
        Assert.HasCount(4, Provided("HĐND", "Nghị quyết"));
        Assert.HasCount(120, Provided("UBND", "Quyết định"));
        Assert.HasCount(87, Provided("UBND", "Kế hoạch"));
        var all = Sample.Value.List("van_ban_cung_cap").Rows().ToList();
        Assert.IsTrue(all.Where(r => InPeriod(r["ngay_cung_cap"])).All(r => (string?)r["hinh_thuc_gui"] == "Bản điện tử"));
    }

    [TestMethod]
    public void Rows_outside_the_period_exist_so_that_filtering_by_period_matters()
    {
        var outside = Sample.Value.List("van_ban_cung_cap").Rows().Where(r => !InPeriod(r["ngay_cung_cap"])).ToList();
        Assert.HasCount(3, outside.Where(r => ((DateOnly)r["ngay_cung_cap"]!).Year == 2023));
        Assert.HasCount(2, outside.Where(r => ((DateOnly)r["ngay_cung_cap"]!) > SampleTrackerData.PeriodEnd));
        Assert.IsTrue(outside.All(r => (string?)r["loai_van_ban"] == "Quyết định" && (string?)r["co_quan_cung_cap"] == "UBND"));
    }

    [TestMethod]
    public void The_two_resolutions_mentioned_in_the_report_come_in_report_order()
    {
        var mentioned = Provided("HĐND", "Nghị quyết").Where(r => (string?)r["neu_trong_bao_cao"] == "Có").Select(r => r["trich_yeu"]).ToArray();
        CollectionAssert.AreEqual(
            new object[] { "Nghị quyết phát triển kinh tế xã hội, Quốc phòng an ninh năm 2024", "Nghị Quyết thu, chi, phân bổ ngân sách xã năm 2024" },
            mentioned);
    }

    [TestMethod]
    public void Provided_documents_are_numbered_sensibly()
    {
        var rows = Sample.Value.List("van_ban_cung_cap").Rows().ToList();
        CollectionAssert.AreEqual(Enumerable.Range(1, rows.Count).Select(i => (object)(decimal)i).ToArray(), rows.Select(r => r["stt"]).ToArray());
        foreach (var row in rows)
        {
            var issued = (DateOnly)row["ngay_ban_hanh"]!;
            var provided = (DateOnly)row["ngay_cung_cap"]!;
            Assert.IsTrue(issued <= provided && provided.DayNumber - issued.DayNumber <= 9, $"row {row.Source}: {issued} → {provided}");
        }

        foreach (var suffix in new[] { "QĐ-UBND", "KH-UBND", "NQ-HĐND" })
        {
            var documents = rows.Where(r => InPeriod(r["ngay_cung_cap"]) && ((string)r["so_ky_hieu"]!).EndsWith(suffix, StringComparison.Ordinal))
                .Select(r => (Number: int.Parse(((string)r["so_ky_hieu"]!).Split('/')[0], System.Globalization.CultureInfo.InvariantCulture), Issued: (DateOnly)r["ngay_ban_hanh"]!))
                .OrderBy(d => d.Number)
                .ToList();
            var numbers = documents.Select(d => d.Number).ToList();
            var dates = documents.Select(d => d.Issued).ToList();
            CollectionAssert.AreEqual(dates.Order().ToList(), dates, suffix + " numbers ascend with the issue date");
            Assert.AreEqual(numbers.Count, numbers.Distinct().Count(), suffix + " numbers are unique");
        }
    }

    [TestMethod]
    public void Legal_education_sessions_in_the_period_are_4_in_4_villages_with_214_people()
    {
        var sessions = Sample.Value.List("tuyen_truyen").Rows()
            .Where(r => (string?)r["hinh_thuc"] == "Phổ biến giáo dục pháp luật" && InPeriod(r["ngay"]))
            .ToList();
        Assert.HasCount(4, sessions);
        Assert.AreEqual(4, sessions.Select(r => r["thon"]).Distinct().Count());
        Assert.AreEqual(214m, sessions.Sum(r => (decimal)r["so_nguoi_tham_du"]!));
        Assert.HasCount(7, Sample.Value.List("tuyen_truyen"));
    }

    [TestMethod]
    public void Basis_documents_concerns_tasks_and_recipients_are_as_in_the_report()
    {
        var basis = Sample.Value.List("van_ban_can_cu");
        Assert.HasCount(6, basis);
        Assert.AreEqual("256-CV/BTGHU", basis.Row(0)["so_ky_hieu"]);
        Assert.AreEqual(new DateOnly(2021, 4, 22), basis.Row(1)["ngay_ban_hanh"]);
        Assert.IsNull(basis.Row(1)["dan_chieu"]);
        Assert.AreEqual("của Ban Chấp hành Đảng bộ xã (khoá XX) về nhiệm vụ năm 2024", basis.Row(3)["dan_chieu"]);

        var concerns = Sample.Value.List("du_luan");
        Assert.HasCount(2, concerns);
        Assert.AreEqual("Cộng tác viên dư luận xã hội", concerns.Row(1)["nguon"]);

        var tasks = Sample.Value.List("nhiem_vu");
        CollectionAssert.AreEqual(SampleTrackerData.TaskTexts.ToArray(), tasks.Rows().Select(r => (string)r["noi_dung"]!).ToArray());
        StringAssert.EndsWith((string)tasks.Row(4)["noi_dung"]!, "trong 6 tháng cuối năm 2024. Xây dựng kế hoạch phối hợp thực hiện nhiệm vụ năm 2025.");

        var recipients = Sample.Value.List("noi_nhan");
        Assert.HasCount(7, recipients);
        Assert.AreEqual("Lưu Đảng ủy", recipients.Row(0)["noi_nhan"]);
        Assert.AreEqual("Bản giấy", recipients.Row(0)["hinh_thuc_gui"]);
        Assert.AreEqual(6, recipients.Rows().Count(r => (string?)r["hinh_thuc_gui"] == "Bản điện tử"));
    }

    [TestMethod]
    public void Rows_keep_their_sheet_and_row_number()
    {
        var provided = Sample.Value.List("van_ban_cung_cap");
        Assert.AreEqual(new DataSource("Văn bản cung cấp", 2), provided.Row(0).Source);
        Assert.AreEqual(new DataSource("Văn bản cung cấp", provided.Count + 1), provided.Row(provided.Count - 1).Source);
        Assert.AreEqual(new DataSource("Nơi nhận", 8), Sample.Value.List("noi_nhan").Row(6).Source);
    }

    [TestMethod]
    public void The_file_reads_back_exactly_the_data_it_was_written_from()
    {
        var expected = SampleTrackerData.Build();
        foreach (var field in expected.Fields)
        {
            Assert.AreEqual(
                DataJson.Serialize(new DataRecord().Set("x", field.Value)),
                DataJson.Serialize(new DataRecord().Set("x", Data[field.Key])),
                field.Key);
        }
    }

    [TestMethod]
    public void The_committed_file_is_what_the_generator_writes_now()
    {
        using var fresh = new MemoryStream();
        TrackerWorkbook.Write(fresh, SampleTrackerData.Build());
        CollectionAssert.AreEqual(
            File.ReadAllBytes(TestFiles.SampleTracker),
            fresh.ToArray(),
            "Run: dotnet run --project tools/LucBinh.Docs.SampleTrackers -- <repoRoot>, and commit the .xlsx files.");
    }
}
