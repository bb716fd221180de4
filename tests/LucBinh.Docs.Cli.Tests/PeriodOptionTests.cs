using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

/// <summary><c>generate --period</c> / <c>check --period</c>: another period than the tracker's.</summary>
[TestClass]
public sealed class PeriodOptionTests
{
    [TestMethod]
    public void Generate_period_writes_the_chosen_period()
    {
        var output = Path.Combine(RepoPaths.NewTempFolder(), "q3.docx");

        var run = CliRunner.InProcess("generate", "--period", "2024-Q3", "--out", output);

        Assert.AreEqual(0, run.ExitCode, run.Error);
        var text = WordText.Body(File.ReadAllBytes(output));
        StringAssert.Contains(text, "quý III năm 2024");
        Assert.DoesNotContain("6 tháng đầu năm 2024", text);
    }

    [TestMethod]
    public void An_invalid_period_is_GEN002_in_the_users_language()
    {
        var vi = CliRunner.InProcess("generate", "--period", "2024-Q5", "--out", RepoPaths.NewTempFolder());
        var en = CliRunner.InProcess("check", "--period", "2024-Q5", "--lang", "en");

        Assert.AreEqual(1, vi.ExitCode);
        StringAssert.Contains(vi.Error, "Kỳ báo cáo «2024-Q5» không hợp lệ");
        Assert.AreEqual(1, en.ExitCode);
        StringAssert.Contains(en.Error, "The reporting period '2024-Q5' is not valid");
    }
}
