using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Outbox;

namespace LucBinh.Docs.Publishing;

/// <summary>What became of one report.</summary>
public enum PublishStatus
{
    /// <summary>Stored now (exit 0).</summary>
    Stored,

    /// <summary>The same name with the same content was already there; nothing was sent again (exit 0).</summary>
    AlreadyStored,

    /// <summary>Could not be stored now; waits in the outbox for <c>publish --pending</c>.</summary>
    Queued,

    /// <summary>Could not be stored and trying again would not help (wrong site/library, conflict with fail…).</summary>
    Failed,

    /// <summary>A pending report not tried because the connection was already found down.</summary>
    NotTried,
}

/// <summary>
/// The result of publishing one report. <see cref="Diagnostics"/> holds, in order, the cause of a failure (error), the
/// outbox notice PUB201/PUB204 when queued (warning) and the store's warnings (columns, link, renamed name).
/// </summary>
public sealed record PublishOutcome(
    PublishStatus Status,
    StorePlan? Plan,
    StoredReport? Stored,
    IReadOnlyList<Diagnostic> Diagnostics,
    OutboxEntry? Entry = null)
{
    public bool Succeeded => Status is PublishStatus.Stored or PublishStatus.AlreadyStored;
}
