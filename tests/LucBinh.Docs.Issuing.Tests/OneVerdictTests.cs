using ClosedXML.Excel;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Issuing.Drafts;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Issuing.Tests;

/// <summary>
/// Issue 12: <c>generate</c>, <c>generate --draft</c> and <c>issue</c> run the one report job, so the same tracker and
/// template get the same verdict from each: the same blocking errors at the same cells, the same warnings.
/// </summary>
[TestClass]
public sealed class OneVerdictTests
{
    private static readonly string[] NoErrors = [];

    [TestMethod]
    public async Task Generate_draft_and_issue_block_on_the_same_errors_and_pass_the_same_warnings()
    {
        var folder = RepoPaths.NewTempFolder();

        // The bundled report uses the signer: blank, it blocks everywhere, at its cell.
        var noSigner = Changed(folder, "khong-nguoi-ky.xlsx", book =>
            book.Worksheet("Thông tin chung").CellsUsed().First(c => c.GetString().Trim() == "Người ký").CellRight().Clear(XLClearOptions.Contents));
        var blocked = await Verdicts(folder, noSigner);
        Assert.IsTrue(blocked.Generate.Errors.Any(e => e.StartsWith("TRK031|", StringComparison.Ordinal) && e.Contains("Sheet = Thông tin chung", StringComparison.Ordinal)), string.Join("\n", blocked.Generate.Errors));
        CollectionAssert.AreEqual(blocked.Generate.Errors, blocked.Draft.Errors, "generate --draft: " + string.Join("\n", blocked.Draft.Errors));
        CollectionAssert.AreEqual(blocked.Generate.Errors, blocked.Issue.Errors, "issue: " + string.Join("\n", blocked.Issue.Errors));
        Assert.AreEqual(0, blocked.Reserved, "nothing is reserved while an error remains");

        // A messy sheet the template does not use warns and never blocks, in any of the three.
        var messy = Changed(folder, "bang-nhap.xlsx", book =>
        {
            var summary = book.AddWorksheet("Tổng hợp nháp");
            summary.Cell("A1").Value = "TỔNG HỢP";
            summary.Range("A1:D1").Merge();
            summary.Cell("A3").Value = 12;
            summary.Cell("B3").Value = 340;
        });
        var passed = await Verdicts(folder, messy);
        CollectionAssert.AreEqual(NoErrors, passed.Generate.Errors);
        CollectionAssert.AreEqual(NoErrors, passed.Draft.Errors);
        CollectionAssert.AreEqual(NoErrors, passed.Issue.Errors);
        Assert.IsTrue(passed.Generate.Warnings.Any(w => w.Contains("Tổng hợp nháp", StringComparison.Ordinal)), string.Join("\n", passed.Generate.Warnings));
        CollectionAssert.AreEqual(passed.Generate.Warnings, passed.Draft.Warnings);
        CollectionAssert.IsSubsetOf(passed.Generate.Warnings, passed.Issue.Warnings, "the issuer adds its own notes (ISS007), never drops the job's");
        Assert.AreEqual(1, passed.Reserved);
    }

    private sealed record Verdict(string[] Errors, string[] Warnings);

    /// <summary>The three commands on one tracker and the bundled report template: what each blocked on or warned about.</summary>
    private static async Task<(Verdict Generate, Verdict Draft, Verdict Issue, int Reserved)> Verdicts(string folder, string tracker)
    {
        var request = new ReportRequest { TemplatePath = RepoPaths.ReportTemplate, TrackerPath = tracker, OutputPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(tracker)) };
        var generate = Capture(() => ReportGenerator.Generate(request).Warnings);
        var draft = Capture(() => DraftReports.Generate(request with { OutputPath = request.OutputPath + "-du-thao" }).Warnings);
        var register = new SqliteDocumentRegister(Path.Combine(folder, Path.GetFileNameWithoutExtension(tracker) + ".db"));
        var issuer = new DocumentIssuer(register, new RegisterOptions { Numbering = NumberingPeriod.Year });
        Verdict issue;
        try
        {
            var issued = await issuer.IssueAsync(new IssueRequest { TemplatePath = RepoPaths.ReportTemplate, TrackerPath = tracker, OutputFolder = request.OutputPath + "-ban-hanh", Pdf = false });
            issue = new Verdict([], Lines(issued.Diagnostics));
        }
        catch (LucBinhException e)
        {
            issue = new Verdict(Lines(e.Diagnostics), []);
        }

        var reserved = (await register.ListAsync(new RegisterQuery())).Count;
        return (generate, draft, issue, reserved);
    }

    private static Verdict Capture(Func<IEnumerable<Diagnostic>> run)
    {
        try
        {
            return new Verdict([], Lines(run()));
        }
        catch (LucBinhException e)
        {
            return new Verdict(Lines(e.Diagnostics), []);
        }
    }

    private static string[] Lines(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => d.Code + "|" + d.Location + "|" + d.Severity + "|" + d.Message())];

    /// <summary>The sample tracker with one change, saved beside the other test files (the sample itself is never touched).</summary>
    private static string Changed(string folder, string name, Action<XLWorkbook> change)
    {
        using var workbook = new XLWorkbook(new MemoryStream(File.ReadAllBytes(RepoPaths.SampleTracker)));
        change(workbook);
        var path = Path.Combine(folder, name);
        workbook.SaveAs(path);
        return path;
    }
}
