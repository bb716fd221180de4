using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

[TestClass]
public sealed class GenerateCommandTests
{
    [TestMethod]
    public void Generate_without_arguments_uses_the_bundled_sample_and_writes_into_out()
    {
        var folder = RepoPaths.NewTempFolder();

        var run = CliRunner.AsProcess(folder, "generate");

        Assert.AreEqual(0, run.ExitCode, run.Error);
        var report = Path.Combine(folder, "out", "Báo cáo phối hợp 6 tháng đầu năm 2024.docx");
        Assert.IsTrue(File.Exists(report), run.Output);
        StringAssert.Contains(run.Output, "Đã tạo báo cáo: " + report);
        StringAssert.Contains(WordText.Body(File.ReadAllBytes(report)), "UBND xã đã cung cấp 120 Quyết định, 87 Kế hoạch");
    }

    [TestMethod]
    public void A_missing_tracker_gives_one_vietnamese_line_and_exit_code_1()
    {
        var missing = Path.Combine(RepoPaths.NewTempFolder(), "khong-co.xlsx");

        var run = CliRunner.InProcess("generate", "--tracker", missing);

        Assert.AreEqual(1, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(1, lines, run.Error);
        StringAssert.Contains(lines[0], "Không tìm thấy tệp «" + missing + "»");
        Assert.DoesNotContain(" at ", run.Error, "no stack trace");
    }

    [TestMethod]
    public void English_is_given_on_request()
    {
        var missing = Path.Combine(RepoPaths.NewTempFolder(), "none.docx");

        var run = CliRunner.InProcess("generate", "--template", missing, "--lang", "en");

        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, $"File '{missing}' was not found");
    }

    [TestMethod]
    public void A_template_with_errors_lists_them_all_and_writes_nothing()
    {
        var folder = RepoPaths.NewTempFolder();
        var template = Path.Combine(folder, "hong.docx");
        File.WriteAllBytes(template, WordFixture.Create(WordFixture.P("{% for x in ds %}") + WordFixture.P("{{ x | khong_co }}")));

        var run = CliRunner.InProcess("generate", "--template", template, "--tracker", CliRunner.Sample, "--out", Path.Combine(folder, "out"));

        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, "TPL003");
        StringAssert.Contains(run.Error, "TPL011");
        StringAssert.Contains(run.Error, "thân văn bản, đoạn 2");
        Assert.IsFalse(Directory.Exists(Path.Combine(folder, "out")));
    }

    [TestMethod]
    public void Generate_from_json_data_to_a_named_file()
    {
        var folder = RepoPaths.NewTempFolder();
        var json = Path.Combine(folder, "du-lieu.json");
        Assert.AreEqual(0, CliRunner.InProcess("data", "--tracker", CliRunner.Sample, "--out", json).ExitCode);
        var output = Path.Combine(folder, "bao-cao.docx");

        var run = CliRunner.InProcess("generate", "--data", json, "--template", CliRunner.Template, "--out", output);

        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(WordText.Body(File.ReadAllBytes(output)), "thu hút 214 người tham dự");
    }
}
