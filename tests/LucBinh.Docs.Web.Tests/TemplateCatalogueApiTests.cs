using System.Net;
using System.Text;
using System.Text.Json;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Web.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// GET /api/templates carries the catalogue: each template's kind, kind code, title, description and sheets from the
/// manifest beside it, in the server's folder and in a SharePoint template library alike.
/// </summary>
[TestClass]
public sealed class TemplateCatalogueApiTests
{
    private const string MinutesManifest = """
        { "kind": "Minutes", "kindCode": "BB", "title": "Biên bản hội nghị", "description": "Biên bản cuộc họp của Đảng ủy.",
          "schema": { "sheets": [
            { "name": "Thông tin chung", "fields": [ { "header": "Người ký" } ] },
            { "name": "Đại biểu", "fields": [ { "header": "Họ và tên" } ] } ] } }
        """;

    private static List<JsonElement> Templates(JsonElement json) => [.. json.EnumerateArray()];

    [TestMethod]
    public async Task The_bundled_template_is_a_report_with_the_committee_sheets()
    {
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.GetAsync("/api/templates");
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        var template = Templates(json).Single(t => t.GetProperty("id").GetString() == "bao-cao-ket-qua-phoi-hop");
        Assert.AreEqual(("Report", "BC", "Báo cáo kết quả phối hợp"), (template.GetProperty("kind").GetString(), template.GetProperty("kindCode").GetString(), template.GetProperty("title").GetString()));
        Assert.AreEqual(template.GetProperty("title").GetString(), template.GetProperty("name").GetString(), "older task panes read name");
        StringAssert.StartsWith(template.GetProperty("description").GetString(), "Báo cáo kết quả phối hợp với HĐND");
        var sheets = template.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("key").GetString()).ToList();
        CollectionAssert.AreEqual(new[] { "thong_tin_chung", "van_ban_can_cu", "van_ban_cung_cap", "tuyen_truyen", "du_luan", "nhiem_vu", "noi_nhan" }, sheets);
    }

    [TestMethod]
    public async Task A_folder_lists_templates_by_kind_with_manifests_and_without()
    {
        var folder = RepoPaths.NewTempFolder();
        var template = File.ReadAllBytes(RepoPaths.ReportTemplate);
        File.WriteAllBytes(Path.Combine(folder, "bien-ban-hoi-nghi.docx"), template);
        File.WriteAllText(Path.Combine(folder, "bien-ban-hoi-nghi.json"), MinutesManifest, Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(folder, "a-mau-rieng.docx"), template);
        File.WriteAllBytes(Path.Combine(folder, "hong.docx"), template);
        File.WriteAllText(Path.Combine(folder, "hong.json"), "{ \"kind\": ", Encoding.UTF8);
        RepoPaths.CopyBlocks(folder);
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["LucBinh:Web:TemplatesFolder"] = folder });

        using var response = await host.Client.GetAsync("/api/templates");
        var templates = Templates(await WebHost.JsonAsync(response));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        CollectionAssert.AreEqual(new[] { "bien-ban-hoi-nghi", "a-mau-rieng", "hong" }, templates.Select(t => t.GetProperty("id").GetString()).ToArray(), "Minutes before Other");
        var minutes = templates[0];
        Assert.AreEqual(("Minutes", "BB", "Biên bản cuộc họp của Đảng ủy."), (minutes.GetProperty("kind").GetString(), minutes.GetProperty("kindCode").GetString(), minutes.GetProperty("description").GetString()));
        CollectionAssert.AreEqual(new[] { "Thông tin chung", "Đại biểu" }, minutes.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToArray());
        Assert.AreEqual("Other", templates[1].GetProperty("kind").GetString());
        Assert.AreEqual(7, templates[1].GetProperty("sheets").GetArrayLength(), "without manifest: the committee's tracker");
        Assert.AreEqual("Other", templates[2].GetProperty("kind").GetString(), "a broken manifest keeps its template listed");
        Assert.DoesNotContain(folder, templates.ToString() ?? string.Empty);

        using var report = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "bien-ban-hoi-nghi"), ("publish", "false")));
        Assert.AreEqual(HttpStatusCode.OK, report.StatusCode, await report.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task A_sharepoint_library_reads_the_manifest_beside_each_template()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var library = fake.AddDrive(site, "Mẫu báo cáo", "Mau bao cao");
        var template = File.ReadAllBytes(RepoPaths.ReportTemplate);
        fake.AddFile(library, "Biên bản hội nghị.docx", template);
        fake.AddFile(library, "Biên bản hội nghị.json", Encoding.UTF8.GetBytes(MinutesManifest));
        fake.AddFile(library, "Báo cáo tháng.docx", template);
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/DangUy",
                ["Graph:BaseUrl"] = fake.BaseUrl,
                ["Graph:MaxRetries"] = "0",
                ["Auth:Mode"] = "AccessToken",
                ["GRAPH_TOKEN"] = "unused",
                ["LucBinh:Web:TemplatesLibrary"] = "Mẫu báo cáo",
            },
            services => services.AddSingleton<GraphCredentialProvider>((_, _) => new FixedCredential("graph-token")));

        using var response = await host.Client.GetAsync("/api/templates");
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        var sharePoint = Templates(json).Where(t => t.GetProperty("source").GetString() == "sharepoint").ToList();
        CollectionAssert.AreEqual(new[] { "Biên bản hội nghị", "Báo cáo tháng" }, sharePoint.Select(t => t.GetProperty("title").GetString()).ToArray(), "by kind; the .json is not a template");
        Assert.AreEqual(("Minutes", "BB"), (sharePoint[0].GetProperty("kind").GetString(), sharePoint[0].GetProperty("kindCode").GetString()));
        Assert.AreEqual("dai_bieu", sharePoint[0].GetProperty("sheets")[1].GetProperty("key").GetString());
        Assert.AreEqual("Other", sharePoint[1].GetProperty("kind").GetString());
        fake.AssertClean();
    }
}
