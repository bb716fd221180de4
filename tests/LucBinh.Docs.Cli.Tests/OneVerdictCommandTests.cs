using ClosedXML.Excel;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

/// <summary>
/// <c>generate</c> and <c>check</c> give one verdict (issue 12): a tracker <c>check</c> refuses for a template is refused
/// by <c>generate</c> with the same message, and what the template does not use blocks neither.
/// </summary>
[TestClass]
public sealed class OneVerdictCommandTests
{
    [TestMethod]
    public void Generate_exits_1_where_check_exits_1_with_the_same_error_and_writes_nothing()
    {
        var folder = RepoPaths.NewTempFolder();
        var tracker = Path.Combine(folder, "so-thieu-nguoi-ky.xlsx");
        var cell = WriteWithoutSigner(tracker);
        var output = Path.Combine(folder, "out");

        var check = CliRunner.InProcess("check", "--template", CliRunner.Template, "--tracker", tracker);
        var generate = CliRunner.InProcess("generate", "--template", CliRunner.Template, "--tracker", tracker, "--out", output);

        Assert.AreEqual(1, check.ExitCode, check.Output);
        Assert.AreEqual(1, generate.ExitCode, generate.Output + generate.Error);
        var checkError = check.Output.Split('\n').Single(l => l.StartsWith("Lỗi ", StringComparison.Ordinal)).TrimEnd('\r');
        StringAssert.Contains(checkError, "TRK031");
        StringAssert.Contains(checkError, cell);
        StringAssert.Contains(generate.Error, checkError, "generate prints the line check prints");
        Assert.IsFalse(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(), "no report is written");
    }

    [TestMethod]
    public void A_template_that_does_not_use_the_blank_field_generates_and_checks_clean()
    {
        var folder = RepoPaths.NewTempFolder();
        var tracker = Path.Combine(folder, "so-thieu-nguoi-ky.xlsx");
        WriteWithoutSigner(tracker);
        var template = Path.Combine(folder, "mau.docx");
        File.WriteAllBytes(template, WordFixture.Create(WordFixture.P("{{ thong_tin_chung.ten_co_quan }}")));
        var output = Path.Combine(folder, "bao-cao.docx");

        var check = CliRunner.InProcess("check", "--template", template, "--tracker", tracker);
        var generate = CliRunner.InProcess("generate", "--template", template, "--tracker", tracker, "--out", output);
        var alone = CliRunner.InProcess("check", "--tracker", tracker);

        Assert.AreEqual(0, check.ExitCode, check.Output);
        Assert.AreEqual(0, generate.ExitCode, generate.Error);
        Assert.AreEqual("Đảng ủy xã Lục Bình", WordText.BodyParagraphs(File.ReadAllBytes(output)).Single());
        Assert.AreEqual(1, alone.ExitCode, "a tracker alone gets the full check: " + alone.Output);
        StringAssert.Contains(alone.Output, "TRK031");
    }

    [TestMethod]
    public void Generate_takes_last_years_tracker_as_a_second_tracker()
    {
        var folder = RepoPaths.NewTempFolder();
        var template = Path.Combine(folder, "mau.docx");
        File.WriteAllBytes(template, WordFixture.Create(WordFixture.P("{{ noi_nhan | size }} nơi nhận; {{ noi_nhan | map: \"tep_nguon\" | uniq | join: \", \" }}")));
        var output = Path.Combine(folder, "bao-cao.docx");

        var run = CliRunner.InProcess("generate", "--template", template, "--tracker", CliRunner.Sample, "--tracker", CliRunner.Sample, "--out", output);

        Assert.AreEqual(0, run.ExitCode, run.Error);
        var once = CliRunner.InProcess("data", "--tracker", CliRunner.Sample);
        var recipients = System.Text.Json.JsonDocument.Parse(once.Output).RootElement.GetProperty("noi_nhan").GetArrayLength();
        Assert.AreEqual($"{2 * recipients} nơi nhận; {Path.GetFileName(CliRunner.Sample)}", WordText.BodyParagraphs(File.ReadAllBytes(output)).Single());
    }

    [TestMethod]
    public void Check_takes_the_same_several_trackers_as_generate_and_reads_every_one()
    {
        var folder = RepoPaths.NewTempFolder();
        var template = Path.Combine(folder, "mau.docx");
        File.WriteAllBytes(template, WordFixture.Create(WordFixture.P("{{ noi_nhan | size }} nơi nhận")));
        var notABook = Path.Combine(folder, "so-nam-truoc.xlsx");
        File.WriteAllText(notABook, "không phải sổ Excel");

        var both = CliRunner.InProcess("check", "--template", template, "--tracker", CliRunner.Sample, "--tracker", CliRunner.Sample);
        var broken = CliRunner.InProcess("check", "--template", template, "--tracker", CliRunner.Sample, "--tracker", notABook);
        var generate = CliRunner.InProcess("generate", "--template", template, "--tracker", CliRunner.Sample, "--tracker", notABook, "--out", Path.Combine(folder, "out"));

        Assert.AreEqual(0, both.ExitCode, both.Output + both.Error);
        Assert.AreEqual(1, broken.ExitCode, "the second tracker is read too: " + broken.Output + broken.Error);
        StringAssert.Contains(broken.Output + broken.Error, "so-nam-truoc.xlsx", "the message names the book that cannot be read");
        Assert.AreEqual(1, generate.ExitCode, "generate refuses it as check does: " + generate.Output + generate.Error);
    }

    /// <summary>Writes the sample tracker with "Người ký" emptied; returns the emptied cell's address.</summary>
    private static string WriteWithoutSigner(string path)
    {
        using var workbook = new XLWorkbook(CliRunner.Sample);
        var value = workbook.Worksheet("Thông tin chung").CellsUsed().First(c => c.GetString().Trim() == "Người ký").CellRight();
        value.Clear(XLClearOptions.Contents);
        workbook.SaveAs(path);
        return value.Address.ToStringRelative();
    }
}
