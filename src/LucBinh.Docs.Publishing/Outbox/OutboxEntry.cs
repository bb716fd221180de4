namespace LucBinh.Docs.Publishing.Outbox;

/// <summary>One waiting report: its folder in the outbox and its manifest.</summary>
public sealed record OutboxEntry(string Id, string Directory, OutboxManifest Manifest);

/// <summary>The <c>manifest.json</c> of an outbox entry: what was to be done, and what happened so far.</summary>
public sealed record OutboxManifest
{
    public int Version { get; init; } = 1;

    /// <summary>The report's file name inside the entry's folder.</summary>
    public required string ContentFile { get; init; }

    /// <summary>Where the report was when it was queued (informative).</summary>
    public string? OriginalPath { get; init; }

    public required StorePlan Plan { get; init; }

    public DateTimeOffset Created { get; init; }

    public int Attempts { get; init; }

    public DateTimeOffset? LastAttempt { get; init; }

    /// <summary>Code and English message of the last failure (the CLI shows it localised from the live error).</summary>
    public string? LastError { get; init; }
}
