using System.IO.Compression;
using System.Text.Json;
using LucBinh.Docs.TestSupport.Hostile;

namespace LucBinh.Docs.Hostile.Tests;

/// <summary>
/// Capability: the real web host (a separate process on 127.0.0.1) answers each hostile upload to /api/check,
/// /api/reports and /api/issue within the budget with a 4xx problem carrying a code and a message (or a correct 200), a bounded body,
/// its peak memory over the request under the bound, and stays up (/healthz answers right after).
/// </summary>
[TestClass]
public sealed class WebHostHostileInputTests
{
    private static readonly WebHostFixture Fixture = new();

    public TestContext TestContext { get; set; } = null!;

    // /api/issue runs the same read and trial render before anything is numbered; the hostile host has no term start
    // (Register:TermStart), so an upload that passes them gets the server's 503 WEB046 and no number is ever taken.
    public static IEnumerable<object[]> Requests =>
        HostileCases.All.SelectMany(c => new[] { new object[] { c.Name, "check" }, new object[] { c.Name, "reports" }, new object[] { c.Name, "issue" } });

    public static string Display(System.Reflection.MethodInfo method, object[] data) => $"{data[0]} · /api/{data[1]}";

    [ClassCleanup]
    public static void StopHost() => Fixture.Dispose();

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    [DynamicData(nameof(Requests), DynamicDataDisplayName = nameof(Display))]
    public async Task HostileUploadIsAnsweredWithinBoundsAndTheHostStaysUp(string caseName, string endpoint)
    {
        var hostile = HostileCases.Named(caseName);
        var host = await Fixture.HostAsync();
        var (workbook, fileName, fields) = WebHostFixture.Form(hostile, endpoint != "check");
        host.ResetPeak();

        var answer = await host.PostFormAsync("api/" + endpoint, workbook, fileName, fields, HostileBounds.Budget);
        var peak = host.PeakBytes;
        var health = await host.HealthAsync(TimeSpan.FromSeconds(3));
        var what = $"{caseName} ({hostile.Attack}) · /api/{endpoint}: {(answer.Failure ?? answer.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))} after {answer.Elapsed.TotalSeconds:0.0} s, {answer.BodyBytes:N0} bytes, host peak {peak / 1e6:0} MB, healthz {health.StatusCode}; body: {Head(answer.Body)}";
        TestContext.WriteLine(what);

        Assert.IsNull(answer.Failure, "answered within the budget — " + what);
        var numberingNotConfigured = endpoint == "issue" && answer.StatusCode == 503 && answer.Body.Contains("\"code\":\"WEB046\"", StringComparison.Ordinal);
        Assert.IsTrue(answer.StatusCode == 200 || answer.StatusCode is >= 400 and < 500 || numberingNotConfigured, "a 4xx problem or a 200, never a 5xx (but the issue endpoint's WEB046, the server's numbering settings) — " + what);
        Assert.AreEqual(200, health.StatusCode, "the host still answers /healthz — " + what + "\nhost log: " + Head(host.Log));
        Assert.IsLessThan(HostileBounds.PeakBytes, peak, "the host's peak memory stays under the bound — " + what);
        var bodyBound = answer.StatusCode == 200 && endpoint == "reports" ? HostileBounds.ReportBodyBytes : HostileBounds.ProblemBodyBytes;
        Assert.IsLessThan(bodyBound, answer.BodyBytes, "the answer's size is bounded — " + what);

        using var json = JsonDocument.Parse(answer.Body);
        if (answer.StatusCode != 200)
        {
            Assert.IsTrue(json.RootElement.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 }, "the problem names its code — " + what);
            Assert.IsTrue(json.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 }, "the problem says what is wrong — " + what);
        }
        else if (endpoint == "reports" && caseName == "markup-injection")
        {
            var document = Convert.FromBase64String(json.RootElement.GetProperty("document").GetString()!);
            using var zip = new ZipArchive(new MemoryStream(document), ZipArchiveMode.Read);
            using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
            HostileBounds.AssertNoInjectedMarkup(reader.ReadToEnd(), what);
        }
    }

    private static string Head(string text) => text.Length <= 600 ? text.Trim() : text[..600].Trim() + "…";
}
