using System.Text.Json;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.TestSupport.Hostile;

namespace LucBinh.Docs.Hostile.Tests;

/// <summary>
/// Capability: while four hostile requests run at once, the host stays fair — /healthz and a normal report (the sample
/// tracker and template) still answer within a few seconds — and it is still up when the hostile ones are done.
/// </summary>
[TestClass]
public sealed class FairnessUnderHostileLoadTests
{
    // The heaviest inputs that are still allowed: each takes seconds of work (a case refused in milliseconds, such as the
    // 100k formula chain, would not be load by the time the normal requests are sent).
    private static readonly (string Case, string Endpoint)[] Load =
    [
        ("cell-flood", "check"),
        ("cell-flood", "reports"),
        ("formula-fan-out", "reports"),
        ("formula-fan-out", "check"),
    ];

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task HealthAndANormalReportAnswerWhileFourHostileRequestsRun()
    {
        using var fixture = new WebHostFixture();
        var host = await fixture.HostAsync();
        var sample = await File.ReadAllBytesAsync(RepoPaths.SampleTracker, TestContext.CancellationToken);
        var normalFields = new List<(string, string)> { ("template", WebHostFixture.SampleTemplateId), ("publish", "false") };

        // Warm the host first, so the normal report's time below is not its first-request JIT.
        var warm = await host.PostFormAsync("api/reports", sample, "so-theo-doi.xlsx", normalFields, TimeSpan.FromSeconds(60));
        Assert.AreEqual(200, warm.StatusCode, "the normal report works on an idle host: " + warm.Body);

        var hostile = Load.Select(l =>
        {
            var (workbook, fileName, fields) = WebHostFixture.Form(HostileCases.Named(l.Case), l.Endpoint == "reports");
            return host.PostFormAsync("api/" + l.Endpoint, workbook, fileName, fields, TimeSpan.FromSeconds(40));
        }).ToList();
        await Task.Delay(300, TestContext.CancellationToken);
        var runningWhenSent = hostile.Count(t => !t.IsCompleted);

        var health = await host.HealthAsync(TimeSpan.FromSeconds(10));
        var normal = await host.PostFormAsync("api/reports", sample, "so-theo-doi.xlsx", normalFields, TimeSpan.FromSeconds(30));
        var stillRunning = hostile.Count(t => !t.IsCompleted);
        var answers = await Task.WhenAll(hostile);
        var after = await host.HealthAsync(TimeSpan.FromSeconds(10));
        var what = $"healthz {health.StatusCode} in {health.Elapsed.TotalSeconds:0.00} s; normal report {normal.StatusCode} in {normal.Elapsed.TotalSeconds:0.0} s; hostile: "
            + string.Join(", ", answers.Select((a, i) => $"{Load[i].Case}→{a.Failure ?? a.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)} in {a.Elapsed.TotalSeconds:0.0} s"))
            + $"; {runningWhenSent} hostile running or queued when the normal requests were sent, {stillRunning} still when the normal report was done; healthz after {after.StatusCode}";
        TestContext.WriteLine(what);

        Assert.AreEqual(200, health.StatusCode, "/healthz answers during the load — " + what);
        Assert.IsLessThan(TimeSpan.FromSeconds(2), health.Elapsed, "/healthz answers within 2 s during the load — " + what);
        Assert.AreEqual(200, normal.StatusCode, "a normal report is made during the load — " + what);
        Assert.IsLessThan(TimeSpan.FromSeconds(10), normal.Elapsed, "a normal report within 10 s during the load — " + what);
        using (var json = JsonDocument.Parse(normal.Body))
        {
            Assert.IsGreaterThan(10_000, json.RootElement.GetProperty("size").GetInt64(), "the normal report is a real document — " + what);
        }

        Assert.AreEqual(200, after.StatusCode, "the host is still up after the load — " + what);
        // Checked last: the hostile requests are refused in seconds now, so what proves the load is that they were
        // all still running or queued when the health check and the normal report were sent.
        Assert.AreEqual(Load.Length, runningWhenSent, "the load was really there when the normal requests were sent — " + what);
        Assert.IsTrue(answers.All(a => a.Failure is null && a.StatusCode is 200 or (>= 400 and < 500)), "every hostile request got a 4xx or a 200 — " + what);
    }
}
