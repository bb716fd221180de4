using LucBinh.Docs.Web.Configuration;

namespace LucBinh.Docs.Web.AddinManifest;

/// <summary>
/// <c>GET /api/auth/config</c>, anonymous: what the add-in's sign-in dialog (wwwroot/signin.html, MSAL Browser) needs
/// when Office SSO is unavailable (getAccessToken fails with 13xxx): the app registration's client id, the authority
/// and the scope of this API. 404 when sign-in is off. Nothing secret: the same values are in the manifest.
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

    public static IResult Handle(WebAuthOptions auth, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(request);
        if (!auth.Enabled || string.IsNullOrWhiteSpace(auth.ClientId))
        {
            return TypedResults.NotFound();
        }

        var audience = string.IsNullOrWhiteSpace(auth.Audience) ? $"api://{request.Host.Value}/{auth.ClientId}" : auth.Audience;
        var authority = (auth.Authority ?? auth.Instance.TrimEnd('/') + "/" + (auth.TenantId ?? "organizations")).Replace("/v2.0", string.Empty, StringComparison.Ordinal);
        return TypedResults.Ok(new SignInConfig(auth.ClientId, auth.TenantId, authority, [audience.TrimEnd('/') + "/" + auth.Scope]));
    }
}
