using System.Resources;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Issuing;

/// <summary>
/// Messages of drafting and issuing (codes <c>ISS001</c>–<c>ISS039</c>; the register's own are ISS040–ISS049 in
/// Publishing) and the plain texts the commands print (<c>Text.*</c>), from Localization/IssuingMessages*.resx.
/// </summary>
public static class IssuingDiagnostics
{
    public static MessageCatalog Catalog { get; } = new(
        new ResourceManager("LucBinh.Docs.Issuing.Localization.IssuingMessages", typeof(IssuingDiagnostics).Assembly));

    public static Diagnostic Error(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Error, location, arguments);

    public static Diagnostic Warning(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Warning, location, arguments);

    public static LucBinhException Failure(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Error(code, location, arguments));

    /// <summary>A plain text of the catalog (<c>Text.Issued</c>…) in the user's language.</summary>
    public static string Text(string key, UiLanguage language, params object?[] arguments) =>
        Catalog.Format(key, language, arguments);
}
