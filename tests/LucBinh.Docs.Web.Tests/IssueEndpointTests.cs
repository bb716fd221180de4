using System.Net;
using System.Text.Json;
using LucBinh.Docs.Issuing;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Hosting;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Extensions.Configuration;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// POST /api/issue (the task pane's "Phát hành") over real HTTP with the local register and store: the next number of
/// the kind, the PDF served from /api/issued/…/pdf, the same document keeping its number (also for two clicks at once),
/// and every refusal before a number is taken.
/// </summary>
[TestClass]
public sealed class IssueEndpointTests
{
    private const string Template = "bao-cao-ket-qua-phoi-hop";

    private static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["Register:DatabasePath"] = Path.Combine(folder, "so-dang-ky.db"),
        ["Register:Numbering"] = "year",
    };

    private static Task<WebHost> StartAsync(string folder, IPdfConverter? pdf = null) =>
        WebHost.StartAsync(Settings(folder), pdf is null ? null : services => StandInPdf.Use(services, pdf));

    private static Task<HttpResponseMessage> IssueAsync(WebHost host, byte[]? workbook = null, string? period = null) =>
        host.Client.PostAsync("/api/issue", period is null
            ? WebHost.Form(workbook ?? Trackers.Sample, "so.xlsx", ("template", Template))
            : WebHost.Form(workbook ?? Trackers.Sample, "so.xlsx", ("template", Template), ("period", period)));

    private static async Task<IReadOnlyList<RegisterEntry>> RegisterAsync(string folder) =>
        File.Exists(Path.Combine(folder, "so-dang-ky.db"))
            ? await new SqliteDocumentRegister(Path.Combine(folder, "so-dang-ky.db")).ListAsync(new RegisterQuery())
            : [];

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Issuing_numbers_files_and_serves_the_pdf_and_the_same_document_keeps_its_number()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var folder = RepoPaths.NewTempFolder();
        await using var host = await StartAsync(folder);

        using var first = await IssueAsync(host);
        var issued = await WebHost.JsonAsync(first);
        using var again = await IssueAsync(host);
        var repeated = await WebHost.JsonAsync(again);
        using var otherPeriod = await IssueAsync(host, period: "2024-Q3");
        var next = await WebHost.JsonAsync(otherPeriod);

        Assert.AreEqual(HttpStatusCode.OK, first.StatusCode, issued.ToString());
        Assert.AreEqual(("issued", "01-BC/ĐU", 1), (issued.GetProperty("status").GetString(), issued.GetProperty("symbol").GetString(), issued.GetProperty("number").GetInt32()));
        Assert.AreEqual("20/06/2024", issued.GetProperty("date").GetString(), "the tracker's issue date");
        Assert.AreEqual(("alreadyIssued", 1), (repeated.GetProperty("status").GetString(), repeated.GetProperty("number").GetInt32()), "the same document keeps its number");
        Assert.AreEqual(("issued", 2), (next.GetProperty("status").GetString(), next.GetProperty("number").GetInt32()), "another period is another document");

        var link = issued.GetProperty("pdfUrl").GetString()!;
        using var pdf = await host.Client.GetAsync(link);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.AreEqual(HttpStatusCode.OK, pdf.StatusCode, link);
        Assert.AreEqual("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(folder, "so.pdf");
        await File.WriteAllBytesAsync(file, bytes);
        StringAssert.Contains(ExternalTools.Poppler("pdftotext", file, "-"), "Số 01-BC/ĐU", "the PDF is the issued document, with its number");
        var entries = await RegisterAsync(folder);
        Assert.HasCount(2, entries);
        Assert.IsTrue(entries.All(e => e.Status == RegisterStatus.Issued));
        Assert.IsTrue(host.StoredFiles().Any(f => f.StartsWith(host.LocalFolder, StringComparison.Ordinal) && f.EndsWith(".pdf", StringComparison.Ordinal)), "the PDF is filed in the store");
    }

    /// <summary>With a tenant: the SharePoint register list and library on the fake Graph, Graph's PDF rendition.</summary>
    [TestMethod]
    public async Task With_sharepoint_the_number_comes_from_the_list_and_the_pdf_link_is_the_library_s()
    {
        const string site = "https://contoso.sharepoint.com/sites/DangUy";
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var fakeSite = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var settings = new Dictionary<string, string?>
        {
            ["SharePoint:SiteUrl"] = site,
            ["SharePoint:Folder"] = "Văn bản đi",
            ["Graph:BaseUrl"] = fake.BaseUrl,
            ["Auth:Mode"] = "AccessToken",
            ["GRAPH_TOKEN"] = "web-issue-token",
            ["Register:Numbering"] = "year",
            ["Pdf:Converter"] = "sharepoint",
        };
        // The register list as "sharepoint check --fix" makes it.
        var steps = await SharePointCheck.RunAsync(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), o => Publishing.Auth.CredentialFactory.Create(o), writeProbe: false, register: RegisterCheck.Fix);
        Assert.AreEqual(CheckStatus.Ok, steps[^1].Status, string.Join("\n", steps));
        await using var host = await WebHost.StartAsync(settings, services => services.AddSingleton<GraphCredentialProvider>((_, _) => new FixedCredential("web-issue-token")));

        using var response = await IssueAsync(host);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        Assert.AreEqual(("issued", "01-BC/ĐU"), (json.GetProperty("status").GetString(), json.GetProperty("symbol").GetString()));
        StringAssert.StartsWith(json.GetProperty("pdfUrl").GetString(), "https://contoso.sharepoint.com/", "the filed PDF in the library");
        var filed = fake.Files(fakeSite.Drives[0]).Select(f => f.Name).ToList();
        CollectionAssert.Contains(filed, json.GetProperty("pdfFile").GetString());
        CollectionAssert.Contains(filed, json.GetProperty("documentFile").GetString());
        var list = fakeSite.Lists.Single(l => l.DisplayName == new RegisterOptions().ListName);
        Assert.HasCount(1, fake.ListItems(list), "one entry in the SharePoint register");
        fake.AssertClean();
    }

    [TestMethod]
    public async Task Two_clicks_at_once_give_the_document_one_number()
    {
        var folder = RepoPaths.NewTempFolder();
        await using var host = await StartAsync(folder, new StandInPdf(available: true));

        var answers = await Task.WhenAll(IssueAsync(host), IssueAsync(host));
        var numbers = new List<int>();
        foreach (var answer in answers)
        {
            var json = await WebHost.JsonAsync(answer);
            Assert.AreEqual(HttpStatusCode.OK, answer.StatusCode, json.ToString());
            numbers.Add(json.GetProperty("number").GetInt32());
            answer.Dispose();
        }

        CollectionAssert.AreEqual(new[] { 1, 1 }, numbers);
        Assert.HasCount(1, await RegisterAsync(folder), "one entry in the register");
    }

    [TestMethod]
    public async Task A_server_without_a_pdf_converter_answers_503_and_takes_no_number()
    {
        var folder = RepoPaths.NewTempFolder();
        await using var host = await StartAsync(folder, new StandInPdf(available: false));

        using var response = await IssueAsync(host);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.AreEqual("WEB043", json.GetProperty("code").GetString());
        StringAssert.Contains(json.GetProperty("detail").GetString(), "LibreOffice");
        Assert.IsTrue(json.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString() == "IO032"));
        Assert.IsEmpty(await RegisterAsync(folder));
    }

    [TestMethod]
    public async Task A_server_numbering_per_term_without_its_start_answers_503_naming_the_setting()
    {
        var folder = RepoPaths.NewTempFolder();
        var settings = new Dictionary<string, string?> { ["Register:DatabasePath"] = Path.Combine(folder, "so-dang-ky.db") };
        await using var host = await WebHost.StartAsync(settings);

        using var response = await IssueAsync(host);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.AreEqual("WEB046", json.GetProperty("code").GetString());
        StringAssert.Contains(json.GetProperty("diagnostics").ToString(), "Register:TermStart");
        Assert.IsEmpty(await RegisterAsync(folder));
    }

    [TestMethod]
    public async Task A_tracker_with_errors_is_refused_with_its_cells_and_takes_no_number()
    {
        var folder = RepoPaths.NewTempFolder();
        var (workbook, address) = Trackers.WithoutSigner();
        await using var host = await StartAsync(folder, new StandInPdf(available: true));

        using var response = await IssueAsync(host, workbook);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.AreEqual("WEB042", json.GetProperty("code").GetString());
        StringAssert.Contains(json.GetProperty("diagnostics").ToString(), address);
        Assert.IsEmpty(await RegisterAsync(folder));
    }

    [TestMethod]
    public async Task The_pdf_link_serves_only_what_the_register_records()
    {
        var folder = RepoPaths.NewTempFolder();
        await using var host = await StartAsync(folder, new StandInPdf(available: true));
        using var issued = await IssueAsync(host);
        Assert.AreEqual(HttpStatusCode.OK, issued.StatusCode);
        File.WriteAllText(Path.Combine(folder, "bi-mat.txt"), "không được đọc");

        foreach (var path in new[] { "/api/issued/BC/2024/2/pdf", "/api/issued/BC/2023/1/pdf", "/api/issued/..%2F..%2Fbi-mat.txt/2024/1/pdf", "/api/issued/BC/..%2F..%2F..%2F/1/pdf" })
        {
            using var response = await host.Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();

            Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode, path);
            Assert.AreEqual("WEB045", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString(), path);
            Assert.DoesNotContain("không được đọc", body, path);
        }

        using var served = await host.Client.GetAsync("/api/issued/BC/2024/1/pdf");
        Assert.AreEqual(HttpStatusCode.OK, served.StatusCode, "the recorded one is served");
    }
}
