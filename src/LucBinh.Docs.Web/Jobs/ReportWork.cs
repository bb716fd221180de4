using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;

namespace LucBinh.Docs.Web.Jobs;

/// <summary>
/// The heavy part of the report and check endpoints (reading the tracker, rendering the template), as a service so that
/// a test can stand in for it and observe what it receives (the limits and the request's token). The default runs
/// <see cref="InMemoryReport"/> and <see cref="ReportCheck.RunWithData"/>.
/// </summary>
public class ReportWork
{
    public virtual GeneratedReport Generate(
        TemplateFile reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken) =>
        InMemoryReport.Generate(reportTemplate, tracker, period, strict: false, limits, cancellationToken);

    public virtual (IReadOnlyList<Diagnostic> Diagnostics, DataRecord? Data) Check(
        TemplateFile? reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken) =>
        ReportCheck.RunWithData(reportTemplate, tracker, period, limits, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own, not a thread-pool thread: the concurrency limiter bounds how
    /// many run, and while they use the processors the pool stays free for <c>/healthz</c>, static files and the
    /// requests waiting in the queue. The token reaches the work, which stops at its next check once the request's time
    /// limit has passed; this task ends only when the work has stopped, so the request keeps its permit until then.
    /// </summary>
    public static Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Task.Factory.StartNew(() => work(cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }
}
