using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LucBinh.Docs.Web.Tests;

/// <summary>With sign-in configured, the API takes only the add-in's SSO token for this app, with access_as_user.</summary>
[TestClass]
public sealed class AuthTests
{
    private static TestIdentity s_identity = null!;

    [ClassInitialize]
    public static async Task Start(TestContext context) => s_identity = await TestIdentity.StartAsync();

    [ClassCleanup]
    public static async Task Stop() => await s_identity.DisposeAsync();

    private static async Task<HttpResponseMessage> GetTemplatesAsync(WebHost host, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/templates");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await host.Client.SendAsync(request);
    }

    [TestMethod]
    public async Task A_valid_token_with_the_v2_or_v1_issuer_is_accepted()
    {
        await using var host = await WebHost.StartAsync(s_identity.Settings);

        using var v2 = await GetTemplatesAsync(host, s_identity.Token());
        using var v1 = await GetTemplatesAsync(host, s_identity.Token(issuer: TestIdentity.V1Issuer, audience: TestIdentity.ClientId));

        Assert.AreEqual(HttpStatusCode.OK, v2.StatusCode, await v2.Content.ReadAsStringAsync());
        Assert.AreEqual(HttpStatusCode.OK, v1.StatusCode, await v1.Content.ReadAsStringAsync());
    }

    [TestMethod]
    [DataRow("missing")]
    [DataRow("expired")]
    [DataRow("audience")]
    [DataRow("issuer")]
    [DataRow("key")]
    [DataRow("garbage")]
    public async Task A_missing_or_invalid_token_is_401_problem_details(string what)
    {
        await using var host = await WebHost.StartAsync(s_identity.Settings);
        var token = what switch
        {
            "missing" => null,
            "expired" => s_identity.Token(expiresIn: TimeSpan.FromMinutes(-30)),
            "audience" => s_identity.Token(audience: "api://localhost:44300/another-app"),
            "issuer" => s_identity.Token(issuer: "https://login.microsoftonline.com/another-tenant/v2.0"),
            "key" => s_identity.Token(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" }),
            _ => "not.a.token",
        };

        using var response = await GetTemplatesAsync(host, token);
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode, json.ToString());
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("WEB008", json.GetProperty("code").GetString());
        Assert.AreEqual("Cần đăng nhập", json.GetProperty("title").GetString());
        Assert.AreEqual("Bearer", response.Headers.WwwAuthenticate.First().Scheme);
    }

    [TestMethod]
    public async Task A_token_without_the_access_as_user_scope_is_403()
    {
        await using var host = await WebHost.StartAsync(s_identity.Settings);

        using var response = await GetTemplatesAsync(host, s_identity.Token(scope: "Files.Read User.Read"));
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode, json.ToString());
        Assert.AreEqual("WEB009", json.GetProperty("code").GetString());
        StringAssert.Contains(json.GetProperty("detail").GetString(), "access_as_user");
    }

    [TestMethod]
    public async Task Reports_and_check_need_the_token_too_but_the_task_pane_does_not()
    {
        await using var host = await WebHost.StartAsync(s_identity.Settings);

        using var reports = await host.Client.PostAsync("/api/reports", WebHost.Form(Trackers.Sample));
        using var check = await host.Client.PostAsync("/api/check", WebHost.Form(Trackers.Sample));
        using var health = await host.Client.GetAsync("/healthz");

        Assert.AreEqual(HttpStatusCode.Unauthorized, reports.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, check.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, health.StatusCode);
    }

    [TestMethod]
    public async Task The_sign_in_dialogs_settings_are_anonymous_and_only_there_when_sign_in_is_on()
    {
        await using var on = await WebHost.StartAsync(s_identity.Settings);
        await using var off = await WebHost.StartAsync();

        using var config = await on.Client.GetAsync("/api/auth/config");
        using var none = await off.Client.GetAsync("/api/auth/config");

        var json = await WebHost.JsonAsync(config);
        Assert.AreEqual(HttpStatusCode.OK, config.StatusCode, json.ToString());
        Assert.AreEqual(TestIdentity.ClientId, json.GetProperty("clientId").GetString());
        Assert.AreEqual(TestIdentity.Audience + "/access_as_user", json.GetProperty("scopes")[0].GetString());
        Assert.AreEqual(HttpStatusCode.NotFound, none.StatusCode);
    }
}
