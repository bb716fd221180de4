using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LucBinh.Docs.FakeGraph;

namespace LucBinh.Docs.Publishing.Tests;

/// <summary>
/// The fake Graph's lists answer as graph-notes §12 describes, on the wire (raw HTTP, so the SDK hides nothing):
/// unique values need an index, a duplicate is refused with SharePoint's message, a stale eTag gets 412, and a filter
/// on a column without an index needs the Prefer header.
/// </summary>
[TestClass]
public sealed class FakeGraphListTests : IDisposable
{
    private FakeGraph.FakeGraph _fake = null!;
    private FakeSite _site = null!;
    private HttpClient _http = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _fake = await FakeGraph.FakeGraph.StartAsync();
        _site = _fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        _http = new HttpClient();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "t");
    }

    [TestCleanup]
    public async Task StopAsync() => await _fake.DisposeAsync();

    public void Dispose() => _http?.Dispose();

    [TestMethod]
    public async Task Unique_values_need_an_index_and_a_duplicate_is_refused_with_SharePoints_message()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "lists", """{"displayName":"Sổ","list":{"template":"genericList"},"columns":[{"name":"Key","text":{},"enforceUniqueValues":true}]}""");
        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        StringAssert.Contains(body["error"]!["message"]!.GetValue<string>(), "index");

        (status, body) = await SendAsync(HttpMethod.Post, "lists", """{"displayName":"Sổ","list":{"template":"genericList"},"columns":[{"name":"Key","text":{},"indexed":true,"enforceUniqueValues":true},{"name":"Note","text":{}}]}""");
        Assert.AreEqual(HttpStatusCode.Created, status);
        var list = body["id"]!.GetValue<string>();
        Assert.AreEqual(HttpStatusCode.Conflict, (await SendAsync(HttpMethod.Post, "lists", """{"displayName":"sổ"}""")).Status, "list names are unique, case-insensitively");

        Assert.AreEqual(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, $"lists/{list}/items", """{"fields":{"Title":"a","Key":"BC|1"}}""")).Status);
        (status, body) = await SendAsync(HttpMethod.Post, $"lists/{list}/items", """{"fields":{"Title":"b","Key":"bc|1"}}""");
        Assert.AreEqual(HttpStatusCode.Conflict, status);
        Assert.AreEqual(FakeGraph.FakeGraph.DuplicateMessage, body["error"]!["message"]!.GetValue<string>());
        Assert.IsNotNull(body["error"]!["innerError"]!["request-id"]);

        _fake.DuplicateStatus = 500;
        Assert.AreEqual(HttpStatusCode.InternalServerError, (await SendAsync(HttpMethod.Post, $"lists/{list}/items", """{"fields":{"Title":"c","Key":"BC|1"}}""")).Status);
        Assert.AreEqual(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, $"lists/{list}/items", """{"fields":{"Title":"d","Nope":"x"}}""")).Status, "unknown column");
        Assert.AreEqual(1, _fake.ListItems(_site.Lists.Single()).Count);
    }

    [TestMethod]
    public async Task A_stale_etag_gets_412_and_a_filter_on_a_column_without_index_needs_the_prefer_header()
    {
        var list = _fake.AddList(_site, "Sổ", new FakeColumn("Key", "text") { Indexed = true, EnforceUniqueValues = true }, new FakeColumn("Note", "text"), new FakeColumn("N", "number") { Indexed = true });
        var (_, created) = await SendAsync(HttpMethod.Post, $"lists/{list.Id}/items", """{"fields":{"Title":"a","Key":"k1","Note":"x","N":1}}""");
        var id = created["id"]!.GetValue<string>();
        var etag = created["eTag"]!.GetValue<string>();
        await SendAsync(HttpMethod.Post, $"lists/{list.Id}/items", """{"fields":{"Title":"b","Key":"k2","Note":"y","N":2}}""");

        Assert.AreEqual(HttpStatusCode.OK, (await SendAsync(HttpMethod.Patch, $"lists/{list.Id}/items/{id}/fields", """{"Note":"z"}""", ("If-Match", etag))).Status);
        var (stale, _) = await SendAsync(HttpMethod.Patch, $"lists/{list.Id}/items/{id}/fields", """{"Note":"w"}""", ("If-Match", etag));
        Assert.AreEqual(HttpStatusCode.PreconditionFailed, stale);
        Assert.AreEqual(HttpStatusCode.Conflict, (await SendAsync(HttpMethod.Patch, $"lists/{list.Id}/items/{id}/fields", """{"Key":"k2"}""")).Status, "unique values hold on update too");

        var (refused, error) = await SendAsync(HttpMethod.Get, $"lists/{list.Id}/items?$expand=fields&$filter=fields/Note eq 'y'");
        Assert.AreEqual(HttpStatusCode.BadRequest, refused);
        StringAssert.Contains(error["error"]!["message"]!.GetValue<string>(), FakeGraph.FakeGraph.NonIndexedPrefer);
        var (ok, found) = await SendAsync(HttpMethod.Get, $"lists/{list.Id}/items?$expand=fields&$filter=fields/Note eq 'y'", null, ("Prefer", FakeGraph.FakeGraph.NonIndexedPrefer));
        Assert.AreEqual(HttpStatusCode.OK, ok);
        Assert.AreEqual("k2", found["value"]![0]!["fields"]!["Key"]!.GetValue<string>());

        var (_, top) = await SendAsync(HttpMethod.Get, $"lists/{list.Id}/items?$expand=fields&$orderby=fields/N desc&$top=1");
        Assert.AreEqual(2, top["value"]![0]!["fields"]!["N"]!.GetValue<int>());
        var (_, bare) = await SendAsync(HttpMethod.Get, $"lists/{list.Id}/items?$top=1");
        Assert.IsNull(bare["value"]![0]!["fields"], "fields only with $expand=fields");
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> SendAsync(HttpMethod method, string path, string? json = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, $"{_fake.BaseUrl}/sites/{_site.Id}/{path}");
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? [] : (JsonObject)JsonNode.Parse(text)!);
    }
}
