using LucBinh.Docs.Web.Configuration;

namespace LucBinh.Docs.Web.AddinManifest;

/// <summary>
/// <c>GET /api/auth/config</c>, anonymous: what the add-in's sign-in dialog (wwwroot/signin.html, MSAL Browser) needs
/// when Office SSO is unavailable (getAccessToken fails with 13xxx): the app registration's client id, the authority
/// and the scope of this API (built from configuration, never from the request). 404 when sign-in is off. Nothing secret: the same values are in the manifest.
/// Wired by <c>SignInConfigEndpoint.Map(app)</c> in <see cref="LucBinhWebApp.Build"/>.
/// </summary>
public static class SignInConfigEndpoint
{
    public const string Path = "/api/auth/config";

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(Path, Handle).AllowAnonymous();
    }

    public static IResult Handle(WebAuthOptions auth, WebOptions web)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(web);
        if (!auth.Enabled || string.IsNullOrWhiteSpace(auth.ClientId))
        {
            return TypedResults.NotFound();
        }

        var authority = (auth.Authority ?? auth.Instance.TrimEnd('/') + "/" + (auth.TenantId ?? "organizations")).Replace("/v2.0", string.Empty, StringComparison.Ordinal);
        return TypedResults.Ok(new SignInConfig(auth.ClientId, auth.TenantId, authority, [ApplicationIdUri(auth, web).TrimEnd('/') + "/" + auth.Scope]));
    }

    /// <summary>
    /// The API's Application ID URI, from configuration only (a request's Host header is the caller's to choose):
    /// <c>Auth:Audience</c>, else <c>api://{PublicUrl's host}/{clientId}</c> (the form Office SSO needs), else
    /// Entra ID's default <c>api://{clientId}</c>.
    /// </summary>
    public static string ApplicationIdUri(WebAuthOptions auth, WebOptions web)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(web);
        return !string.IsNullOrWhiteSpace(auth.Audience) ? auth.Audience
            : web.PublicUrl is { } url ? $"api://{url.Authority}/{auth.ClientId}"
            : $"api://{auth.ClientId}";
    }
}
