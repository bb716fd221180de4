using System.Net;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// Anonymous mode is safe by default: a page of another site cannot make the host store a report (Origin /
/// Sec-Fetch-Site), and a name the host does not answer to is refused (AllowedHosts, against DNS rebinding).
/// </summary>
[TestClass]
public sealed class CrossSiteAndHostTests
{
    private const string Template = "bao-cao-ket-qua-phoi-hop";

    private static HttpRequestMessage Post(string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = WebHost.Form(Trackers.Sample, "so.xlsx", ("template", Template)) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    [TestMethod]
    [DataRow("Origin", "https://evil.example", null, null)]
    [DataRow("Sec-Fetch-Site", "cross-site", null, null)]
    [DataRow("Sec-Fetch-Site", "same-site", "Origin", "https://reports.evil.example")]
    [DataRow("Origin", "null", null, null)]
    [DataRow("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example")]
    public async Task A_cross_site_post_is_403_and_stores_nothing(string name, string value, string? name2, string? value2)
    {
        await using var host = await WebHost.StartAsync();
        (string, string)[] headers = name2 is null ? [(name, value)] : [(name, value), (name2, value2!)];

        using var reports = await host.Client.SendAsync(Post("/api/reports", headers));
        using var check = await host.Client.SendAsync(Post("/api/check", headers));

        foreach (var response in new[] { reports, check })
        {
            var json = await WebHost.JsonAsync(response);
            Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode, json.ToString());
            Assert.AreEqual("WEB017", json.GetProperty("code").GetString());
            Assert.AreEqual("Yêu cầu từ trang khác", json.GetProperty("title").GetString());
        }

        Assert.IsEmpty(host.StoredFiles(), "nothing stored");
    }

    [TestMethod]
    public async Task The_task_panes_own_requests_pass_same_origin_or_without_browser_headers()
    {
        await using var host = await WebHost.StartAsync();
        var own = host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        using var sameOrigin = await host.Client.SendAsync(Post("/api/reports", ("Origin", own), ("Sec-Fetch-Site", "same-origin")));
        using var originOnly = await host.Client.SendAsync(Post("/api/check", ("Origin", own)));
        using var noHeaders = await host.Client.SendAsync(Post("/api/check"));

        Assert.AreEqual(HttpStatusCode.OK, sameOrigin.StatusCode, await sameOrigin.Content.ReadAsStringAsync());
        Assert.AreEqual(HttpStatusCode.OK, originOnly.StatusCode, await originOnly.Content.ReadAsStringAsync());
        Assert.AreEqual(HttpStatusCode.OK, noHeaders.StatusCode, await noHeaders.Content.ReadAsStringAsync());
        Assert.HasCount(1, Directory.GetFiles(host.LocalFolder, "*.docx", SearchOption.AllDirectories));
    }

    [TestMethod]
    public async Task An_office_origin_in_the_configuration_may_post_and_its_neighbours_may_not()
    {
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?>
        {
            ["LucBinh:Web:AllowedOrigins:0"] = "https://*.officeapps.live.com",
            ["LucBinh:Web:AllowedOrigins:1"] = "https://excel.cloud.microsoft",
        });

        using var wildcard = await host.Client.SendAsync(Post("/api/check", ("Origin", "https://excel.officeapps.live.com"), ("Sec-Fetch-Site", "cross-site")));
        using var exact = await host.Client.SendAsync(Post("/api/check", ("Origin", "https://excel.cloud.microsoft"), ("Sec-Fetch-Site", "cross-site")));
        using var lookalike = await host.Client.SendAsync(Post("/api/check", ("Origin", "https://evilofficeapps.live.com"), ("Sec-Fetch-Site", "cross-site")));
        using var http = await host.Client.SendAsync(Post("/api/check", ("Origin", "http://excel.officeapps.live.com")));

        Assert.AreEqual(HttpStatusCode.OK, wildcard.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, exact.StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, lookalike.StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, http.StatusCode);
    }

    [TestMethod]
    public async Task Reading_with_a_foreign_origin_is_not_a_change_and_passes()
    {
        await using var host = await WebHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/templates");
        request.Headers.TryAddWithoutValidation("Origin", "https://evil.example");

        using var response = await host.Client.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.IsFalse(response.Headers.Contains("Access-Control-Allow-Origin"), "no CORS: the other site cannot read the answer");
    }

    [TestMethod]
    [DataRow("evil.example")]
    [DataRow("rebind.attacker.test:5000")]
    [DataRow("192.168.1.20")]
    public async Task A_foreign_host_header_is_400(string foreignHost)
    {
        await using var host = await WebHost.StartAsync();
        using var request = Post("/api/reports");
        request.Headers.Host = foreignHost;
        using var health = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        health.Headers.Host = foreignHost;

        using var response = await host.Client.SendAsync(request);
        using var healthResponse = await host.Client.SendAsync(health);

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, healthResponse.StatusCode);
        Assert.IsEmpty(host.StoredFiles());
    }

    [TestMethod]
    [DataRow("localhost")]
    [DataRow("127.0.0.1")]
    [DataRow("baocao.example.gov.vn")]
    public async Task Loopback_names_and_the_public_host_are_answered(string name)
    {
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["LucBinh:Web:PublicUrl"] = "https://baocao.example.gov.vn" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = name + ":" + host.Client.BaseAddress!.Port;

        using var response = await host.Client.SendAsync(request);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    public async Task Configured_allowed_hosts_replace_the_default()
    {
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["AllowedHosts"] = "127.0.0.1;docs.example.vn" });
        using var listed = new HttpRequestMessage(HttpMethod.Get, "/healthz") { Headers = { Host = "docs.example.vn" } };
        using var localhost = new HttpRequestMessage(HttpMethod.Get, "/healthz") { Headers = { Host = "localhost" } };

        using var ok = await host.Client.SendAsync(listed);
        using var refused = await host.Client.SendAsync(localhost);

        Assert.AreEqual(HttpStatusCode.OK, ok.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
