using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// Storing failed. <see cref="Queueable"/> is true when the cause may go away (offline, throttled past the retries,
/// 5xx, sign-in expired, permission not yet granted): the report then waits in the outbox. A wrong site or library,
/// or a name conflict with <c>fail</c>, is not queued: trying again would fail the same way.
/// </summary>
public sealed class PublishException : Exception
{
    public PublishException(Diagnostic diagnostic, bool queueable, Exception? inner = null)
        : base(diagnostic.ToDisplayString(Localization.UiLanguage.English), inner)
    {
        Diagnostic = diagnostic;
        Queueable = queueable;
    }

    public PublishException()
        : this("Publishing failed.")
    {
    }

    public PublishException(string message)
        : this(message, null!)
    {
    }

    public PublishException(string message, Exception inner)
        : base(message, inner)
    {
        Diagnostic = PublishingDiagnostics.Error("PUB111", 0, "error", message);
    }

    public Diagnostic Diagnostic { get; }

    public bool Queueable { get; }

    /// <summary>True when the machine could not reach the service at all (retrying other reports now is pointless).</summary>
    public bool Offline { get; init; }

    /// <summary>An upload session that stays open for a later resume (the connection dropped mid-upload).</summary>
    public string? ResumeUploadUrl { get; init; }
}
