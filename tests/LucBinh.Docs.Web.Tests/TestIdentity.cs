using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// A stand-in for the Microsoft Entra ID tenant: an RSA key made in the test, published as JWKS with OpenID metadata
/// on 127.0.0.1, and tokens minted with it the way Entra ID issues them for an add-in (v2 or v1 issuer, audience the
/// Application ID URI, <c>scp</c>).
/// </summary>
internal sealed class TestIdentity : IAsyncDisposable
{
    public const string TenantId = "7d1c3a5e-0000-4000-8000-00000000a001";
    public const string ClientId = "0f6b1a2c-0000-4000-8000-00000000c001";
    public const string Audience = "api://localhost:44300/" + ClientId;

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key;

    private TestIdentity(WebApplication app, RsaSecurityKey key, string origin)
    {
        _app = app;
        _key = key;
        MetadataAddress = origin + "/" + TenantId + "/v2.0/.well-known/openid-configuration";
    }

    public static string V2Issuer => "https://login.microsoftonline.com/" + TenantId + "/v2.0";

    public static string V1Issuer => "https://sts.windows.net/" + TenantId + "/";

    public string MetadataAddress { get; }

    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["LucBinh:Web:Auth:TenantId"] = TenantId,
        ["LucBinh:Web:Auth:ClientId"] = ClientId,
        ["LucBinh:Web:Auth:Audience"] = Audience,
        ["LucBinh:Web:Auth:MetadataAddress"] = MetadataAddress,
    };

    public static async Task<TestIdentity> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" };
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        string origin = string.Empty;
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://login.microsoftonline.com/" + tenant + "/v2.0",
            ["jwks_uri"] = origin + "/" + tenant + "/discovery/v2.0/keys",
            ["authorization_endpoint"] = "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/authorize",
            ["token_endpoint"] = "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string> { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E },
            },
        }));
        await app.StartAsync().ConfigureAwait(false);
        origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return new TestIdentity(app, key, origin);
    }

    /// <summary>A token as Entra ID issues it for the add-in; each argument changes one thing about it.</summary>
    public string Token(string? issuer = null, string? audience = null, string scope = "access_as_user", TimeSpan? expiresIn = null, SecurityKey? key = null, string? role = null)
    {
        var claims = new List<Claim>
        {
            new("scp", scope),
            new("tid", TenantId),
            new("oid", Guid.NewGuid().ToString()),
            new("ver", "2.0"),
        };
        if (role is not null)
        {
            claims.Add(new Claim("roles", role));
        }

        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? V2Issuer,
            Audience = audience ?? Audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
