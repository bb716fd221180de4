using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Web.Problems;

/// <summary>A diagnostic as the API sends it: code, severity, message and place in the user's language.</summary>
public sealed record DiagnosticJson(string Code, string Severity, string Message, LocationJson? Location)
{
    public static DiagnosticJson From(Diagnostic diagnostic, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new DiagnosticJson(
            diagnostic.Code,
            diagnostic.IsError ? "error" : "warning",
            diagnostic.Message(language),
            diagnostic.Location is { } location ? LocationJson.From(location, language) : null);
    }

    public static IReadOnlyList<DiagnosticJson> From(IEnumerable<Diagnostic> diagnostics, UiLanguage language) =>
        [.. diagnostics.Select(d => From(d, language))];
}
