using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// The same tracker and template through the command line (the real <c>lucbinh-docs</c> process) and the web host
/// (real HTTP on 127.0.0.1) give identical diagnostics (codes, places, Vietnamese messages) and identical document bytes
/// (issue 12: one report job behind every host).
/// </summary>
[TestClass]
public sealed class OneVerdictTests
{
    private const string TemplateId = "bao-cao-ket-qua-phoi-hop";

    [TestMethod]
    public async Task A_tracker_with_an_unused_messy_sheet_gives_the_same_warnings_and_the_same_document()
    {
        var folder = RepoPaths.NewTempFolder();
        var tracker = Path.Combine(folder, "so.xlsx");
        File.WriteAllBytes(tracker, WithSummarySheet(Trackers.Sample));
        var output = Path.Combine(folder, "bao-cao.docx");
        await using var host = await WebHost.StartAsync();

        var check = RunCli(folder, "check", "--template", RepoPaths.ReportTemplate, "--tracker", tracker);
        var generate = RunCli(folder, "generate", "--template", RepoPaths.ReportTemplate, "--tracker", tracker, "--out", output);
        using var checkResponse = await host.Client.PostAsync("/api/check", WebHost.Form(File.ReadAllBytes(tracker), "so.xlsx", ("template", TemplateId)));
        var webCheck = await WebHost.JsonAsync(checkResponse);
        using var reportResponse = await host.Client.PostAsync("/api/reports", WebHost.Form(File.ReadAllBytes(tracker), "so.xlsx", ("template", TemplateId), ("publish", "false")));
        var webReport = await WebHost.JsonAsync(reportResponse);

        Assert.AreEqual(0, check.ExitCode, check.Output + check.Error);
        Assert.AreEqual(0, generate.ExitCode, generate.Error);
        Assert.AreEqual(HttpStatusCode.OK, checkResponse.StatusCode, webCheck.ToString());
        Assert.AreEqual(HttpStatusCode.OK, reportResponse.StatusCode, webReport.ToString());
        var cliLines = DiagnosticLines(check.Output);
        Assert.IsTrue(cliLines.Any(l => l.Contains("TRK014", StringComparison.Ordinal) && l.Contains("Tổng hợp", StringComparison.Ordinal)), check.Output);
        CollectionAssert.AreEqual(cliLines, WebLines(webCheck.GetProperty("diagnostics")), "check: the same diagnostics in the same order");
        CollectionAssert.AreEqual(DiagnosticLines(generate.Error), WebLines(webReport.GetProperty("warnings")), "generate: the same warnings");
        CollectionAssert.AreEqual(cliLines, DiagnosticLines(generate.Error), "generate warns as check does");
        var fromWeb = Convert.FromBase64String(webReport.GetProperty("document").GetString()!);
        CollectionAssert.AreEqual(File.ReadAllBytes(output), fromWeb, "the same .docx bytes");
    }

    [TestMethod]
    public async Task A_tracker_the_template_cannot_use_is_refused_by_both_with_the_same_error()
    {
        var folder = RepoPaths.NewTempFolder();
        var (workbook, address) = Trackers.WithoutSigner();
        var tracker = Path.Combine(folder, "so.xlsx");
        File.WriteAllBytes(tracker, workbook);
        await using var host = await WebHost.StartAsync();

        var check = RunCli(folder, "check", "--template", RepoPaths.ReportTemplate, "--tracker", tracker);
        var generate = RunCli(folder, "generate", "--template", RepoPaths.ReportTemplate, "--tracker", tracker, "--out", Path.Combine(folder, "out"));
        using var checkResponse = await host.Client.PostAsync("/api/check", WebHost.Form(workbook, "so.xlsx", ("template", TemplateId)));
        var webCheck = await WebHost.JsonAsync(checkResponse);
        using var reportResponse = await host.Client.PostAsync("/api/reports", WebHost.Form(workbook, "so.xlsx", ("template", TemplateId), ("publish", "false")));
        var refused = await WebHost.JsonAsync(reportResponse);

        Assert.AreEqual(1, check.ExitCode, check.Output);
        Assert.AreEqual(1, generate.ExitCode, generate.Error);
        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, reportResponse.StatusCode, refused.ToString());
        var error = DiagnosticLines(check.Output).Single(l => l.StartsWith("error ", StringComparison.Ordinal));
        StringAssert.Contains(error, "TRK031");
        StringAssert.Contains(error, address.Split('!')[1]);
        CollectionAssert.AreEqual(new[] { error }, DiagnosticLines(generate.Error).ToArray(), "generate refuses with check's error");
        CollectionAssert.AreEqual(DiagnosticLines(check.Output), WebLines(webCheck.GetProperty("diagnostics")), "/api/check lists what check lists");
        CollectionAssert.AreEqual(new[] { error }, WebLines(refused.GetProperty("diagnostics")), "/api/reports refuses with the same error");
    }

    /// <summary>The command line's diagnostic lines ("Lỗi TRK031 — …: …"), the severity word made comparable with the web's.</summary>
    private static List<string> DiagnosticLines(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith("Lỗi ", StringComparison.Ordinal) || l.StartsWith("Cảnh báo ", StringComparison.Ordinal))
            .Select(l => l.StartsWith("Lỗi ", StringComparison.Ordinal) ? "error " + l[4..] : "warning " + l[9..])];

    /// <summary>The web host's diagnostics as the command line writes them: severity, code, place in words, message.</summary>
    private static List<string> WebLines(JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d =>
        {
            var head = d.GetProperty("severity").GetString() + " " + d.GetProperty("code").GetString();
            var message = d.GetProperty("message").GetString();
            return d.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Object
                ? head + " — " + location.GetProperty("text").GetString() + ": " + message
                : head + ": " + message;
        })];

    private static CliRun RunCli(string workingDirectory, params string[] args) => CliProcess.Run(workingDirectory, null, args);

    /// <summary>The tracker with a summary sheet of numbers under a merged title and no header row (read raw, TRK014).</summary>
    private static byte[] WithSummarySheet(byte[] tracker)
    {
        using var workbook = new XLWorkbook(new MemoryStream(tracker));
        var summary = workbook.AddWorksheet("Tổng hợp");
        summary.Cell("A1").Value = "TỔNG HỢP KẾT QUẢ 6 THÁNG";
        summary.Range("A1:D1").Merge();
        summary.Cell("A3").Value = 12;
        summary.Cell("B3").Value = 340;
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
