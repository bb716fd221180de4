using Azure.Core;
using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.SharePoint;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Graph.Drives.Item.Items.Item.CreateLink;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;

namespace LucBinh.Docs.Publishing.Tests;

/// <summary>
/// The fake must catch what it is there to catch: each test commits one protocol mistake with the real SDK (or raw
/// HTTP) and expects the violation. Without these, a silent fake would make every other test pass vacuously.
/// </summary>
[TestClass]
public sealed class FakeGraphSelfTests
{
    private FakeGraph.FakeGraph _fake = null!;
    private FakeDrive _drive = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _fake = await FakeGraph.FakeGraph.StartAsync();
        _drive = _fake.AddSite("contoso.sharepoint.com", "/sites/DangUy").Drives[0];
    }

    [TestCleanup]
    public async Task StopAsync() => await _fake.DisposeAsync();

    [TestMethod]
    public async Task Passing_the_Graph_adapter_to_LargeFileUploadTask_leaks_the_token_to_the_upload_URL()
    {
        var graph = Graph();
        var session = await graph.Drives[_drive.Id].Items["root"].ItemWithPath("a.bin").CreateUploadSession.PostAsync(Body("a.bin"));
        using var stream = new MemoryStream(new byte[400_000]);
        var task = new LargeFileUploadTask<DriveItem>(session, stream, 327_680, graph.RequestAdapter);

        await Assert.ThrowsAsync<Exception>(() => task.UploadAsync(null, 1));

        Assert.IsTrue(_fake.Violations.Any(v => v.Contains("Authorization header sent to the upload URL", StringComparison.Ordinal)), string.Join("\n", _fake.Violations));
    }

    [TestMethod]
    public async Task Fragments_that_are_not_multiples_of_320_KiB_are_flagged()
    {
        var graph = Graph();
        var session = await graph.Drives[_drive.Id].Items["root"].ItemWithPath("a.bin").CreateUploadSession.PostAsync(Body("a.bin"));
        using var stream = new MemoryStream(new byte[400_000]);
        var task = new LargeFileUploadTask<DriveItem>(session, stream, 100_000, GraphClients.CreateUploadAdapter(new GraphOptions()));

        await Assert.ThrowsAsync<Exception>(() => task.UploadAsync(null, 1));

        Assert.IsTrue(_fake.Violations.Any(v => v.Contains("not a multiple of 320 KiB", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task The_SDK_default_createLink_body_strips_inherited_permissions_and_is_flagged()
    {
        var graph = Graph();
        using var content = new MemoryStream([1, 2, 3]);
        var request = graph.Drives[_drive.Id].Items["root"].ItemWithPath("a.docx").Content.ToPutRequestInformation(content);
        request.URI = new Uri(request.URI + "?@microsoft.graph.conflictBehavior=fail");
        var item = await graph.RequestAdapter.SendAsync(request, DriveItem.CreateFromDiscriminatorValue);

        await graph.Drives[_drive.Id].Items[item!.Id].CreateLink.PostAsync(new CreateLinkPostRequestBody { Type = "view", Scope = "organization" });

        Assert.IsTrue(_fake.Violations.Any(v => v.Contains("retainInheritedPermissions: false", StringComparison.Ordinal)), string.Join("\n", _fake.Violations));
    }

    [TestMethod]
    public async Task A_retry_sooner_than_Retry_After_is_flagged()
    {
        _fake.AddFault(new Fault(RouteClass.Site, FaultAction.Status) { Status = 429, RetryAfterSeconds = 5 });
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "x");
        var url = _fake.BaseUrl + "/sites/contoso.sharepoint.com:/sites/DangUy";

        Assert.AreEqual(429, (int)(await http.GetAsync(new Uri(url))).StatusCode);
        Assert.AreEqual(200, (int)(await http.GetAsync(new Uri(url))).StatusCode);

        Assert.IsTrue(_fake.Violations.Any(v => v.Contains("before Retry-After", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Uploads_without_explicit_conflict_behaviour_and_sessions_left_open_fail_the_test()
    {
        var graph = Graph();
        await graph.Drives[_drive.Id].Items["root"].ItemWithPath("a.bin").CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody());

        var e = Assert.ThrowsExactly<InvalidOperationException>(() => _fake.AssertClean());

        StringAssert.Contains(e.Message, "without an explicit conflictBehavior");
        StringAssert.Contains(e.Message, "leaked upload session");
    }

    [TestMethod]
    public async Task Unrouted_requests_and_missing_tokens_are_flagged()
    {
        using var http = new HttpClient();
        Assert.AreEqual(401, (int)(await http.GetAsync(new Uri(_fake.BaseUrl + "/me/drive"))).StatusCode);
        http.DefaultRequestHeaders.Authorization = new("Bearer", "x");
        Assert.AreEqual(400, (int)(await http.GetAsync(new Uri(_fake.BaseUrl + "/me/drive"))).StatusCode);

        Assert.IsTrue(_fake.Violations.Any(v => v.Contains("without a bearer token", StringComparison.Ordinal)));
        Assert.IsTrue(_fake.Violations.Any(v => v.Contains("unrouted", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_fault_that_never_fired_fails_the_test()
    {
        _fake.AddFault(new Fault(RouteClass.Upload, FaultAction.Drop));

        var e = Assert.ThrowsExactly<InvalidOperationException>(() => _fake.AssertClean());

        StringAssert.Contains(e.Message, "fired 0 of 1");
    }

    private GraphServiceClient Graph() =>
        new(new AzureIdentityAuthenticationProvider(new Token(), ["127.0.0.1"], null, true, "https://graph.microsoft.com/.default"), _fake.BaseUrl);

    private static CreateUploadSessionPostRequestBody Body(string name) => new()
    {
        Item = new DriveItemUploadableProperties { Name = name, AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "fail" } },
    };

    private sealed class Token : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new("t", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(GetToken(requestContext, cancellationToken));
    }
}
