using System.Resources;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Templating.Diagnostics;

/// <summary>Diagnostics about a Word template; messages in Diagnostics/TemplateMessages*.resx, codes in docs/errors.md.</summary>
public static class TemplateDiagnostics
{
    public static MessageCatalog Catalog { get; } = new(
        new ResourceManager("LucBinh.Docs.Templating.Diagnostics.TemplateMessages", typeof(TemplateDiagnostics).Assembly));

    internal static Diagnostic Error(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Error, location, arguments);

    /// <summary>"Did you mean …?" in the reader's language, or nothing when no known name is close.</summary>
    internal static LocalizedText DidYouMean(string typed, IEnumerable<string> known) =>
        Suggestions.Closest(typed, known) is { } closest ? new LocalizedText(Catalog, "Suggest", closest) : LocalizedText.Empty;

    internal static Diagnostic Warning(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Warning, location, arguments);
}
