using System.Collections.Concurrent;
using System.Text.Json;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Web.AddinManifest;
using LucBinh.Docs.Web.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// Sign-in when the host requires it (LucBinh:Web:Auth on): the task pane answers the host's 401 with an Office SSO
/// token, or with the MSAL dialog's token when SSO is unavailable (13xxx). The host's token validation itself is
/// tested in LucBinh.Docs.Web.Tests; here its metadata address is a closed local port, so every token is refused
/// (401) without any call leaving the machine.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class SignInBrowserTests
{
    private const string ClientId = "5f34c74f-8890-4d11-928c-690e397e41d3";
    private const string TenantId = "7a2b3c4d-0000-4000-8000-000000000001";

    private static readonly LocalHostSession Session = new(new Dictionary<string, string?>
    {
        ["LucBinh:Web:Auth:TenantId"] = TenantId,
        ["LucBinh:Web:Auth:ClientId"] = ClientId,
        ["LucBinh:Web:Auth:Instance"] = "http://127.0.0.1:9/",
        ["LucBinh:Web:Auth:MetadataAddress"] = "http://127.0.0.1:9/.well-known/openid-configuration",
        ["LucBinh:Web:PublicUrl"] = "https://baocao.example.gov.vn",
    });

    public TestContext TestContext { get; set; } = null!;

    [ClassCleanup]
    public static async Task CleanupAsync() => await Session.DisposeAsync();

    [TestMethod]
    public async Task On_401_the_task_pane_asks_Office_for_a_token_and_sends_it()
    {
        var (host, browser) = await FixtureAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For(Trackers.Sample()) with { Token = "sso-token" });
        var authorizations = Record(page);
        await page.GotoAsync(host.BaseUrl + "taskpane.html");
        await page.WaitForSelectorAsync("body[data-ready='true']");

        // GET /api/templates: anonymous → 401 → getAccessToken → again with the token (refused here: not a real one).
        Assert.IsGreaterThanOrEqualTo(1, await page.EvaluateAsync<int>("() => window.__officeStub.tokenRequests"));
        CollectionAssert.Contains(authorizations.ToList(), "Bearer sso-token");
        Assert.IsEmpty(await page.EvaluateAsync<JsonElement[]>("() => window.__officeStub.dialogs"), "no dialog when SSO works");
        await Expect(page.Locator("#error")).ToContainTextAsync("Cần đăng nhập");
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task When_SSO_is_unavailable_the_sign_in_dialog_supplies_the_token()
    {
        var (host, browser) = await FixtureAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For(Trackers.Sample()) with
        {
            DialogMessage = JsonSerializer.Serialize(new { status = "ok", token = "dialog-token" }),
        });
        var authorizations = Record(page);
        await page.GotoAsync(host.BaseUrl + "taskpane.html");
        await page.WaitForSelectorAsync("body[data-ready='true']");

        var dialog = await page.EvaluateAsync<string>("() => window.__officeStub.dialogs[0].url");
        Assert.AreEqual(host.BaseUrl + "signin.html?lang=vi", dialog);
        CollectionAssert.Contains(authorizations.ToList(), "Bearer dialog-token");
        Assert.AreEqual(1, await page.EvaluateAsync<int>("() => window.__officeStub.dialogsClosed"));
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task The_sign_in_dialog_says_so_when_the_server_has_no_sign_in_settings()
    {
        var (host, browser) = await FixtureAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For([]));
        await page.RouteAsync("**/api/auth/config", route => route.FulfillAsync(new RouteFulfillOptions { Status = 404 }));
        await page.GotoAsync(host.BaseUrl + "signin.html?lang=en");
        await page.WaitForFunctionAsync("() => window.__officeStub.parentMessages.length > 0");
        var message = JsonDocument.Parse(await page.EvaluateAsync<string>("() => window.__officeStub.parentMessages[0]")).RootElement;
        Assert.AreEqual("error", message.GetProperty("status").GetString());
        await Expect(page.Locator("#message")).ToHaveTextAsync("Sign-in is not configured on the server (no application id).");
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task The_sign_in_dialog_sends_the_user_to_Microsofts_sign_in_page_for_this_app()
    {
        var (host, browser) = await FixtureAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For([]));
        var authority = "https://login.microsoftonline.com/" + TenantId;
        await page.RouteAsync("**/api/auth/config", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new { clientId = ClientId, tenantId = TenantId, authority, scopes = new[] { $"api://localhost:44300/{ClientId}/access_as_user" } }),
        }));

        // Microsoft's sign-in service, answered locally: MSAL's discovery documents, then the authorize page.
        await page.RouteAsync("https://login.microsoftonline.com/**", async route =>
        {
            var url = route.Request.Url;
            if (url.Contains("/discovery/instance", StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    ContentType = "application/json",
                    Body = JsonSerializer.Serialize(new Dictionary<string, object>
                    {
                        ["tenant_discovery_endpoint"] = authority + "/v2.0/.well-known/openid-configuration",
                        ["api-version"] = "1.1",
                        ["metadata"] = new[] { new { preferred_network = "login.microsoftonline.com", preferred_cache = "login.windows.net", aliases = new[] { "login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net" } } },
                    }),
                });
            }
            else if (url.Contains("/.well-known/openid-configuration", StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    ContentType = "application/json",
                    Body = JsonSerializer.Serialize(new
                    {
                        authorization_endpoint = authority + "/oauth2/v2.0/authorize",
                        token_endpoint = authority + "/oauth2/v2.0/token",
                        end_session_endpoint = authority + "/oauth2/v2.0/logout",
                        issuer = authority + "/v2.0",
                        jwks_uri = authority + "/discovery/v2.0/keys",
                    }),
                });
            }
            else
            {
                await route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = "<!DOCTYPE html><title>sign-in (test)</title>" });
            }
        });

        var navigation = await page.RunAndWaitForRequestAsync(
            () => page.GotoAsync(host.BaseUrl + "signin.html?lang=vi"),
            r => r.Url.StartsWith(authority + "/oauth2/v2.0/authorize", StringComparison.Ordinal));
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(navigation.Url).Query);
        Assert.AreEqual(ClientId, query["client_id"]);
        Assert.Contains($"api://localhost:44300/{ClientId}/access_as_user", query["scope"] ?? string.Empty, StringComparison.Ordinal);
        Assert.AreEqual(host.BaseUrl + "signin.html", query["redirect_uri"]);
        Assert.AreEqual("code", query["response_type"]);
        Assert.IsFalse(string.IsNullOrEmpty(query["code_challenge"]), "PKCE");
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task The_host_gives_the_sign_in_dialog_its_settings_without_a_token()
    {
        var (host, browser) = await FixtureAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For([]));
        await page.GotoAsync(host.BaseUrl + "help.html");
        var answer = await page.EvaluateAsync<JsonElement>("""
            async () => { const r = await fetch("api/auth/config"); return { status: r.status, body: await r.json() }; }
            """);
        Assert.AreEqual(200, answer.GetProperty("status").GetInt32());
        var body = answer.GetProperty("body");
        Assert.AreEqual(ClientId, body.GetProperty("clientId").GetString());
        var scope = body.GetProperty("scopes")[0].GetString();
        Assert.AreEqual($"api://baocao.example.gov.vn/{ClientId}/access_as_user", scope, "from LucBinh:Web:PublicUrl, not from the request's Host");
        await page.CloseAsync();
    }

    [TestMethod]
    public void The_sign_in_settings_endpoint_gives_MSAL_the_client_id_authority_and_scope()
    {
        var web = new WebOptions { PublicUrl = new Uri("https://baocao.example.gov.vn") };
        var result = SignInConfigEndpoint.Handle(new WebAuthOptions { ClientId = ClientId, TenantId = TenantId }, web);
        var config = (result as Microsoft.AspNetCore.Http.HttpResults.Ok<SignInConfig>)?.Value;
        Assert.IsNotNull(config);
        Assert.AreEqual(ClientId, config.ClientId);
        Assert.AreEqual("https://login.microsoftonline.com/" + TenantId, config.Authority);
        CollectionAssert.AreEqual(new[] { $"api://baocao.example.gov.vn/{ClientId}/access_as_user" }, config.Scopes.ToArray());

        var withoutPublicUrl = (SignInConfigEndpoint.Handle(new WebAuthOptions { ClientId = ClientId, TenantId = TenantId }, new WebOptions()) as Microsoft.AspNetCore.Http.HttpResults.Ok<SignInConfig>)?.Value;
        CollectionAssert.AreEqual(new[] { $"api://{ClientId}/access_as_user" }, withoutPublicUrl?.Scopes.ToArray());

        var off = SignInConfigEndpoint.Handle(new WebAuthOptions(), web);
        Assert.IsInstanceOfType<Microsoft.AspNetCore.Http.HttpResults.NotFound>(off);
    }

    private static ConcurrentQueue<string> Record(IPage page)
    {
        var authorizations = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/", StringComparison.Ordinal) && request.Headers.TryGetValue("authorization", out var value))
            {
                authorizations.Enqueue(value);
            }
        };
        return authorizations;
    }

    private static Task<(AddinHost Host, AddinBrowser Browser)> FixtureAsync() => Session.GetAsync();
}
