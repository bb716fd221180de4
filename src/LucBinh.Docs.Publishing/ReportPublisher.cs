using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Outbox;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// Stores reports through a store and never loses one: a report that cannot be stored for a reason that may pass
/// (offline, throttled past the retries, 5xx, sign-in, permission) goes to the outbox with its plan, and
/// <see cref="PublishPendingAsync"/> stores the waiting ones later. A retry never duplicates: the store treats the same
/// name with the same content as already stored, and the outbox keeps one entry per name and content.
/// </summary>
public sealed class ReportPublisher(IReportStore store, ReportOutbox outbox)
{
    public IReportStore Store { get; } = store;

    public ReportOutbox Outbox { get; } = outbox;

    /// <summary>
    /// False when nothing could send a queued report later: the web host storing on behalf of the user
    /// (Auth:Mode=OnBehalfOf) has the user's token only during the request, and <c>publish --pending</c> has none. A
    /// report that cannot be stored then fails with PUB207 instead of waiting in an outbox for ever.
    /// </summary>
    public bool KeepFailuresInOutbox { get; init; } = true;

    /// <exception cref="LucBinhException">A mistake in the configuration or the data (a Liquid name that renders empty…): nothing was tried.</exception>
    public async Task<PublishOutcome> PublishAsync(ReportToStore report, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var plan = Store.Plan(report);
        try
        {
            var stored = await Store.StoreAsync(plan, progress, cancellationToken).ConfigureAwait(false);
            return Success(plan, stored);
        }
        catch (PublishException e) when (e.Queueable)
        {
            return Queue(plan with { ResumeUploadUrl = e.ResumeUploadUrl }, e);
        }
        catch (PublishException e)
        {
            return new PublishOutcome(PublishStatus.Failed, plan, null, [e.Diagnostic]);
        }
    }

    /// <summary>
    /// Retries every waiting report, oldest first, removing each one stored. After a failure that shows the machine is
    /// offline, the rest are reported <see cref="PublishStatus.NotTried"/> (PUB205) instead of waiting for their own timeouts.
    /// </summary>
    public async Task<IReadOnlyList<PublishOutcome>> PublishPendingAsync(IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var warnings = new List<Diagnostic>();
        var outcomes = new List<PublishOutcome>();
        var offline = false;
        foreach (var entry in Outbox.Pending(warnings))
        {
            if (offline)
            {
                outcomes.Add(new PublishOutcome(PublishStatus.NotTried, entry.Manifest.Plan, null,
                    [PublishingDiagnostics.Warning("PUB205", entry.Manifest.Plan.RelativePath)], entry));
                continue;
            }

            var plan = entry.Manifest.Plan with { Store = Store.Kind };
            try
            {
                var stored = await Store.StoreAsync(plan, progress, cancellationToken).ConfigureAwait(false);
                Outbox.Complete(entry);
                outcomes.Add(Success(plan, stored) with { Entry = entry });
            }
            catch (PublishException e)
            {
                offline = e.Offline;
                var updated = Outbox.RecordFailure(entry, e.Diagnostic, e.ResumeUploadUrl);
                outcomes.Add(new PublishOutcome(e.Queueable ? PublishStatus.Queued : PublishStatus.Failed, plan, null,
                    [e.Diagnostic, PublishingDiagnostics.Warning("PUB201", plan.FileName, entry.Directory)], updated));
            }
        }

        if (warnings.Count > 0)
        {
            outcomes.Add(new PublishOutcome(PublishStatus.Failed, null, null, warnings));
        }

        return outcomes;
    }

    private static PublishOutcome Success(StorePlan plan, StoredReport stored) =>
        new(stored.AlreadyStored ? PublishStatus.AlreadyStored : PublishStatus.Stored, plan, stored, stored.Warnings);

    private PublishOutcome Queue(StorePlan plan, PublishException cause)
    {
        if (!KeepFailuresInOutbox)
        {
            return new PublishOutcome(PublishStatus.Failed, plan, null, [cause.Diagnostic, PublishingDiagnostics.Warning("PUB207", plan.FileName)]);
        }

        try
        {
            var entry = Outbox.Add(plan, cause.Diagnostic, out var alreadyPending);
            var notice = alreadyPending
                ? PublishingDiagnostics.Warning("PUB204", plan.FileName)
                : PublishingDiagnostics.Warning("PUB201", plan.FileName, entry.Directory);
            return new PublishOutcome(PublishStatus.Queued, plan, null, [cause.Diagnostic, notice], entry);
        }
        catch (LucBinhException e)
        {
            var why = e.Diagnostics.Count > 0 ? e.Diagnostics[0].Message() : e.Message;
            return new PublishOutcome(PublishStatus.Failed, plan, null,
                [cause.Diagnostic, PublishingDiagnostics.Error("PUB202", Outbox.Folder, why, plan.SourcePath)]);
        }
    }
}
