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

    [TestMethod]
    public async Task A_request_naming_no_template_gets_the_default_not_the_first_listed()
    {
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["LucBinh:Web:TemplatesFolder"] = Repo() });

        using var response = await PostAsync(host, null, RepoPaths.SampleTracker);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        StringAssert.Contains(await DocumentTextAsync(response), "BÁO CÁO");
    }
}
