namespace LucBinh.Docs.Web.AddinManifest;

/// <summary>The answer of <c>GET /api/auth/config</c>: MSAL's <c>auth.clientId</c>, <c>auth.authority</c> and the scopes to ask.</summary>
public sealed record SignInConfig(string ClientId, string? TenantId, string Authority, IReadOnlyList<string> Scopes);
