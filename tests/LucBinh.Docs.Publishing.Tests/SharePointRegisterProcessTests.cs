using System.Diagnostics;
using System.Globalization;
using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.Tests;

/// <summary>
/// Several processes (LucBinh.Docs.RegisterWorker, each with its own Graph client and connections) taking numbers from
/// the same SharePoint list on the fake Graph at once: what a few clerks' machines and web host instances do.
/// </summary>
[TestClass]
public sealed class SharePointRegisterProcessTests : FakeGraphTest
{
    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    public async Task Four_processes_issuing_twenty_numbers_per_kind_at_once_get_distinct_consecutive_numbers()
    {
        var steps = await SharePointCheck.RunAsync(Config(), o => CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Fix);
        Assert.AreEqual(CheckStatus.Ok, steps[^1].Status, string.Join("\n", steps));
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.Duplicate) { Method = "POST", After = 6, Count = 3 });
        Fake.AddFault(new Fault(RouteClass.List, FaultAction.Status) { Method = "GET", Status = 429, RetryAfterSeconds = 1, After = 20, Count = 2 });

        var clock = Stopwatch.StartNew();
        var runs = Enumerable.Range(0, 4).Select(i => RunWorkerAsync("BC:5,KH:5", "p" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        var outputs = await Task.WhenAll(runs);
        clock.Stop();

        var lines = outputs.SelectMany(o => o.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var taken = lines.Where(l => !l.StartsWith("conflicts ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
        foreach (var kind in new[] { "BC", "KH" })
        {
            var numbers = taken.Where(t => t[0] == kind).Select(t => int.Parse(t[1], CultureInfo.InvariantCulture)).Order().ToList();
            CollectionAssert.AreEqual(Enumerable.Range(1, 20).ToList(), numbers, $"{kind}: 20 distinct consecutive numbers from 4 processes");
        }

        Assert.AreEqual(40, taken.Select(t => t[2]).Distinct().Count(), "each document got one number");
        var items = Fake.ListItems(Site.Lists.Single());
        Assert.AreEqual(40, items.Count, "none lost, none left behind");
        Assert.IsTrue(Fake.DuplicatesRefused >= 3);
        var conflicts = lines.Where(l => l.StartsWith("conflicts ", StringComparison.Ordinal)).Sum(l => int.Parse(l[10..], CultureInfo.InvariantCulture));
        TestContext.WriteLine($"4 processes × 10 numbers: {clock.ElapsedMilliseconds} ms, {conflicts} refused duplicates retried, {Fake.Log.Count} Graph requests");
    }

    private async Task<string> RunWorkerAsync(string kinds, string prefix)
    {
        var directory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "exec",
            "--runtimeconfig", Path.Combine(directory, "LucBinh.Docs.Publishing.Tests.runtimeconfig.json"),
            "--depsfile", Path.Combine(directory, "LucBinh.Docs.Publishing.Tests.deps.json"),
            Path.Combine(directory, "LucBinh.Docs.RegisterWorker.dll"),
            Fake.BaseUrl, SiteUrl, kinds, prefix,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.CancellationToken);
        await process.WaitForExitAsync(TestContext.CancellationToken);
        Assert.AreEqual(0, process.ExitCode, $"worker {prefix}: {await error}");
        return await output;
    }

    private IConfiguration Config() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["SharePoint:SiteUrl"] = SiteUrl,
        ["Graph:BaseUrl"] = Fake.BaseUrl,
        ["Auth:Mode"] = "AccessToken",
        ["GRAPH_TOKEN"] = Token,
    }).Build();
}
