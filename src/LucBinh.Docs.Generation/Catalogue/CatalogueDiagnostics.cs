using System.Globalization;
using System.Resources;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Generation.Catalogue;

/// <summary>The messages of the template catalogue (GEN020–GEN029, docs/errors.md): manifests and template ids.</summary>
public static class CatalogueDiagnostics
{
    /// <summary>The catalogue's message catalog (Catalogue/Localization/CatalogueMessages.resx, Vietnamese + English).</summary>
    public static MessageCatalog Catalog { get; } = new(
        new ResourceManager("LucBinh.Docs.Generation.Catalogue.Localization.CatalogueMessages", typeof(CatalogueDiagnostics).Assembly));

    internal static Diagnostic Error(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Error, location, arguments);

    internal static Diagnostic Warning(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Warning, location, arguments);

    /// <summary>A phrase of the catalog, put into the reader's language when the message is shown.</summary>
    internal static LocalizedText Text(string key, params object?[] arguments) => new(Catalog, key, arguments);

    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>
/// A place in a template's manifest: the file, the line (from 1) and the JSON path (<c>$.schema.sheets[1].fields[0].kind</c>)
/// so that a person finds it in any text editor. Without a line, the file as a whole.
/// </summary>
public sealed record ManifestLocation(string File, int? Line = null, string? JsonPath = null) : DiagnosticLocation
{
    public override string Describe(UiLanguage language) =>
        Line is null
            ? CatalogueDiagnostics.Catalog.Format("Location.ManifestFile", language, [File])
            : CatalogueDiagnostics.Catalog.Format("Location.Manifest", language, [File, Line, JsonPath ?? "$"]);
}
