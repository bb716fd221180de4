using System.Globalization;
using System.Threading.RateLimiting;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Problems;
using Microsoft.AspNetCore.RateLimiting;

namespace LucBinh.Docs.Web.Jobs;

/// <summary>
/// The concurrency limiter of the endpoints that read workbooks and render templates (ASP.NET Core rate limiting):
/// <see cref="WebOptions.MaxConcurrentJobs"/> at once, <see cref="WebOptions.MaxQueuedJobs"/> waiting (oldest first),
/// any more answered 503 WEB016 with <c>Retry-After</c>. A request waits in the queue before its body is read, so
/// waiting costs a connection, not memory. <c>/healthz</c>, static files and <c>/api/templates</c> are not limited.
/// </summary>
public static class HeavyRequests
{
    public const string PolicyName = "heavy";

    public static IServiceCollection Add(IServiceCollection services, WebOptions web)
    {
        ArgumentNullException.ThrowIfNull(web);
        return services.AddRateLimiter(o =>
        {
            o.AddConcurrencyLimiter(PolicyName, c =>
            {
                c.PermitLimit = web.ResolvedMaxConcurrentJobs;
                c.QueueLimit = web.ResolvedMaxQueuedJobs;
                c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = (context, _) =>
            {
                var seconds = Math.Max(1, web.RetryAfterSeconds);
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(ProblemResults.WriteAsync(context.HttpContext, StatusCodes.Status503ServiceUnavailable, "WEB016", seconds));
            };
        });
    }
}
