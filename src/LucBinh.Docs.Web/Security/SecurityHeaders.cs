using LucBinh.Docs.Web.Configuration;

namespace LucBinh.Docs.Web.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, no referrer, a Content-Security-Policy whose <c>frame-ancestors</c>
/// lets Office (desktop and on the web) host the task pane and nothing else frame it, and no caching of API answers
/// (they hold the user's report).
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseLucBinhSecurityHeaders(this IApplicationBuilder app, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (!string.IsNullOrWhiteSpace(options.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = options.ContentSecurityPolicy;
                }

                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
