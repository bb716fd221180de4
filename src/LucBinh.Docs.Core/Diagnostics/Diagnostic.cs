using LucBinh.Docs.Localization;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Diagnostics;

/// <summary>
/// A problem found in a user's tracker, template or command: a stable code (documented in docs/errors.md),
/// a severity, a place a person can find, and the values its message names. The message text itself comes from
/// the catalog in the user's language when it is shown. Text arguments are kept as <see cref="QuotedText"/> (at most
/// 80 characters, one line): a message never repeats a whole cell or paragraph, however large.
/// </summary>
public sealed class Diagnostic
{
    public Diagnostic(
        MessageCatalog catalog,
        string code,
        DiagnosticSeverity severity,
        DiagnosticLocation? location,
        params object?[] arguments)
    {
        Catalog = catalog;
        Code = code;
        Severity = severity;
        Location = location;
        Arguments = Array.ConvertAll(arguments ?? [], QuotedText.ShortenArgument);
    }

    public string Code { get; }

    public DiagnosticSeverity Severity { get; }

    public DiagnosticLocation? Location { get; }

    public IReadOnlyList<object?> Arguments { get; }

    public MessageCatalog Catalog { get; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public string Message(UiLanguage language = UiLanguage.Vietnamese) => Catalog.Format(Code, language, Arguments);

    /// <summary>One line for a terminal: <c>Lỗi TPL001 — thân văn bản, đoạn 3 («…»): message</c>.</summary>
    public string ToDisplayString(UiLanguage language = UiLanguage.Vietnamese)
    {
        var severity = MessageCatalog.Common.Get(IsError ? "Severity.Error" : "Severity.Warning", language);
        var where = Location?.Describe(language);
        return where is null
            ? $"{severity} {Code}: {Message(language)}"
            : $"{severity} {Code} — {where}: {Message(language)}";
    }

    public override string ToString() => ToDisplayString(UiLanguage.English);
}
