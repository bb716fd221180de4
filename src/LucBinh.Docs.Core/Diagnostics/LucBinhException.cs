using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Diagnostics;

/// <summary>
/// A problem that stops the work (an unreadable file, a template with errors). It carries its diagnostics so the hosts
/// can show them (CLI: message and exit code 1; web: ProblemDetails). Never thrown for something a check can report.
/// </summary>
public sealed class LucBinhException : Exception
{
    public LucBinhException(Diagnostic diagnostic, Exception? inner = null)
        : this([diagnostic], inner)
    {
    }

    public LucBinhException(IReadOnlyList<Diagnostic> diagnostics, Exception? inner = null)
        : base(diagnostics.Count > 0 ? diagnostics[0].ToDisplayString(UiLanguage.English) : "LucBinh.Docs error", inner)
    {
        Diagnostics = diagnostics;
    }

    public LucBinhException()
        : this([])
    {
    }

    public LucBinhException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public LucBinhException(string message, Exception inner)
        : base(message, inner)
    {
        Diagnostics = [];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>A common (file, I/O) problem.</summary>
    public static LucBinhException Common(string code, DiagnosticLocation? location, Exception? inner, params object?[] arguments) =>
        new(new Diagnostic(MessageCatalog.Common, code, DiagnosticSeverity.Error, location, arguments), inner);
}
