using System.Diagnostics;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Issuing.Tests;

/// <summary>
/// The real <c>lucbinh-docs issue</c> and <c>register</c> as separate processes on one register: concurrent issuing,
/// a process killed between the reservation and the filing, cancelling, a missing LibreOffice.
/// </summary>
[TestClass]
public sealed class IssueProcessTests
{
    /// <summary>Twenty periods of the sample tracker: twenty different documents of kind BC.</summary>
    private static readonly string[] Periods =
        [.. Enumerable.Range(1, 12).Select(m => $"2024-{m:00}"), "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-H1", "2024-H2", "2024-9T", "2024"];

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task Twenty_documents_from_four_processes_get_twenty_consecutive_numbers()
    {
        var folder = RepoPaths.NewTempFolder();
        var settings = Cli.Settings(folder);
        var watch = Stopwatch.StartNew();
        // Four workers at once, each issuing five documents one after the other: four processes always compete.
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            var runs = new List<CliRun>();
            for (var i = w; i < Periods.Length; i += 4)
            {
                runs.Add(Cli.Run(folder, settings, "issue", "--period", Periods[i], "--no-pdf", "--out", Path.Combine(folder, "out")));
            }

            return runs;
        })).ToList();
        var runs = (await Task.WhenAll(workers)).SelectMany(r => r).ToList();
        watch.Stop();

        foreach (var run in runs)
        {
            Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        }

        var entries = await new SqliteDocumentRegister(settings["LUCBINH_Register__DatabasePath"]!).ListAsync(new RegisterQuery { KindCode = "BC" });
        CollectionAssert.AreEqual(Enumerable.Range(1, 20).ToArray(), entries.Select(e => e.Number).ToArray(), "20 distinct consecutive numbers, none lost");
        Assert.IsTrue(entries.All(e => e.Status == RegisterStatus.Issued));
        Assert.HasCount(20, entries.Select(e => e.Request.DocumentKey).Distinct());
        Assert.HasCount(20, Directory.GetFiles(Path.Combine(folder, "out"), "*.docx"));
        foreach (var entry in entries)
        {
            var document = File.ReadAllBytes(Path.Combine(folder, "out", entry.Files!.DocumentFile));
            CollectionAssert.Contains(WordText.BodyParagraphs(document).ToList(), "Số " + entry.Symbol, entry.Files.DocumentFile);
        }

        Console.WriteLine($"20 issues by 4 processes: {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task A_process_killed_after_the_reservation_leaves_one_entry_and_the_retry_takes_its_number()
    {
        var folder = RepoPaths.NewTempFolder();
        var settings = Cli.Settings(folder);
        var marker = Path.Combine(folder, "reserved.txt");
        var holding = new Dictionary<string, string?>(settings) { ["LUCBINH_TEST_HOLD_AFTER_RESERVE"] = marker };
        // Another document first, so the number under test is not simply 1.
        Assert.AreEqual(0, Cli.Run(folder, settings, "issue", "--period", "2024-Q1", "--no-pdf", "--out", "out").ExitCode);

        using (var process = Cli.Start(folder, holding, "issue", "--no-pdf", "--out", "out"))
        {
            var deadline = Stopwatch.StartNew();
            while (!File.Exists(marker) && !process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(100);
            }

            Assert.IsTrue(File.Exists(marker), "the process reserved a number: " + (process.HasExited ? await process.StandardError.ReadToEndAsync() : "still running"));
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var register = new SqliteDocumentRegister(settings["LUCBINH_Register__DatabasePath"]!);
        var afterKill = await register.ListAsync(new RegisterQuery());
        Assert.AreEqual("2", File.ReadAllText(marker));
        Assert.AreEqual(RegisterStatus.Reserved, afterKill.Single(e => e.Number == 2).Status, "chưa phát hành");
        Assert.IsFalse(Directory.GetFiles(Path.Combine(folder, "out")).Any(f => Path.GetFileName(f).StartsWith("02-", StringComparison.Ordinal)), "nothing written for it");

        var list = Cli.Run(folder, settings, "register");
        StringAssert.Contains(list.Output, "Chưa phát hành");

        var retry = Cli.Run(folder, settings, "issue", "--no-pdf", "--out", "out");
        Assert.AreEqual(0, retry.ExitCode, retry.Output + retry.Error);
        StringAssert.Contains(retry.Output, "02-BC/ĐU");
        var entries = await register.ListAsync(new RegisterQuery());
        Assert.HasCount(2, entries, "one entry for the killed document");
        Assert.AreEqual(RegisterStatus.Issued, entries.Single(e => e.Number == 2).Status);
        Assert.AreEqual(0, Cli.Run(folder, settings, "issue", "--period", "2024-Q2", "--no-pdf", "--out", "out").ExitCode);
        Assert.AreEqual(3, (await register.ListAsync(new RegisterQuery())).Max(e => e.Number), "the next document takes the next number");
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Cancel_keeps_the_number_used_and_the_register_exports_to_excel()
    {
        var folder = RepoPaths.NewTempFolder();
        var settings = Cli.Settings(folder);
        Assert.AreEqual(0, Cli.Run(folder, settings, "issue", "--period", "2024-Q1", "--no-pdf", "--out", "out").ExitCode);
        var cancel = Cli.Run(folder, settings, "register", "cancel", "--kind", "BC", "--number", "1", "--reason", "Ký nhầm kỳ báo cáo");
        var next = Cli.Run(folder, settings, "issue", "--period", "2024-Q2", "--no-pdf", "--out", "out");
        var export = Cli.Run(folder, settings, "register", "--kind", "BC", "--year", "2024", "--out", "so-dang-ky.xlsx");
        var english = Cli.Run(folder, settings, "register", "--lang", "en");

        Assert.AreEqual(0, cancel.ExitCode, cancel.Output + cancel.Error);
        StringAssert.Contains(cancel.Output, "01-BC/ĐU");
        Assert.AreEqual(0, next.ExitCode, next.Output + next.Error);
        StringAssert.Contains(next.Output, "02-BC/ĐU", "the cancelled number is not given again");
        Assert.AreEqual(0, export.ExitCode, export.Output + export.Error);
        Assert.IsTrue(File.Exists(Path.Combine(folder, "so-dang-ky.xlsx")));
        StringAssert.Contains(english.Output, "Cancelled");
        StringAssert.Contains(english.Output, "Issued");
        var entries = await new SqliteDocumentRegister(settings["LUCBINH_Register__DatabasePath"]!).ListAsync(new RegisterQuery());
        Assert.AreEqual((RegisterStatus.Cancelled, "Ký nhầm kỳ báo cáo"), (entries[0].Status, entries[0].CancelReason));
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Without_LibreOffice_issue_says_so_and_takes_no_number()
    {
        var folder = RepoPaths.NewTempFolder();
        var settings = new Dictionary<string, string?>(Cli.Settings(folder)) { ["LUCBINH_SOFFICE"] = Path.Combine(folder, "khong-co", "soffice") };
        var run = Cli.Run(folder, settings, "issue", "--out", "out");
        var generate = Cli.Run(folder, settings, "generate", "--pdf", "--out", "out");

        Assert.AreEqual(1, run.ExitCode, run.Output + run.Error);
        StringAssert.Contains(run.Error, "IO032");
        StringAssert.Contains(run.Error, "LibreOffice");
        Assert.DoesNotContain("   at ", run.Error, "no stack trace");
        Assert.IsEmpty(await new SqliteDocumentRegister(settings["LUCBINH_Register__DatabasePath"]!).ListAsync(new RegisterQuery()));
        Assert.AreEqual(1, generate.ExitCode);
        StringAssert.Contains(generate.Error, "IO032");
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public void Generate_draft_writes_the_draft_beside_the_report_name()
    {
        var folder = RepoPaths.NewTempFolder();
        var run = Cli.Run(folder, Cli.Settings(folder), "generate", "--draft", "--out", "out");

        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        var draft = Directory.GetFiles(Path.Combine(folder, "out"), "*.docx").Single();
        StringAssert.EndsWith(draft, " (dự thảo).docx");
        Assert.IsTrue(Drafts.DraftWatermark.HasWatermark(File.ReadAllBytes(draft)));
    }
}
