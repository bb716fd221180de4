using System.Net;
using System.Net.Http.Headers;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// Answers are bounded and hold nothing internal: diagnostics capped with a count of the rest, the document only under
/// a size, store-relative places, no server path, exception text or remote error text (they go to the server's log
/// with the request id), the sign-in scope from configuration rather than the Host header, and with sign-in on only
/// storing on behalf of the user (or app-only with the configured role).
/// </summary>
[TestClass]
public sealed class BoundedAndCleanAnswersTests
{
    private const string Template = "bao-cao-ket-qua-phoi-hop";
    private const string Secret = "/srv/secret/lucbinh/internal-state.bin";

    private static MultipartFormDataContent Form(bool publish = false) => WebHost.Form(Trackers.Sample, "so.xlsx", ("template", Template), ("publish", publish ? "true" : "false"));

    private static void AssertNothingInternal(WebHost host, string body)
    {
        foreach (var inside in new[] { host.Folder, Path.GetTempPath().TrimEnd('/'), AppContext.BaseDirectory.TrimEnd('/'), Secret, "Exception", "   at " })
        {
            Assert.IsFalse(body.Contains(inside, StringComparison.Ordinal), $"'{inside}' in the answer: {body}");
        }
    }

    [TestMethod]
    public async Task Check_lists_at_most_the_configured_number_of_diagnostics_errors_first_and_counts_the_rest()
    {
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?> { ["LucBinh:Web:MaxDiagnostics"] = "50" },
            services => services.AddSingleton<ReportWork>(new ManyDiagnostics(5000)));

        using var response = await host.Client.PostAsync("/api/check", Form());
        var body = await response.Content.ReadAsStringAsync();
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        Assert.AreEqual(2500, json.GetProperty("errors").GetInt32());
        Assert.AreEqual(2500, json.GetProperty("warnings").GetInt32());
        var list = json.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.HasCount(51, list);
        Assert.IsTrue(list.Take(50).All(d => d.GetProperty("severity").GetString() == "error"), "errors first");
        Assert.AreEqual("WEB018", list[^1].GetProperty("code").GetString());
        StringAssert.Contains(list[^1].GetProperty("message").GetString(), "4950");
        Assert.AreEqual(4950, json.GetProperty("moreDiagnostics").GetInt32());
        Assert.IsTrue(body.Length < 50_000, $"{body.Length} characters");
    }

    [TestMethod]
    public async Task A_refused_report_lists_at_most_the_configured_number_of_errors()
    {
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?> { ["LucBinh:Web:MaxDiagnostics"] = "20" },
            services => services.AddSingleton<ReportWork>(new ManyDiagnostics(3000)));

        using var response = await host.Client.PostAsync("/api/reports", Form());
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.HasCount(21, json.GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.AreEqual(2980, json.GetProperty("moreDiagnostics").GetInt32());
    }

    [TestMethod]
    public async Task A_report_over_the_returned_size_is_left_out_of_the_answer_with_a_warning()
    {
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?> { ["LucBinh:Web:MaxReturnedDocumentMegabytes"] = "1" },
            services => services.AddSingleton<ReportWork>(new LargeDocument(3 * 1024 * 1024)));

        using var response = await host.Client.PostAsync("/api/reports", Form());
        var body = await response.Content.ReadAsStringAsync();
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        Assert.IsFalse(json.TryGetProperty("document", out _));
        Assert.AreEqual(3 * 1024 * 1024, json.GetProperty("size").GetInt64());
        Assert.IsTrue(json.GetProperty("warnings").EnumerateArray().Any(w => w.GetProperty("code").GetString() == "WEB019"), body);
        Assert.IsTrue(body.Length < 10_000, $"{body.Length} characters");
    }

    [TestMethod]
    public async Task An_unexpected_failure_shows_only_the_request_id()
    {
        await using var host = await WebHost.StartAsync(services: s => s.AddSingleton<ReportWork>(new Throws()));

        using var response = await host.Client.PostAsync("/api/reports", Form());
        var body = await response.Content.ReadAsStringAsync();
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.InternalServerError, response.StatusCode, body);
        Assert.AreEqual("WEB010", json.GetProperty("code").GetString());
        StringAssert.Contains(json.GetProperty("detail").GetString(), json.GetProperty("traceId").GetString());
        AssertNothingInternal(host, body);
        Assert.IsFalse(body.Contains("InvalidOperation", StringComparison.Ordinal), body);
    }

    [TestMethod]
    public async Task Storing_failures_show_no_server_path_and_no_exception_text()
    {
        // The local store's root is a file: storing fails with the IO error of the system (naming the path), and the
        // outbox cannot be written either (PUB202 names the outbox and the report's server path).
        var blocker = Path.Combine(TestSupport.RepoPaths.NewTempFolder(), "blocked");
        await File.WriteAllTextAsync(blocker, "a file where a folder should be");
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?>
        {
            ["Local:Folder"] = Path.Combine(blocker, "reports"),
            ["Outbox:Folder"] = Path.Combine(blocker, "outbox"),
        });

        using var response = await host.Client.PostAsync("/api/reports", Form(publish: true));
        var body = await response.Content.ReadAsStringAsync();
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        Assert.AreEqual("none", json.GetProperty("store").GetString(), body);
        var codes = json.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).ToList();
        CollectionAssert.Contains(codes, "WEB023", body);
        CollectionAssert.DoesNotContain(codes, "PUB202");
        Assert.IsFalse(body.Contains(blocker, StringComparison.Ordinal), body);
        AssertNothingInternal(host, body);
        Assert.IsFalse(string.IsNullOrEmpty(json.GetProperty("document").GetString()), "the report is returned");
    }

    [TestMethod]
    public async Task Every_answer_of_a_session_is_free_of_server_paths()
    {
        await using var host = await WebHost.StartAsync();
        var (broken, _) = Trackers.WithoutSigner();
        var bodies = new List<string>();
        foreach (var request in new Func<HttpRequestMessage>[]
        {
            () => new(HttpMethod.Post, "/api/reports") { Content = Form(publish: true) },
            () => new(HttpMethod.Post, "/api/check") { Content = Form() },
            () => new(HttpMethod.Post, "/api/reports") { Content = WebHost.Form(broken, "so.xlsx", ("template", Template)) },
            () => new(HttpMethod.Post, "/api/check") { Content = WebHost.Form([0x50, 0x4B, 3, 4, 0, 0], "so.xlsx") },
            () => new(HttpMethod.Post, "/api/reports") { Content = WebHost.Form(Trackers.Sample, "so.xlsx", ("template", "../../etc/passwd")) },
            () => new(HttpMethod.Get, "/api/templates"),
            () => new(HttpMethod.Get, "/api/nothing"),
        })
        {
            using var message = request();
            using var response = await host.Client.SendAsync(message);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        foreach (var body in bodies)
        {
            AssertNothingInternal(host, body);
        }

        StringAssert.Contains(bodies[0], "\"savedTo\":\"Báo cáo", "the local store's place is relative to its root");
    }

    [TestMethod]
    public async Task The_sign_in_scope_comes_from_configuration_not_from_the_host_header()
    {
        var settings = new Dictionary<string, string?>
        {
            ["LucBinh:Web:Auth:TenantId"] = TestIdentity.TenantId,
            ["LucBinh:Web:Auth:ClientId"] = TestIdentity.ClientId,
            ["LucBinh:Web:Auth:MetadataAddress"] = "http://127.0.0.1:9/.well-known/openid-configuration",
            ["LucBinh:Web:PublicUrl"] = "https://baocao.example.gov.vn",
        };
        await using var host = await WebHost.StartAsync(settings);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/config") { Headers = { Host = "localhost:" + host.Client.BaseAddress!.Port } };

        using var response = await host.Client.SendAsync(request);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual($"api://baocao.example.gov.vn/{TestIdentity.ClientId}/access_as_user", json.GetProperty("scopes")[0].GetString());
    }

    [TestMethod]
    public async Task With_sign_in_on_a_local_store_is_not_written_for_a_caller_without_the_storing_role()
    {
        await using var identity = await TestIdentity.StartAsync();
        await using var host = await WebHost.StartAsync(identity.Settings);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = Form(publish: true),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", identity.Token()) },
        };
        using var response = await host.Client.SendAsync(request);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, json.ToString());
        Assert.AreEqual("none", json.GetProperty("store").GetString());
        Assert.AreEqual("WEB020", json.GetProperty("warnings")[0].GetProperty("code").GetString());
        Assert.IsFalse(string.IsNullOrEmpty(json.GetProperty("document").GetString()));
        Assert.IsEmpty(host.StoredFiles());
    }

    [TestMethod]
    public async Task App_only_storing_needs_the_opt_in_and_the_role_in_the_token()
    {
        await using var identity = await TestIdentity.StartAsync();
        await using var host = await WebHost.StartAsync(new Dictionary<string, string?>(identity.Settings)
        {
            ["LucBinh:Web:Auth:AllowAppOnlyStoring"] = "true",
            ["LucBinh:Web:Auth:StoringRole"] = "Reports.Store",
        });

        async Task<string?> StoreAsync(string token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
            {
                Content = Form(publish: true),
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
            };
            using var response = await host.Client.SendAsync(request);
            return (await WebHost.JsonAsync(response)).GetProperty("store").GetString();
        }

        Assert.AreEqual("none", await StoreAsync(identity.Token(role: "Reports.Read")));
        Assert.IsEmpty(host.StoredFiles());
        Assert.AreEqual("local", await StoreAsync(identity.Token(role: "Reports.Store")));
        Assert.HasCount(1, host.StoredFiles());
    }

    private sealed class ManyDiagnostics(int count) : ReportWork
    {
        private IEnumerable<Diagnostic> Make() => Enumerable.Range(0, count).Select(i => new Diagnostic(
            MessageCatalog.Common, "IO001", i % 2 == 0 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, null, "so.xlsx"));

        public override (IReadOnlyList<Diagnostic> Diagnostics, DataRecord? Data) Check(TemplateFile? reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken) =>
            ([.. Make()], null);

        public override GeneratedReport Generate(TemplateFile reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken) =>
            throw new LucBinhException([.. Make().Select(d => new Diagnostic(d.Catalog, d.Code, DiagnosticSeverity.Error, null, [.. d.Arguments]))]);
    }

    private sealed class LargeDocument(int size) : ReportWork
    {
        public override GeneratedReport Generate(TemplateFile reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken)
        {
            var real = base.Generate(reportTemplate, tracker, period, limits, cancellationToken);
            return real with { Document = new byte[size] };
        }
    }

    private sealed class Throws : ReportWork
    {
        public override GeneratedReport Generate(TemplateFile reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Could not open " + Secret + " for the internal state");
    }
}
