using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.Tests;

/// <summary>
/// A test against the fake Graph over real HTTP, driven by the real SDK. Every test ends with
/// <see cref="FakeGraph.FakeGraph.AssertClean"/>: any recorded protocol violation, leaked upload session or fault that
/// never fired fails it.
/// </summary>
public abstract class FakeGraphTest
{
    protected const string SiteUrl = "https://contoso.sharepoint.com/sites/DangUy";
    protected const string Token = "fake-token-for-tests";

    protected FakeGraph.FakeGraph Fake { get; private set; } = null!;

    protected FakeGraph.FakeSite Site { get; private set; } = null!;

    protected FakeGraph.FakeDrive Drive { get; private set; } = null!;

    protected string Temp { get; private set; } = null!;

    protected bool AllowOpenSessions { get; set; }

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public async Task StartFakeAsync()
    {
        Fake = await FakeGraph.FakeGraph.StartAsync();
        Site = Fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        Fake.AddDrive(Site, "Biên bản", "Bien ban");
        Drive = Site.Drives[0];
        Drive.Columns["Nam"] = true;
        Drive.Columns["Ky_x0020_bao_x0020_cao"] = true;
        Drive.Columns["So_x0020_trang"] = true;
        Temp = Path.Combine(Path.GetTempPath(), "lucbinh-publishing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Temp);
    }

    [TestCleanup]
    public async Task StopFakeAsync()
    {
        try
        {
            if (TestContext.CurrentTestOutcome == UnitTestOutcome.Passed)
            {
                Fake.AssertClean(AllowOpenSessions);
            }
        }
        finally
        {
            await Fake.DisposeAsync();
            try
            {
                Directory.Delete(Temp, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Options as a user would configure them, pointed at the fake (AccessToken mode, fast resumes).</summary>
    protected PublishingOptions Options(params (string Key, string? Value)[] settings)
    {
        var options = PublishingOptionsReader.Read(Config(settings));
        return options with { Graph = options.Graph with { ResumeDelay = TimeSpan.FromMilliseconds(20) } };
    }

    /// <summary>The configuration behind <see cref="Options"/> (what <c>sharepoint check</c> reads).</summary>
    protected IConfiguration Config(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["SharePoint:SiteUrl"] = SiteUrl,
            ["Graph:BaseUrl"] = Fake.BaseUrl,
            ["Auth:Mode"] = "AccessToken",
            ["GRAPH_TOKEN"] = Token,
            ["Outbox:Folder"] = Path.Combine(Temp, "outbox"),
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    protected static SharePointStore Store(PublishingOptions options) =>
        new(options, CredentialFactory.Create(options));

    protected string Report(string name, int size, int seed = 1)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        var path = Path.Combine(Temp, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected static DataRecord Data() =>
        new DataRecord().Set("nam", 2025m).Set("quy", 1m).Set("ky_bao_cao", "Quý 1").Set("so_trang", 12m);

    protected static ReportToStore ToStore(string path) => new(path, Data());

    protected IReadOnlyList<string> Requests(string contains) => [.. Fake.Log.Where(l => l.Contains(contains, StringComparison.Ordinal))];

    protected static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
