using System.Text.Json;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

[TestClass]
public sealed class DataAndCheckCommandTests
{
    [TestMethod]
    public void Data_prints_the_model_as_json_with_iso_dates()
    {
        var run = CliRunner.InProcess("data", "--tracker", CliRunner.Sample);

        Assert.AreEqual(0, run.ExitCode, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var info = json.RootElement.GetProperty("thong_tin_chung");
        Assert.AreEqual("2024-06-20", info.GetProperty("ngay_ban_hanh").GetString());
        Assert.AreEqual("Đinh Thị Mỹ", info.GetProperty("nguoi_ky").GetString());
        Assert.IsGreaterThan(200, json.RootElement.GetProperty("van_ban_cung_cap").GetArrayLength());
    }

    [TestMethod]
    public void Check_passes_the_bundled_template_with_the_sample_tracker()
    {
        var run = CliRunner.InProcess("check", "--template", CliRunner.Template, "--tracker", CliRunner.Sample);

        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        StringAssert.Contains(run.Output, "Kết quả kiểm tra: 0 lỗi, 0 cảnh báo.");
    }

    [TestMethod]
    public void Check_reports_fields_the_data_lacks()
    {
        var folder = RepoPaths.NewTempFolder();
        var template = Path.Combine(folder, "mau.docx");
        File.WriteAllBytes(template, WordFixture.Create(WordFixture.P("{{ thong_tin_chung.nguoi_kyy }}")));

        var run = CliRunner.InProcess("check", "--template", template, "--tracker", CliRunner.Sample);

        Assert.AreEqual(0, run.ExitCode, "a missing field is a warning");
        StringAssert.Contains(run.Output, "thong_tin_chung.nguoi_kyy");
        StringAssert.Contains(run.Output, "Có phải ý bạn là «nguoi_ky»?");
        StringAssert.Contains(run.Output, "thân văn bản, đoạn 1");
        StringAssert.Contains(run.Output, "1 cảnh báo");
    }

    [TestMethod]
    public void Check_lists_a_charts_problems_with_the_chart_and_its_place()
    {
        var folder = RepoPaths.NewTempFolder();
        var wrongTag = Path.Combine(folder, "sai-the.docx");
        File.WriteAllBytes(wrongTag, ChartFixture.Create(WordFixture.P("Biểu đồ:") + "<w:p>CHART</w:p>", "column", "{{ tuyen_truyen | chart: category: \"thon\" }}"));
        var wrongField = Path.Combine(folder, "sai-truong.docx");
        File.WriteAllBytes(wrongField, ChartFixture.Create(WordFixture.P("Biểu đồ:") + "<w:p>CHART</w:p>", "column",
            "{{ tuyen_truyen | group_by: \"thon\" | chart: values: \"so_nguoi_tham_duu\" }}"));

        var error = CliRunner.InProcess("check", "--template", wrongTag);
        var warning = CliRunner.InProcess("check", "--template", wrongField, "--tracker", CliRunner.Sample);

        Assert.AreEqual(1, error.ExitCode, error.Output);
        StringAssert.Contains(error.Output, "TPL017");
        StringAssert.Contains(error.Output, "Biểu đồ «Biểu đồ 1»");
        StringAssert.Contains(error.Output, "thân văn bản, đoạn 2:");
        Assert.AreEqual(0, warning.ExitCode, warning.Output);
        StringAssert.Contains(warning.Output, "TPL021");
        StringAssert.Contains(warning.Output, "Có phải ý bạn là «so_nguoi_tham_du»?");
    }

    [TestMethod]
    public void Init_tracker_writes_a_blank_tracker_and_never_overwrites()
    {
        var target = Path.Combine(RepoPaths.NewTempFolder(), "so-moi.xlsx");

        var first = CliRunner.InProcess("init-tracker", "--out", target);
        var bytes = File.ReadAllBytes(target);
        var second = CliRunner.InProcess("init-tracker", "--out", target);

        Assert.AreEqual(0, first.ExitCode, first.Error);
        Assert.AreEqual(1, second.ExitCode);
        CollectionAssert.AreEqual(bytes, File.ReadAllBytes(target));
    }
}
