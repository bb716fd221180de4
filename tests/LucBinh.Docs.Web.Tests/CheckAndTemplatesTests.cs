using System.Net;
using System.Text.Json;

namespace LucBinh.Docs.Web.Tests;

/// <summary>POST /api/check and GET /api/templates.</summary>
[TestClass]
public sealed class CheckAndTemplatesTests
{
    [TestMethod]
    public async Task Templates_lists_the_servers_docx_templates()
    {
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.GetAsync("/api/templates");
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var ids = json.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        CollectionAssert.IsSubsetOf(
            new[] { "bao-cao-dinh-ky", "bao-cao-ket-qua-phoi-hop", "ke-hoach", "thong-bao", "cong-van", "quyet-dinh", "bien-ban-hoi-nghi", "to-trinh", "giay-moi" },
            ids, "the bundled catalogue: every kind");
        var template = json.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "bao-cao-ket-qua-phoi-hop");
        Assert.AreEqual("server", template.GetProperty("source").GetString());
        Assert.IsFalse(string.IsNullOrEmpty(template.GetProperty("name").GetString()));
    }

    [TestMethod]
    public async Task The_sample_tracker_and_template_check_clean()
    {
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/check", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "bao-cao-ket-qua-phoi-hop")));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        Assert.AreEqual(0, json.GetProperty("errors").GetInt32(), json.ToString());
        Assert.AreEqual(JsonValueKind.Array, json.GetProperty("diagnostics").ValueKind);
        var period = json.GetProperty("period");
        Assert.AreEqual("6 tháng đầu năm 2024", period.GetProperty("label").GetString(), "the picker's default comes from the tracker");
        Assert.AreEqual("2024-01-01", period.GetProperty("from").GetString());
        Assert.AreEqual("2024-06-30", period.GetProperty("to").GetString());
        Assert.IsFalse(period.GetProperty("overridden").GetBoolean());
    }

    [TestMethod]
    public async Task Check_returns_the_trackers_problems_as_data_with_their_cells()
    {
        var (workbook, address) = Trackers.WithoutSigner();
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/check", WebHost.Form(workbook, "so.xlsx", ("lang", "en")));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        Assert.IsGreaterThanOrEqualTo(1, json.GetProperty("errors").GetInt32());
        var first = json.GetProperty("diagnostics")[0];
        Assert.AreEqual("error", first.GetProperty("severity").GetString(), "errors come first");
        var missing = json.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "TRK031");
        Assert.AreEqual(address, missing.GetProperty("location").GetProperty("address").GetString());
        Assert.AreEqual("cell", missing.GetProperty("location").GetProperty("kind").GetString());
        Assert.AreEqual("en", response.Content.Headers.ContentLanguage.Single());
    }

    [TestMethod]
    public async Task An_unreadable_workbook_is_422_with_its_diagnostic()
    {
        await using var host = await WebHost.StartAsync();
        var half = Trackers.Sample[..(Trackers.Sample.Length / 2)];

        using var response = await host.Client.PostAsync("/api/check", WebHost.Form(half, "so.xlsx"));
        var json = await WebHost.JsonAsync(response);

        Assert.IsTrue(response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.UnsupportedMediaType, json.ToString());
        Assert.IsTrue(json.TryGetProperty("code", out _));
    }

    [TestMethod]
    public async Task The_site_root_is_the_help_page_and_the_task_pane_is_served_beside_the_api()
    {
        await using var host = await WebHost.StartAsync();

        using var root = await host.Client.GetAsync("/");
        using var pane = await host.Client.GetAsync("/taskpane.html");

        Assert.AreEqual(HttpStatusCode.OK, root.StatusCode);
        StringAssert.Contains(await root.Content.ReadAsStringAsync(), "Hướng dẫn nhanh");
        Assert.AreEqual(HttpStatusCode.OK, pane.StatusCode);
        Assert.AreEqual("text/html", pane.Content.Headers.ContentType?.MediaType);
    }

    [TestMethod]
    public async Task Unknown_addresses_and_methods_are_problem_details_too()
    {
        await using var host = await WebHost.StartAsync();

        using var missing = await host.Client.GetAsync("/api/nothing?lang=en");
        using var method = await host.Client.GetAsync("/api/reports");

        Assert.AreEqual(HttpStatusCode.NotFound, missing.StatusCode);
        var missingJson = await WebHost.JsonAsync(missing);
        Assert.AreEqual("WEB014", missingJson.GetProperty("code").GetString());
        Assert.AreEqual("Not found", missingJson.GetProperty("title").GetString());
        Assert.AreEqual(HttpStatusCode.MethodNotAllowed, method.StatusCode);
        Assert.AreEqual("WEB015", (await WebHost.JsonAsync(method)).GetProperty("code").GetString());
    }

    [TestMethod]
    [DoNotParallelize]
    public async Task Settings_come_from_LUCBINH_environment_variables_like_the_cli()
    {
        const string Variable = "LUCBINH_LucBinh__Web__ContentSecurityPolicy";
        Environment.SetEnvironmentVariable(Variable, "default-src 'self'; frame-ancestors https://*.officeapps.live.com");
        try
        {
            await using var host = await WebHost.StartAsync();

            using var response = await host.Client.GetAsync("/healthz");

            Assert.AreEqual("default-src 'self'; frame-ancestors https://*.officeapps.live.com", response.Headers.GetValues("Content-Security-Policy").Single());
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }
}
