using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Localization;

namespace LucBinh.Docs.Web.Storage;

/// <summary>
/// Who may have a report stored. Sign-in off: anybody who reaches the host (which the start-up rules keep to loopback
/// unless <c>AllowAnonymous</c>). Sign-in on: storing in SharePoint on behalf of the caller (<c>Auth:Mode=OnBehalfOf</c>,
/// the caller's own rights decide), or, only with <c>LucBinh:Web:Auth:AllowAppOnlyStoring=true</c>, with the host's own
/// identity for a caller whose token carries the app role <c>StoringRole</c>. Otherwise the report is returned, not
/// stored (WEB020).
/// </summary>
public static class StoringPolicy
{
    public static Diagnostic? Refusal(HttpContext context, WebAuthOptions auth, PublishingOptions publishing)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(publishing);
        if (!auth.Enabled || (publishing.SharePointEnabled && publishing.Auth.Mode == AuthMode.OnBehalfOf))
        {
            return null;
        }

        var role = auth.StoringRole?.Trim();
        if (auth.AllowAppOnlyStoring && !string.IsNullOrEmpty(role)
            && context.User.FindAll("roles").Any(c => string.Equals(c.Value, role, StringComparison.Ordinal)))
        {
            return null;
        }

        return new Diagnostic(WebText.Catalog, "WEB020", DiagnosticSeverity.Warning, null, string.IsNullOrEmpty(role) ? "—" : role);
    }
}
