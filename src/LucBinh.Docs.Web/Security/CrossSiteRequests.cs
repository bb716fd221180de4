using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Problems;
using Microsoft.Net.Http.Headers;

namespace LucBinh.Docs.Web.Security;

/// <summary>
/// Refuses state-changing requests (anything but GET, HEAD, OPTIONS, TRACE) that a browser sent from another site:
/// with sign-in off a page anywhere could otherwise post a workbook to the host and have a report made and stored.
/// A browser says where a request comes from: <c>Sec-Fetch-Site</c> (<c>same-origin</c> and <c>none</c> pass) and, on
/// every cross-origin POST, <c>Origin</c> (it must be the host's own origin or one of
/// <see cref="WebOptions.AllowedOrigins"/>; <c>Origin: null</c>, from sandboxed frames and some redirects, is refused).
/// A request with neither header does not come from a browser page (curl, scripts, the CLI) and passes. Answer: 403 WEB017,
/// before the body is read.
/// </summary>
public static class CrossSiteRequests
{
    public static IApplicationBuilder UseCrossSiteRefusal(this IApplicationBuilder app, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allowed = options.AllowedOrigins.Select(o => o.Trim().TrimEnd('/')).Where(o => o.Length > 0).ToArray();
        return app.Use((context, next) =>
            IsSafeMethod(context.Request.Method) || IsAllowed(context.Request, allowed)
                ? next(context)
                : ProblemResults.WriteAsync(context, StatusCodes.Status403Forbidden, "WEB017"));
    }

    internal static bool IsAllowed(HttpRequest request, IReadOnlyList<string> allowedOrigins)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            // same-site or cross-site: only an allowed origin may.
            return origin.Length > 0 && IsListed(origin, allowedOrigins);
        }

        return origin.Length == 0 || IsOwn(origin, request) || IsListed(origin, allowedOrigins);
    }

    private static bool IsSafeMethod(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    /// <summary>
    /// The host's own origin: the same host and port as the request's Host (already limited by AllowedHosts). The scheme
    /// is not compared: behind a proxy that ends TLS the host sees http while the page's origin is https.
    /// </summary>
    private static bool IsOwn(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);

    private static bool IsListed(string origin, IReadOnlyList<string> allowedOrigins)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return false;
        }

        foreach (var entry in allowedOrigins)
        {
            if (string.Equals(entry, origin, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // https://*.example.com: a sub-domain of example.com, same scheme, default port.
            var wildcard = entry.IndexOf("://*.", StringComparison.Ordinal);
            if (wildcard > 0 && uri.IsDefaultPort
                && string.Equals(entry[..wildcard], uri.Scheme, StringComparison.OrdinalIgnoreCase)
                && uri.Host.EndsWith(entry[(wildcard + 4)..], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
