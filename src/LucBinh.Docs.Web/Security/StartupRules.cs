using System.Net;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Localization;
using Microsoft.AspNetCore.HostFiltering;

namespace LucBinh.Docs.Web.Security;

/// <summary>
/// What the host refuses to start with, and its safe defaults: anonymous access beyond loopback (WEB030, unless
/// <see cref="WebOptions.AllowAnonymous"/>), an interactive Graph sign-in (WEB031: a person at the server's console
/// would sign in for every caller), SharePoint without a server credential (WEB032), app-only storing without a role
/// (WEB033); and <c>AllowedHosts</c>, when not configured, the loopback names plus <see cref="WebOptions.PublicUrl"/>'s
/// host, so that a page on another name that resolves to the host (DNS rebinding) is answered 400.
/// </summary>
public static class StartupRules
{
    /// <summary>The Auth:Mode values a server can use: none of them waits for a person.</summary>
    public static readonly IReadOnlyList<AuthMode> ServerModes =
        [AuthMode.OnBehalfOf, AuthMode.ClientCertificate, AuthMode.ClientSecret, AuthMode.ManagedIdentity, AuthMode.WorkloadIdentity, AuthMode.AccessToken];

    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The message of a start-up refusal, in Vietnamese then English (operators read both).</summary>
    public static InvalidOperationException Refusal(string code, params object?[] arguments) =>
        new($"{code}: {WebText.Detail(code, UiLanguage.Vietnamese, arguments)} / {WebText.Detail(code, UiLanguage.English, arguments)}");

    /// <summary>
    /// Auth:Mode for the web host: with SharePoint on and no mode configured, OnBehalfOf when users sign in (the CLI's
    /// default, DeviceCode, never applies here); an interactive mode is refused.
    /// </summary>
    public static void DefaultAuthMode(IConfiguration configuration, WebAuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(auth);
        if (string.IsNullOrWhiteSpace(configuration["SharePoint:SiteUrl"]) || !string.IsNullOrWhiteSpace(configuration["Auth:Mode"]))
        {
            return;
        }

        if (!auth.Enabled)
        {
            throw Refusal("WEB032", string.Join(", ", ServerModes.Where(m => m != AuthMode.OnBehalfOf)));
        }

        configuration["Auth:Mode"] = nameof(AuthMode.OnBehalfOf);
    }

    public static void CheckPublishing(PublishingOptions publishing)
    {
        ArgumentNullException.ThrowIfNull(publishing);
        if (publishing.SharePointEnabled && !ServerModes.Contains(publishing.Auth.Mode))
        {
            throw Refusal("WEB031", publishing.Auth.Mode, string.Join(", ", ServerModes));
        }
    }

    public static void CheckSignIn(WebAuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        if (auth.Enabled && auth.AllowAppOnlyStoring && string.IsNullOrWhiteSpace(auth.StoringRole))
        {
            throw Refusal("WEB033");
        }
    }

    /// <summary>Sign-in off and an address beyond loopback among the configured ones: refused unless AllowAnonymous.</summary>
    public static void CheckAnonymous(IConfiguration configuration, WebOptions web, WebAuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(web);
        ArgumentNullException.ThrowIfNull(auth);
        if (auth.Enabled || web.AllowAnonymous)
        {
            return;
        }

        var outside = ConfiguredAddresses(configuration).FirstOrDefault(a => !IsLoopback(a));
        if (outside is not null)
        {
            throw Refusal("WEB030", outside);
        }
    }

    /// <summary>The same rule on the addresses the server really listens on (endpoints configured in code included).</summary>
    public static string? FirstBeyondLoopback(IEnumerable<string> addresses) => addresses.FirstOrDefault(a => !IsLoopback(a));

    /// <summary>
    /// The addresses the configuration asks Kestrel for: <c>urls</c> (<c>--urls</c>, <c>ASPNETCORE_URLS</c>),
    /// <c>http_ports</c>/<c>https_ports</c> (every interface) and <c>Kestrel:Endpoints:*:Url</c>. None: Kestrel's default,
    /// <c>http://localhost:5000</c>.
    /// </summary>
    public static IReadOnlyList<string> ConfiguredAddresses(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            addresses.AddRange(Split(configuration[key]).Select(port => "http://*:" + port));
        }

        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"]).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u!));
        return addresses;
    }

    /// <summary>
    /// An address of loopback only: <c>localhost</c> or a loopback IP. <c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c> and
    /// any other name (Kestrel binds those to every interface) are not.
    /// </summary>
    public static bool IsLoopback(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        string host;
        if (rest.StartsWith('['))
        {
            var end = rest.IndexOf(']', StringComparison.Ordinal);
            host = end < 0 ? rest : rest[1..end];
        }
        else
        {
            var end = rest.IndexOfAny([':', '/']);
            host = end < 0 ? rest : rest[..end];
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>AllowedHosts when the configuration has none: the loopback names and the public host.</summary>
    public static void DefaultAllowedHosts(IServiceCollection services, IConfiguration configuration, WebOptions web)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(web);
        if (!string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            return;
        }

        var hosts = new List<string>(LoopbackHosts);
        if (web.PublicUrl is { } url)
        {
            hosts.Add(url.IdnHost);
        }

        services.Configure<HostFilteringOptions>(o => o.AllowedHosts = hosts);
    }

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
