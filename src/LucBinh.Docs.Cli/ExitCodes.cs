namespace LucBinh.Docs.Cli;

/// <summary>What the process returns, for scripts and scheduled jobs.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A problem with the user's input (missing file, errors in the tracker or template): the message says what to fix.</summary>
    public const int InputError = 1;

    /// <summary>A program fault; the message asks to report it.</summary>
    public const int InternalError = 3;
}
