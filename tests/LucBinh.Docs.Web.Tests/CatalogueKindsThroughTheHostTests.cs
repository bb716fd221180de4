using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// The catalogue's kinds through the web host: a template that includes the shared blocks (templates/khoi) is rendered
/// with them, and a request naming no template gets the configured default.
/// </summary>
[TestClass]
public sealed class CatalogueKindsThroughTheHostTests
{
    private static string Repo(params string[] parts) => Path.Combine([Path.GetDirectoryName(RepoPaths.ReportTemplate)!, .. parts]);

    private static async Task<HttpResponseMessage> PostAsync(WebHost host, string? template, string trackerPath)
    {
        using var form = new MultipartFormDataContent();
        var workbook = new ByteArrayContent(File.ReadAllBytes(trackerPath));
        workbook.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(workbook, "workbook", Path.GetFileName(trackerPath));
        if (template is not null)
        {
            form.Add(new StringContent(template), "template");
        }

        form.Add(new StringContent("false"), "publish");
        return await host.Client.PostAsync("/api/reports", form);
    }

    private static async Task<string> DocumentTextAsync(HttpResponseMessage response)
    {
        var json = await WebHost.JsonAsync(response);
        return WordText.Body(Convert.FromBase64String(json.GetProperty("document").GetString()!));
    }

    [TestMethod]
    public async Task A_minutes_template_including_the_shared_blocks_renders_from_its_sample()
    {
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["LucBinh:Web:TemplatesFolder"] = Repo() });

        using var response = await PostAsync(host, "bien-ban-hoi-nghi", Repo("samples", "bien-ban-hoi-nghi.xlsx"));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        var text = await DocumentTextAsync(response);
        StringAssert.Contains(text, "ĐẢNG CỘNG SẢN VIỆT NAM", "the header block was included");
        StringAssert.Contains(text, "BIÊN BẢN", "the kind's own body");
    }

    /// <summary>The host as it ships: its own templates folder (copied beside it at build and publish), no setting.</summary>
    [TestMethod]
    public async Task Every_template_the_host_ships_renders_from_its_sample_with_the_shared_blocks()
    {
        // No templates folder set: the host's own, copied beside it by the build (the fixture's default is the repo's).
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["LucBinh:Web:TemplatesFolder"] = null });
        using var listing = await host.Client.GetAsync("/api/templates");
        var ids = (await WebHost.JsonAsync(listing)).EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();

        Assert.HasCount(Directory.GetFiles(Repo(), "*.json").Length, ids, "every catalogue kind ships with the host");
        foreach (var id in ids)
        {
            var sample = File.Exists(Repo("samples", id + ".xlsx")) ? Repo("samples", id + ".xlsx") : RepoPaths.SampleTracker;
            using var response = await PostAsync(host, id, sample);

            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, id + ": " + await response.Content.ReadAsStringAsync());
            StringAssert.Contains(await DocumentTextAsync(response), "ĐẢNG CỘNG SẢN VIỆT NAM", id + ": the header block shipped with the host was included");
        }
    }

    [TestMethod]
    public async Task A_request_naming_no_template_gets_the_default_not_the_first_listed()
    {
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["LucBinh:Web:TemplatesFolder"] = Repo() });

        using var response = await PostAsync(host, null, RepoPaths.SampleTracker);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        StringAssert.Contains(await DocumentTextAsync(response), "BÁO CÁO");
    }
}
