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

        // The load is kept up: each of the four workers sends its hostile request again as soon as it is answered (they
        // are refused in well under a second now), until the normal requests are done. The normal requests are sent only
        // once all four are in flight.
        var inFlight = 0;
        using var stop = new CancellationTokenSource();
        var hostile = Load.Select(l => Task.Run(async () =>
        {
            var (workbook, fileName, fields) = WebHostFixture.Form(HostileCases.Named(l.Case), l.Endpoint == "reports");
            var answered = new List<(string Case, WebAnswer Answer)>();
            do
            {
                Interlocked.Increment(ref inFlight);
                answered.Add((l.Case, await host.PostFormAsync("api/" + l.Endpoint, workbook, fileName, fields, TimeSpan.FromSeconds(40))));
                Interlocked.Decrement(ref inFlight);
            }
            while (!stop.IsCancellationRequested);
            return answered;
        })).ToList();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref inFlight) < Load.Length && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(1, TestContext.CancellationToken);
        }

        var runningWhenSent = Volatile.Read(ref inFlight);

        var health = await host.HealthAsync(TimeSpan.FromSeconds(10));
        var normal = await host.PostFormAsync("api/reports", sample, "so-theo-doi.xlsx", normalFields, TimeSpan.FromSeconds(30));
        var stillRunning = Volatile.Read(ref inFlight);
        await stop.CancelAsync();
        var answers = (await Task.WhenAll(hostile)).SelectMany(a => a).ToList();
        var after = await host.HealthAsync(TimeSpan.FromSeconds(10));
        var what = $"healthz {health.StatusCode} in {health.Elapsed.TotalSeconds:0.00} s; normal report {normal.StatusCode} in {normal.Elapsed.TotalSeconds:0.0} s; hostile: "
            + string.Join(", ", answers.GroupBy(a => a.Case).Select(g => $"{g.Key}: {g.Count()} answered ({string.Join("/", g.Select(a => a.Answer.Failure ?? a.Answer.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct())}, longest {g.Max(a => a.Answer.Elapsed.TotalSeconds):0.0} s)"))
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
        // What proves the load: all four were in flight when the health check and the normal report were sent.
        Assert.AreEqual(Load.Length, runningWhenSent, "the load was really there when the normal requests were sent — " + what);
        Assert.IsTrue(answers.All(a => a.Answer.Failure is null && a.Answer.StatusCode is 200 or (>= 400 and < 500)), "every hostile request got a 4xx or a 200 — " + what);
    }
}
