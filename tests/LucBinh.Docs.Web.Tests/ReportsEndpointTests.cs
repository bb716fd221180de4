using System.Net;
using System.Text.Json;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Web.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Web.Tests;

/// <summary>POST /api/reports over real HTTP on 127.0.0.1: a tracker in, a valid report out, and every refusal.</summary>
[TestClass]
public sealed class ReportsEndpointTests
{
    private const string Template = "bao-cao-ket-qua-phoi-hop";

    [TestMethod]
    public async Task The_sample_tracker_gives_a_valid_report_saved_in_the_local_folder()
    {
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample, "so-theo-doi.xlsx", ("template", Template)));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        var document = Convert.FromBase64String(json.GetProperty("document").GetString()!);
        Assert.IsEmpty(WordValidation.Errors(document), string.Join("\n", WordValidation.Errors(document)));
        StringAssert.Contains(WordText.Body(document), "6 tháng đầu năm 2024");
        Assert.AreEqual(document.Length, json.GetProperty("size").GetInt64());
        Assert.AreEqual("local", json.GetProperty("store").GetString());
        Assert.AreEqual(JsonValueKind.Array, json.GetProperty("warnings").ValueKind);
        var savedTo = json.GetProperty("savedTo").GetString()!;
        Assert.IsFalse(Path.IsPathRooted(savedTo) || savedTo.Contains(host.Folder, StringComparison.Ordinal), "a store-relative place, not a server path: " + savedTo);
        Assert.IsTrue(File.Exists(Path.Combine(host.LocalFolder, savedTo)), savedTo);
        Assert.AreEqual(json.GetProperty("fileName").GetString(), Path.GetFileName(savedTo));
        Assert.AreEqual("no-store", response.Headers.CacheControl?.ToString());
        Assert.IsTrue(response.Headers.Contains("Content-Security-Policy"));
        Assert.IsFalse(Directory.Exists(host.WorkFolder) && Directory.EnumerateFileSystemEntries(host.WorkFolder).Any(), "no file kept after the request");
    }

    [TestMethod]
    public async Task A_period_replaces_the_trackers_label_and_dates()
    {
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", Template), ("period", "2024-Q3"), ("publish", "false")));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        var text = WordText.Body(Convert.FromBase64String(json.GetProperty("document").GetString()!));
        StringAssert.Contains(text, "quý III năm 2024");
        Assert.IsFalse(text.Contains("6 tháng đầu năm 2024", StringComparison.Ordinal), "the tracker's own period is gone");
        var period = json.GetProperty("period");
        Assert.AreEqual("quý III năm 2024", period.GetProperty("label").GetString());
        Assert.AreEqual("2024-07-01", period.GetProperty("from").GetString());
        Assert.AreEqual("2024-09-30", period.GetProperty("to").GetString());
        Assert.IsTrue(period.GetProperty("overridden").GetBoolean());
        Assert.AreEqual("Báo cáo phối hợp quý III năm 2024.docx", json.GetProperty("fileName").GetString());
        Assert.AreEqual("none", json.GetProperty("store").GetString(), "publish=false stores nothing");
        Assert.IsFalse(Directory.Exists(host.LocalFolder) && Directory.EnumerateFiles(host.LocalFolder, "*", SearchOption.AllDirectories).Any());
    }

    [TestMethod]
    public async Task A_tracker_with_errors_is_422_naming_the_sheet_and_cell_in_vietnamese()
    {
        var (workbook, address) = Trackers.WithoutSigner();
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/reports", WebHost.Form(workbook, "so.xlsx", ("template", Template)));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode, json.ToString());
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("WEB006", json.GetProperty("code").GetString());
        Assert.AreEqual("Cần sửa sổ theo dõi hoặc mẫu", json.GetProperty("title").GetString());
        var missing = json.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "TRK031");
        Assert.AreEqual("error", missing.GetProperty("severity").GetString());
        Assert.AreEqual(address, missing.GetProperty("location").GetProperty("address").GetString());
        Assert.AreEqual("Thông tin chung", missing.GetProperty("location").GetProperty("sheet").GetString());
        StringAssert.Contains(missing.GetProperty("location").GetProperty("text").GetString(), "trang tính «Thông tin chung», ô");
        Assert.AreEqual("vi", response.Content.Headers.ContentLanguage.Single());
    }

    [TestMethod]
    public async Task English_is_given_on_request_by_field_or_accept_language()
    {
        var (workbook, _) = Trackers.WithoutSigner();
        await using var host = await WebHost.StartAsync();

        using var byField = await host.Client.PostAsync("/api/reports", WebHost.Form(workbook, "so.xlsx", ("template", Template), ("lang", "en")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = WebHost.Form(workbook, "so.xlsx", ("template", Template)) };
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9,vi;q=0.5");
        using var byHeader = await host.Client.SendAsync(request);

        foreach (var response in new[] { byField, byHeader })
        {
            var json = await WebHost.JsonAsync(response);
            Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.AreEqual("The tracker or template needs fixing", json.GetProperty("title").GetString());
            var missing = json.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "TRK031");
            StringAssert.Contains(missing.GetProperty("location").GetProperty("text").GetString(), "sheet");
        }
    }

    [TestMethod]
    public async Task An_upload_over_the_limit_is_413()
    {
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["LucBinh:Web:MaxUploadMegabytes"] = "1" });
        var big = new byte[3 * 1024 * 1024];
        Trackers.Sample.CopyTo(big, 0);

        // Expect: 100-continue, as browsers' large uploads can: the host answers 413 from the declared length before the
        // body is sent, so the client never writes into a connection the host has already answered and closed.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = WebHost.Form(big, "so.xlsx", ("template", Template)) };
        request.Headers.ExpectContinue = true;
        using var response = await host.Client.SendAsync(request);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode, json.ToString());
        Assert.AreEqual("WEB001", json.GetProperty("code").GetString());
        StringAssert.Contains(json.GetProperty("detail").GetString(), "1 MB");
    }

    [TestMethod]
    public async Task An_upload_over_the_limit_without_a_length_is_413_too()
    {
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?> { ["LucBinh:Web:MaxUploadMegabytes"] = "1" });
        var form = WebHost.Form(new byte[3 * 1024 * 1024], "so.xlsx", ("template", Template));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new ChunkedContent(form) };

        using var response = await host.Client.SendAsync(request);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode, json.ToString());
        Assert.AreEqual("WEB001", json.GetProperty("code").GetString());
    }

    [TestMethod]
    [DataRow("pdf")]
    [DataRow("docx")]
    [DataRow("zip")]
    public async Task A_file_that_is_not_a_workbook_is_refused_by_its_content(string kind)
    {
        byte[] content = kind switch
        {
            "pdf" => "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray(),
            "docx" => File.ReadAllBytes(RepoPaths.ReportTemplate),
            _ => Zip(),
        };
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/reports", WebHost.Form(content, "so-theo-doi.xlsx", ("template", Template)));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.UnsupportedMediaType, response.StatusCode, json.ToString());
        Assert.AreEqual("WEB002", json.GetProperty("code").GetString());
        StringAssert.Contains(json.GetProperty("detail").GetString(), "so-theo-doi.xlsx");
    }

    [TestMethod]
    public async Task An_old_style_Office_file_is_judged_by_the_tracker_reader_as_the_CLI_judges_it()
    {
        // A compound file goes to the reader (an .xls is read; an encrypted workbook or a .doc is named as such), so the
        // web host and the CLI give the same verdict: here an OLE file holding no workbook stream.
        byte[] hollow = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/reports", WebHost.Form(hollow, "so-theo-doi.xls", ("template", Template)));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode, json.ToString());
        Assert.AreEqual("TRK003", json.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task A_request_that_is_not_a_form_is_415()
    {
        await using var host = await WebHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/reports", new ByteArrayContent(Trackers.Sample));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.AreEqual("WEB005", json.GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task Missing_workbook_unknown_template_and_bad_period_are_400()
    {
        await using var host = await WebHost.StartAsync();
        using var noWorkbook = new MultipartFormDataContent { { new StringContent(Template), "template" } };

        using var missing = await host.Client.PostAsync("/api/reports", noWorkbook);
        using var unknown = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "../../etc/passwd")));
        using var period = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", Template), ("period", "2024-Q5")));

        Assert.AreEqual(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.AreEqual("WEB003", (await WebHost.JsonAsync(missing)).GetProperty("code").GetString());
        Assert.AreEqual(HttpStatusCode.BadRequest, unknown.StatusCode);
        var unknownJson = await WebHost.JsonAsync(unknown);
        Assert.AreEqual("WEB004", unknownJson.GetProperty("code").GetString());
        StringAssert.Contains(unknownJson.GetProperty("detail").GetString(), Template);
        Assert.AreEqual(HttpStatusCode.BadRequest, period.StatusCode);
        var periodJson = await WebHost.JsonAsync(period);
        Assert.AreEqual("WEB012", periodJson.GetProperty("code").GetString());
        Assert.AreEqual("GEN002", periodJson.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [TestMethod]
    public async Task A_request_over_the_time_limit_is_503()
    {
        // The limit must fall after the upload is read (a response sent while the client is still sending resets the
        // connection) and before the work ends: a template library that answers only when cancelled.
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?> { ["LucBinh:Web:RequestTimeoutSeconds"] = "1" },
            services => services.AddSingleton<ITemplateSource>(new TemplateLibraryThatHangs()));

        using var response = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample, "so.xlsx", ("template", Template)));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode, json.ToString());
        Assert.AreEqual("WEB007", json.GetProperty("code").GetString());
        Assert.IsFalse(Directory.Exists(host.WorkFolder) && Directory.EnumerateFileSystemEntries(host.WorkFolder).Any());
    }

    /// <summary>A template library (e.g. SharePoint) that does not answer until the request is cancelled.</summary>
    private sealed class TemplateLibraryThatHangs : ITemplateSource
    {
        public Task<IReadOnlyList<TemplateInfo>> ListAsync(string? userAssertion, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TemplateInfo>>([]);

        public async Task<Generation.TemplateFile?> OpenAsync(string id, string? userAssertion, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private static byte[] Zip()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        return stream.ToArray();
    }
}
