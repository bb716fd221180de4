using System.Net;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Web.Security;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// What the host refuses to start with: anonymous access beyond loopback, a Graph sign-in that waits for a person at
/// the server (DeviceCode, InteractiveBrowser, AzureCli) and SharePoint without a server credential. The host is only
/// built, never started, so nothing listens beyond loopback.
/// </summary>
[TestClass]
public sealed class StartupRefusalTests
{
    private static InvalidOperationException Refused(string[] args, Dictionary<string, string?>? settings = null)
    {
        var folder = RepoPaths.NewTempFolder();
        try
        {
            return Assert.ThrowsExactly<InvalidOperationException>(() => WebHost.Build(args, folder, settings));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task BuildsAsync(string[] args, Dictionary<string, string?>? settings = null)
    {
        var folder = RepoPaths.NewTempFolder();
        await using var app = WebHost.Build(args, folder, settings);
        Assert.IsNotNull(app);
        Directory.Delete(folder, recursive: true);
    }

    [TestMethod]
    [DataRow("http://0.0.0.0:8080")]
    [DataRow("http://*:8080")]
    [DataRow("http://+:8080")]
    [DataRow("http://[::]:8080")]
    [DataRow("https://baocao.example.gov.vn:443")]
    [DataRow("http://127.0.0.1:5000;http://192.168.1.10:5000")]
    public void Without_sign_in_listening_beyond_loopback_is_refused(string urls)
    {
        var e = Refused(["--urls", urls]);

        StringAssert.StartsWith(e.Message, "WEB030");
        StringAssert.Contains(e.Message, "LucBinh:Web:AllowAnonymous=true");
        StringAssert.Contains(e.Message, "chưa bật đăng nhập");
    }

    [TestMethod]
    public void Ports_and_kestrel_endpoints_count_too()
    {
        StringAssert.StartsWith(Refused([], new() { ["http_ports"] = "8080" }).Message, "WEB030");
        StringAssert.StartsWith(Refused([], new() { ["Kestrel:Endpoints:Web:Url"] = "http://0.0.0.0:8081" }).Message, "WEB030");
    }

    [TestMethod]
    public async Task Loopback_or_an_explicit_AllowAnonymous_starts()
    {
        await BuildsAsync(["--urls", "http://localhost:5000;http://127.0.0.1:5001;http://[::1]:5002"]);
        await BuildsAsync([]);
        await BuildsAsync(["--urls", "http://0.0.0.0:8080"], new() { ["LucBinh:Web:AllowAnonymous"] = "true" });
    }

    [TestMethod]
    [DataRow("http://localhost:5000", true)]
    [DataRow("https://127.0.0.1:0", true)]
    [DataRow("http://127.12.0.1:80", true)]
    [DataRow("http://[::1]:80", true)]
    [DataRow("http://0.0.0.0:80", false)]
    [DataRow("http://[::]:80", false)]
    [DataRow("http://*:80", false)]
    [DataRow("http://localhost.evil.example:80", false)]
    [DataRow("http://10.0.0.5:80", false)]
    public void Which_addresses_are_loopback(string address, bool loopback) =>
        Assert.AreEqual(loopback, StartupRules.IsLoopback(address));

    [TestMethod]
    [DataRow("DeviceCode")]
    [DataRow("InteractiveBrowser")]
    [DataRow("AzureCli")]
    public void An_interactive_graph_sign_in_is_refused_naming_the_modes_that_fit_a_server(string mode)
    {
        var e = Refused(["--urls", "http://127.0.0.1:0"], new()
        {
            ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/DangUy",
            ["Auth:Mode"] = mode,
            ["Auth:ClientId"] = "0f6b1a2c-0000-4000-8000-00000000c001",
            ["Auth:TenantId"] = "7d1c3a5e-0000-4000-8000-00000000a001",
        });

        StringAssert.StartsWith(e.Message, "WEB031");
        StringAssert.Contains(e.Message, mode);
        StringAssert.Contains(e.Message, "OnBehalfOf, ClientCertificate, ClientSecret, ManagedIdentity, WorkloadIdentity");
    }

    [TestMethod]
    public void DeviceCode_is_not_the_web_hosts_default()
    {
        var e = Refused(["--urls", "http://127.0.0.1:0"], new() { ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/DangUy" });

        StringAssert.StartsWith(e.Message, "WEB032");
        Assert.IsFalse(e.Message.Contains("DeviceCode", StringComparison.Ordinal), e.Message);
    }

    [TestMethod]
    public void App_only_storing_needs_a_role()
    {
        var e = Refused(["--urls", "http://127.0.0.1:0"], new()
        {
            ["LucBinh:Web:Auth:TenantId"] = TestIdentity.TenantId,
            ["LucBinh:Web:Auth:ClientId"] = TestIdentity.ClientId,
            ["LucBinh:Web:Auth:AllowAppOnlyStoring"] = "true",
        });

        StringAssert.StartsWith(e.Message, "WEB033");
    }

    [TestMethod]
    public async Task With_sign_in_on_the_host_may_listen_beyond_loopback_and_stores_on_behalf_of_the_user_by_default()
    {
        var folder = RepoPaths.NewTempFolder();
        await using var app = WebHost.Build(["--urls", "http://0.0.0.0:8080"], folder, new Dictionary<string, string?>
        {
            ["LucBinh:Web:Auth:TenantId"] = TestIdentity.TenantId,
            ["LucBinh:Web:Auth:ClientId"] = TestIdentity.ClientId,
            ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/DangUy",
            ["Auth:TenantId"] = TestIdentity.TenantId,
            ["Auth:ClientId"] = TestIdentity.ClientId,
            ["Auth:ClientSecret"] = "from-the-environment",
        });

        var publishing = (Publishing.Configuration.PublishingOptions)app.Services.GetService(typeof(Publishing.Configuration.PublishingOptions))!;
        Assert.AreEqual(Publishing.Configuration.AuthMode.OnBehalfOf, publishing.Auth.Mode);
        Directory.Delete(folder, recursive: true);
    }

    [TestMethod]
    public async Task A_started_host_with_sign_in_off_listens_on_loopback_only()
    {
        await using var host = await WebHost.StartAsync();

        Assert.IsTrue(StartupRules.IsLoopback(host.Client.BaseAddress!.ToString()));
        using var health = await host.Client.GetAsync("/healthz");
        Assert.AreEqual(HttpStatusCode.OK, health.StatusCode);
    }
}

/// <summary>One version of the token libraries: mixed Microsoft.IdentityModel.* versions fail at run time, not at build.</summary>
[TestClass]
public sealed class IdentityModelVersionTests
{
    [TestMethod]
    public void Every_identity_model_assembly_beside_the_host_has_one_version()
    {
        var versions = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("Microsoft.IdentityModel.", StringComparison.Ordinal) || Path.GetFileName(f) == "System.IdentityModel.Tokens.Jwt.dll")
            .Select(f => (Name: Path.GetFileName(f), Version: System.Diagnostics.FileVersionInfo.GetVersionInfo(f).ProductVersion?.Split('+')[0]))
            .ToList();

        Assert.IsGreaterThanOrEqualTo(6, versions.Count, string.Join(", ", versions));
        Assert.HasCount(1, versions.Select(v => v.Version).Distinct(), string.Join(", ", versions));
    }
}
