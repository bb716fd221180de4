namespace LucBinh.Docs.Publishing;

/// <summary>
/// Where finished reports go: the local folder (default, needs no configuration) or a SharePoint library.
/// Storing is two steps so that a report that could not be stored can wait in the outbox with
/// exactly what was to be done: <see cref="Plan"/> resolves names and metadata from the report's data (and may throw
/// a <see cref="LucBinh.Docs.Diagnostics.LucBinhException"/> for a mistake in the configuration), then
/// <see cref="StoreAsync"/> carries the plan out and can be repeated without creating a duplicate.
/// </summary>
public interface IReportStore
{
    /// <summary><c>local</c> or <c>sharepoint</c>: recorded in outbox manifests.</summary>
    string Kind { get; }

    /// <summary>A human description of the destination (a folder, or site + library), for messages.</summary>
    string Destination { get; }

    StorePlan Plan(ReportToStore report);

    /// <exception cref="PublishException">The report could not be stored; <see cref="PublishException.Queueable"/> says whether trying later may help.</exception>
    Task<StoredReport> StoreAsync(StorePlan plan, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default);
}
