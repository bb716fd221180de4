namespace LucBinh.Docs.Cli;

/// <summary>What the process returns, for scripts and scheduled jobs.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A problem with the user's input (missing file, errors in the tracker or template): the message says what to fix.</summary>
    public const int InputError = 1;

    /// <summary>
    /// The report is safe in the local outbox but not yet in SharePoint (offline, throttled): a scheduled job can tell
    /// this from success; <c>lucbinh-docs publish --pending</c> sends it later.
    /// </summary>
    public const int KeptInOutbox = 4;

    /// <summary>A program fault; the message asks to report it.</summary>
    public const int InternalError = 3;
}
