using System.Net;
using System.Net.Http.Headers;
using LucBinh.Docs.Web.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// Publishing through the fake Graph (tests/LucBinh.Docs.FakeGraph) end to end. The on-behalf-of exchange itself needs
/// Microsoft Entra ID, so the test registers its own <see cref="GraphCredentialProvider"/> and checks that the caller's
/// SSO token is the assertion it receives and that the token it returns is what Graph sees.
/// </summary>
[TestClass]
public sealed class PublishTests
{
    private const string SiteUrl = "https://contoso.sharepoint.com/sites/DangUy";

    private static Dictionary<string, string?> Settings(FakeGraph.FakeGraph fake, TestIdentity identity) => new(identity.Settings)
    {
        ["SharePoint:SiteUrl"] = SiteUrl,
        ["SharePoint:Folder"] = "Báo cáo/{{ thong_tin_chung.nam }}",
        ["Graph:BaseUrl"] = fake.BaseUrl,
        ["Graph:MaxRetries"] = "0",
        ["Auth:Mode"] = "OnBehalfOf",
        ["Auth:TenantId"] = TestIdentity.TenantId,
        ["Auth:ClientId"] = TestIdentity.ClientId,
        ["Auth:CertificatePath"] = "/nonexistent/never-read.pem",
    };

    private static HttpRequestMessage Post(string token) => new(HttpMethod.Post, "/api/reports")
    {
        Content = WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "bao-cao-ket-qua-phoi-hop")),
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    [TestMethod]
    public async Task The_report_is_stored_in_sharepoint_on_behalf_of_the_user_with_its_address_and_link()
    {
        await using var identity = await TestIdentity.StartAsync();
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var assertions = new List<string?>();
        await using var host = await WebHost.StartAsync(Settings(fake, identity), services => services.AddSingleton<GraphCredentialProvider>((_, assertion) =>
        {
            lock (assertions)
            {
                assertions.Add(assertion);
            }

            return new FixedCredential("graph-token-for-" + assertion?.Length);
        }));
        var token = identity.Token();

        using var request = Post(token);
        using var response = await host.Client.SendAsync(request);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        Assert.AreEqual("sharepoint", json.GetProperty("store").GetString());
        StringAssert.StartsWith(json.GetProperty("webUrl").GetString(), "https://contoso.sharepoint.com/");
        Assert.IsFalse(string.IsNullOrEmpty(json.GetProperty("shareLink").GetString()));
        StringAssert.StartsWith(json.GetProperty("savedTo").GetString(), "Báo cáo/2024/");
        Assert.IsFalse(string.IsNullOrEmpty(json.GetProperty("document").GetString()));
        CollectionAssert.AreEqual(new[] { token }, assertions, "the caller's SSO token is the on-behalf-of assertion");
        Assert.IsTrue(fake.TokensSeen.All(t => t == "graph-token-for-" + token.Length) && fake.TokensSeen.Count > 0);
        Assert.HasCount(1, fake.Files(site.Drives[0]));
        fake.AssertClean();
    }

    [TestMethod]
    public async Task With_graph_down_a_report_on_behalf_of_the_user_is_returned_not_left_in_an_outbox_nothing_could_send()
    {
        await using var identity = await TestIdentity.StartAsync();
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        fake.Offline = true;
        await using var host = await WebHost.StartAsync(Settings(fake, identity), services =>
            services.AddSingleton<GraphCredentialProvider>((_, _) => new FixedCredential("t")));

        using var request = Post(identity.Token());
        using var response = await host.Client.SendAsync(request);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        Assert.AreEqual("none", json.GetProperty("store").GetString());
        Assert.IsFalse(json.TryGetProperty("webUrl", out _));
        var codes = json.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        CollectionAssert.Contains(codes, "PUB207", json.ToString());
        CollectionAssert.DoesNotContain(codes, "PUB201");
        Assert.IsFalse(string.IsNullOrEmpty(json.GetProperty("document").GetString()), "the user still gets the report");
        Assert.IsFalse(Directory.Exists(host.OutboxFolder) && Directory.EnumerateFileSystemEntries(host.OutboxFolder).Any(), "nothing waits that no one could send");
        Assert.IsEmpty(fake.Files(site.Drives[0]));
        Assert.IsFalse(Directory.Exists(host.WorkFolder) && Directory.EnumerateFileSystemEntries(host.WorkFolder).Any());
    }

    [TestMethod]
    public async Task With_graph_down_an_issue_on_behalf_of_the_user_keeps_its_number_for_the_next_press_not_an_outbox()
    {
        await using var identity = await TestIdentity.StartAsync();
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        fake.Offline = true;
        var register = Path.Combine(Path.GetTempPath(), "lucbinh-tests", Guid.NewGuid().ToString("N"), "so-dang-ky.db");
        var settings = new Dictionary<string, string?>(Settings(fake, identity))
        {
            ["Register:Kind"] = "local",
            ["Register:DatabasePath"] = register,
            ["Register:Numbering"] = "year",
        };
        await using var host = await WebHost.StartAsync(settings, services =>
        {
            services.AddSingleton<GraphCredentialProvider>((_, _) => new FixedCredential("t"));
            StandInPdf.Use(services, new StandInPdf(available: true));
        });

        using var offline = await host.Client.SendAsync(Issue(identity.Token()));
        var problem = await WebHost.JsonAsync(offline);
        var outboxEmpty = !(Directory.Exists(host.OutboxFolder) && Directory.EnumerateFileSystemEntries(host.OutboxFolder).Any());
        fake.Offline = false;
        using var again = await host.Client.SendAsync(Issue(identity.Token()));
        var issued = await WebHost.JsonAsync(again);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, offline.StatusCode, problem.ToString());
        Assert.AreEqual("WEB044", problem.GetProperty("code").GetString());
        Assert.IsTrue(outboxEmpty, "nothing waits that no one could send");
        Assert.AreEqual(HttpStatusCode.OK, again.StatusCode, issued.ToString());
        Assert.AreEqual(("issued", 1), (issued.GetProperty("status").GetString(), issued.GetProperty("number").GetInt32()), "the next press issues the number the first one took");
        Assert.HasCount(2, fake.Files(site.Drives[0]), "the .docx and the PDF filed once");
    }

    private static HttpRequestMessage Issue(string token) => new(HttpMethod.Post, "/api/issue")
    {
        Content = WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "bao-cao-ket-qua-phoi-hop")),
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    [TestMethod]
    public async Task With_graph_down_and_the_hosts_own_credential_the_report_waits_in_the_outbox_named_without_server_paths()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        fake.Offline = true;
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["SharePoint:SiteUrl"] = SiteUrl,
                ["Graph:BaseUrl"] = fake.BaseUrl,
                ["Graph:MaxRetries"] = "0",
                ["Auth:Mode"] = "ClientSecret",
                ["Auth:TenantId"] = TestIdentity.TenantId,
                ["Auth:ClientId"] = TestIdentity.ClientId,
                ["Auth:ClientSecret"] = "never-used",
            },
            services => services.AddSingleton<GraphCredentialProvider>((_, _) => new FixedCredential("t")));

        using var response = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "bao-cao-ket-qua-phoi-hop")));
        var text = await response.Content.ReadAsStringAsync();
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
        Assert.AreEqual("outbox", json.GetProperty("store").GetString());
        var codes = json.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        CollectionAssert.Contains(codes, "WEB022", text);
        CollectionAssert.DoesNotContain(codes, "PUB201");
        Assert.IsFalse(text.Contains(host.Folder, StringComparison.Ordinal), "no server path in the answer: " + text);
        Assert.IsFalse(text.Contains(Path.GetTempPath().TrimEnd('/'), StringComparison.Ordinal), text);
        Assert.HasCount(1, Directory.GetDirectories(host.OutboxFolder));
        Assert.IsEmpty(fake.Files(site.Drives[0]));
    }
}
