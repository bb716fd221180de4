using System.Resources;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Publishing.Register;

/// <summary>
/// Messages of the local register and its Excel export (codes <c>ISS040</c>–<c>ISS049</c>, the register's share of
/// issuing's range) and the export's column titles (<c>Export.*</c>), from Register/SqliteRegisterMessages*.resx.
/// </summary>
public static class SqliteRegisterDiagnostics
{
    public static MessageCatalog Catalog { get; } = new(
        new ResourceManager("LucBinh.Docs.Publishing.Register.SqliteRegisterMessages", typeof(SqliteRegisterDiagnostics).Assembly));

    public static Diagnostic Error(string code, string? file, params object?[] arguments) =>
        new(Catalog, code, DiagnosticSeverity.Error, file is null ? null : new FileLocation(file), arguments);

    public static LucBinhException Failure(string code, string? file, Exception? inner, params object?[] arguments) =>
        new(Error(code, file, arguments), inner);

    public static string Text(string key, UiLanguage language) => Catalog.Get(key, language);
}
