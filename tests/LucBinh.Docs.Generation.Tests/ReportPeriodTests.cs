using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Generation.Tests;

[TestClass]
public sealed class ReportPeriodTests
{
    [TestMethod]
    [DataRow("2025-06", "2025-06-01", "2025-06-30", "tháng 6 năm 2025", "tháng 7 năm 2025")]
    [DataRow("2025-1", "2025-01-01", "2025-01-31", "tháng 01 năm 2025", "tháng 02 năm 2025")]
    [DataRow("2025-Q2", "2025-04-01", "2025-06-30", "quý II năm 2025", "quý III năm 2025")]
    [DataRow("2025-q4", "2025-10-01", "2025-12-31", "quý IV năm 2025", "quý I năm 2026")]
    [DataRow("2025-H1", "2025-01-01", "2025-06-30", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025")]
    [DataRow("2025-H2", "2025-07-01", "2025-12-31", "6 tháng cuối năm 2025", "6 tháng đầu năm 2026")]
    [DataRow("2025-9T", "2025-01-01", "2025-09-30", "9 tháng đầu năm 2025", "3 tháng cuối năm 2025")]
    [DataRow("2025", "2025-01-01", "2025-12-31", "năm 2025", "năm 2026")]
    [DataRow(" 01/03/2025 - 15/5/2025 ", "2025-03-01", "2025-05-15", "từ ngày 01/3/2025 đến ngày 15/5/2025", null)]
    public void Specs_give_dates_and_names(string spec, string from, string to, string label, string? next)
    {
        var period = ReportPeriod.Parse(spec);

        Assert.AreEqual(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.AreEqual(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
        Assert.AreEqual(label, period.Label);
        Assert.AreEqual(next, period.NextLabel);
    }

    [TestMethod]
    [DataRow("2025-13")]
    [DataRow("2025-Q5")]
    [DataRow("2025-H3")]
    [DataRow("25")]
    [DataRow("30/06/2025-01/01/2025")]
    [DataRow("")]
    public void Invalid_specs_are_GEN002(string spec)
    {
        var e = Assert.ThrowsExactly<LucBinhException>(() => ReportPeriod.Parse(spec));
        Assert.AreEqual("GEN002", e.Diagnostics[0].Code);
    }

    [TestMethod]
    public void Apply_sets_the_tracker_fields()
    {
        var info = new DataRecord().Set("ky_bao_cao", "6 tháng đầu năm 2024").Set("ky_tiep_theo", "6 tháng cuối năm 2024")
            .Set("ten_tep_bao_cao", "Báo cáo phối hợp 6 tháng đầu năm 2024");
        var data = new DataRecord().Set(LucBinh.Docs.Tracker.Schema.TrackerKeys.Info, info, LucBinh.Docs.Tracker.Schema.TrackerKeys.InfoSheet);

        ReportPeriod.Parse("2025-Q3").ApplyTo(data);

        Assert.AreEqual("quý III năm 2025", info["ky_bao_cao"]);
        Assert.AreEqual(new DateOnly(2025, 7, 1), info["tu_ngay"]);
        Assert.AreEqual(new DateOnly(2025, 9, 30), info["den_ngay"]);
        Assert.AreEqual(2025m, info["nam"]);
        Assert.AreEqual("quý IV năm 2025", info["ky_tiep_theo"]);
        Assert.AreEqual("Báo cáo phối hợp quý III năm 2025", info["ten_tep_bao_cao"]);
    }

    [TestMethod]
    public void Generate_with_a_period_writes_its_name()
    {
        var folder = Directory.CreateTempSubdirectory("lucbinh-period-").FullName;
        try
        {
            var result = ReportGenerator.Generate(new ReportRequest
            {
                TemplatePath = TestSupport.RepoPaths.ReportTemplate,
                TrackerPath = TestSupport.RepoPaths.SampleTracker,
                OutputPath = Path.Combine(folder, "r.docx"),
                Period = ReportPeriod.Parse("2024-9T"),
            });

            var text = TestSupport.WordText.Body(File.ReadAllBytes(result.OutputPath));
            StringAssert.Contains(text, "9 tháng đầu năm 2024");
            StringAssert.Contains(text, "3 THÁNG CUỐI NĂM 2024");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
