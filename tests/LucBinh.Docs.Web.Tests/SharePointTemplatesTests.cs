using System.Net;
using System.Net.Http.Headers;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Web.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Web.Tests;

/// <summary>Templates from a SharePoint "Templates" library through the fake Graph, listed page by page.</summary>
[TestClass]
public sealed class SharePointTemplatesTests
{
    private static Dictionary<string, string?> Settings(FakeGraph.FakeGraph fake) => new()
    {
        ["SharePoint:SiteUrl"] = "https://contoso.sharepoint.com/sites/DangUy",
        ["Graph:BaseUrl"] = fake.BaseUrl,
        ["Graph:MaxRetries"] = "0",
        ["Auth:Mode"] = "AccessToken",
        ["GRAPH_TOKEN"] = "unused",
        ["LucBinh:Web:TemplatesLibrary"] = "Mẫu báo cáo",
    };

    [TestMethod]
    public async Task The_librarys_docx_files_are_listed_across_pages_and_one_makes_a_report()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var library = fake.AddDrive(site, "Mẫu báo cáo", "Mau bao cao");
        var template = File.ReadAllBytes(RepoPaths.ReportTemplate);
        fake.AddFile(library, "Báo cáo quý.docx", template);
        fake.AddFile(library, "Báo cáo năm.docx", template);
        fake.AddFile(library, "ghi chú.txt", "x"u8.ToArray());
        fake.AddFile(library, "Cũ/Báo cáo 2020.docx", template);
        foreach (var block in Directory.GetFiles(RepoPaths.Blocks, "*.docx"))
        {
            // The blocks the template includes: three, two a page, so the report also needs khoi/'s second page.
            fake.AddFile(library, "khoi/" + Path.GetFileName(block), File.ReadAllBytes(block));
        }

        fake.ChildrenPageSize = 2;
        await using var host = await WebHost.StartAsync(Settings(fake), services =>
            services.AddSingleton<GraphCredentialProvider>((_, _) => new FixedCredential("graph-token")));

        using var response = await host.Client.GetAsync("/api/templates");
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        var sharePoint = json.EnumerateArray().Where(t => t.GetProperty("source").GetString() == "sharepoint").ToList();
        CollectionAssert.AreEqual(new[] { "Báo cáo năm", "Báo cáo quý" }, sharePoint.Select(t => t.GetProperty("name").GetString()).ToArray());
        Assert.IsTrue(sharePoint.All(t => t.GetProperty("id").GetString()!.StartsWith("sp:", StringComparison.Ordinal)));
        Assert.IsTrue(fake.Log.Any(l => l.Contains("skiptoken", StringComparison.Ordinal)), "the next page was followed");

        var id = sharePoint[0].GetProperty("id").GetString()!;
        using var report = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", id), ("publish", "false")));
        var reportJson = await WebHost.JsonAsync(report);
        Assert.AreEqual(HttpStatusCode.OK, report.StatusCode, reportJson.ToString());
        Assert.IsEmpty(WordValidation.Errors(Convert.FromBase64String(reportJson.GetProperty("document").GetString()!)));
        fake.AssertClean();
    }

    [TestMethod]
    public async Task A_librarys_template_includes_the_blocks_of_its_khoi_folder_and_follows_its_manifest()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var library = fake.AddDrive(site, "Mẫu báo cáo", "Mau bao cao");
        var templates = Path.GetDirectoryName(RepoPaths.ReportTemplate)!;
        fake.AddFile(library, "bien-ban-hoi-nghi.docx", File.ReadAllBytes(Path.Combine(templates, "bien-ban-hoi-nghi.docx")));
        fake.AddFile(library, "bien-ban-hoi-nghi.json", File.ReadAllBytes(Path.Combine(templates, "bien-ban-hoi-nghi.json")));
        foreach (var block in Directory.GetFiles(Path.Combine(templates, "khoi"), "*.docx"))
        {
            fake.AddFile(library, "khoi/" + Path.GetFileName(block), File.ReadAllBytes(block));
        }

        await using var host = await WebHost.StartAsync(Settings(fake), services =>
            services.AddSingleton<GraphCredentialProvider>((_, _) => new FixedCredential("graph-token")));
        using var listing = await host.Client.GetAsync("/api/templates");
        var id = (await WebHost.JsonAsync(listing)).EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "Minutes" && t.GetProperty("source").GetString() == "sharepoint").GetProperty("id").GetString()!;

        var sample = File.ReadAllBytes(Path.Combine(templates, "samples", "bien-ban-hoi-nghi.xlsx"));
        using var report = await host.Client.PostAsync("/api/reports", WebHost.Form(sample, "bien-ban.xlsx", ("template", id), ("publish", "false")));
        var reportJson = await WebHost.JsonAsync(report);

        Assert.AreEqual(HttpStatusCode.OK, report.StatusCode, reportJson.ToString());
        var document = Convert.FromBase64String(reportJson.GetProperty("document").GetString()!);
        Assert.IsEmpty(WordValidation.Errors(document));
        StringAssert.Contains(WordText.Body(document), "ĐẢNG CỘNG SẢN VIỆT NAM", "the library's header block was included");
        fake.AssertClean();
    }

    [TestMethod]
    public async Task A_library_that_cannot_be_read_is_502()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        await using var host = await WebHost.StartAsync(Settings(fake), services =>
            services.AddSingleton<GraphCredentialProvider>((_, _) => new FixedCredential("graph-token")));

        using var response = await host.Client.GetAsync("/api/templates");
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.BadGateway, response.StatusCode, json.ToString());
        Assert.AreEqual("WEB011", json.GetProperty("code").GetString());
        StringAssert.Contains(json.GetProperty("detail").GetString(), "Mẫu báo cáo");
    }
}
