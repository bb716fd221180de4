namespace LucBinh.Docs.Web.Configuration;

/// <summary>
/// Sign-in of the add-in's users, section <c>LucBinh:Web:Auth</c>. On when <c>ClientId</c> (or <c>Audience</c>) is set:
/// the API then requires the Office SSO token (Microsoft Entra ID access token for this app, scope
/// <c>access_as_user</c>); off for a single office on one machine.
/// </summary>
public sealed record WebAuthOptions
{
    public const string Section = "LucBinh:Web:Auth";

    /// <summary>The directory (tenant) id; <c>organizations</c> is not accepted: the issuer must be one tenant.</summary>
    public string? TenantId { get; init; }

    /// <summary>The add-in's app registration (application id).</summary>
    public string? ClientId { get; init; }

    /// <summary>The Application ID URI, <c>api://host/{clientId}</c>; tokens for it or for the client id are accepted.</summary>
    public string? Audience { get; init; }

    /// <summary>The sign-in host, default <c>https://login.microsoftonline.com/</c> (national clouds differ).</summary>
    public string Instance { get; init; } = "https://login.microsoftonline.com/";

    /// <summary>Overrides <c>{Instance}{TenantId}/v2.0</c>.</summary>
    public string? Authority { get; init; }

    /// <summary>Overrides the OpenID metadata address (<c>{Authority}/.well-known/openid-configuration</c>).</summary>
    public string? MetadataAddress { get; init; }

    /// <summary>The scope the token must carry in <c>scp</c>.</summary>
    public string Scope { get; init; } = "access_as_user";

    /// <summary>
    /// With sign-in on, reports are stored only on behalf of the user (<c>Auth:Mode=OnBehalfOf</c>). True lets the host
    /// store with its own identity (app-only credential, or the local folder) for callers whose token carries the app
    /// role <see cref="StoringRole"/>.
    /// </summary>
    public bool AllowAppOnlyStoring { get; init; }

    /// <summary>The app role (token claim <c>roles</c>) a caller needs for app-only storing.</summary>
    public string? StoringRole { get; init; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(Audience);

    public string ResolvedAuthority => Authority ?? Instance.TrimEnd('/') + "/" + TenantId + "/v2.0";

    /// <summary>The v2 issuer (<c>https://login.microsoftonline.com/{tid}/v2.0</c>) and the v1 one (<c>https://sts.windows.net/{tid}/</c>).</summary>
    public IReadOnlyList<string> Issuers =>
    [
        Instance.TrimEnd('/') + "/" + TenantId + "/v2.0",
        "https://sts.windows.net/" + TenantId + "/",
    ];

    public IReadOnlyList<string> Audiences =>
        new[] { Audience, ClientId }.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!).ToList();
}
