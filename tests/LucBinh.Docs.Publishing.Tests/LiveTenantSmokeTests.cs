using LucBinh.Docs.Data;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.Publishing.Tests;

/// <summary>
/// Against a real tenant, only when <c>LUCBINH_LIVE_TEST=1</c> and the usual configuration is in the environment
/// (<c>LUCBINH_SharePoint__SiteUrl</c>, <c>LUCBINH_Auth__Mode</c>, <c>LUCBINH_GRAPH_TOKEN</c> or the app's settings):
/// runs <c>sharepoint check</c> with its probe file, then stores one small file twice in <c>_lucbinh-smoke</c>
/// (the second time must be "already stored"). Skipped otherwise.
/// </summary>
[TestClass]
public sealed class LiveTenantSmokeTests
{
    [TestMethod]
    public async Task Live_tenant_check_and_store()
    {
        if (Environment.GetEnvironmentVariable("LUCBINH_LIVE_TEST") != "1")
        {
            Assert.Inconclusive("Set LUCBINH_LIVE_TEST=1 and the LUCBINH_* settings of a test site to run against a real tenant.");
        }

        var configuration = PublishingConfiguration.Build(new PublishingConfigurationSources { ToolDirectory = null, UserConfigFile = null });
        var steps = await SharePointCheck.RunAsync(configuration, o => CredentialFactory.Create(o), writeProbe: true);
        Assert.IsTrue(steps.All(s => s.Status == CheckStatus.Ok), string.Join("\n", steps.Select(s => $"{s.Step} {s.Status} {s.Problem?.Message()}")));

        var options = PublishingOptionsReader.Read(configuration) with { };
        options = options with { SharePoint = options.SharePoint with { Folder = "_lucbinh-smoke", FileName = string.Empty, ConflictBehavior = ConflictBehavior.Replace, Metadata = new Dictionary<string, string>() } };
        using var store = new SharePointStore(options, CredentialFactory.Create(options));
        var path = Path.Combine(Path.GetTempPath(), "lucbinh-smoke.txt");
        await File.WriteAllTextAsync(path, "LucBinh.Docs smoke test\n");
        var first = await store.StoreAsync(store.Plan(new ReportToStore(path, new DataRecord())));
        var second = await store.StoreAsync(store.Plan(new ReportToStore(path, new DataRecord())));

        Assert.IsNotNull(first.WebUrl);
        Assert.IsTrue(second.AlreadyStored);
    }
}
