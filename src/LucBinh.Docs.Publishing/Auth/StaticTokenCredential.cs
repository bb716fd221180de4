using System.Text;
using System.Text.Json;
using Azure.Core;

namespace LucBinh.Docs.Publishing.Auth;

/// <summary>
/// <c>Auth:Mode=AccessToken</c>: a bearer token obtained elsewhere (<c>LUCBINH_GRAPH_TOKEN</c>), for scripts and tests.
/// Its expiry is read from the JWT <c>exp</c> claim when there is one, so the SDK does not use a stale token unknowingly.
/// </summary>
public sealed class StaticTokenCredential : TokenCredential
{
    private readonly AccessToken _token;

    public StaticTokenCredential(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        _token = new AccessToken(token.Trim(), ExpiryOf(token) ?? DateTimeOffset.UtcNow.AddHours(1));
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => _token;

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(_token);

    private static DateTimeOffset? ExpiryOf(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return json.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
