using System.Resources;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// Messages about storing reports (codes <c>PUB001</c>… configuration, <c>PUB101</c>… SharePoint and Graph,
/// <c>PUB201</c>… outbox) and the plain texts the CLI prints (<c>Text.*</c>, <c>Check.*</c>), read from
/// Localization/PublishingMessages*.resx: Vietnamese (neutral) with an English satellite.
/// </summary>
public static class PublishingDiagnostics
{
    public static MessageCatalog Catalog { get; } = new(
        new ResourceManager("LucBinh.Docs.Publishing.Localization.PublishingMessages", typeof(PublishingDiagnostics).Assembly));

    public static Diagnostic Error(string code, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Error, null, arguments);

    public static Diagnostic Warning(string code, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Warning, null, arguments);

    /// <summary>A plain text of the catalog (<c>Text.Stored</c>…) in the user's language.</summary>
    public static string Text(string key, UiLanguage language, params object?[] arguments) =>
        Catalog.Format(key, language, arguments);
}
