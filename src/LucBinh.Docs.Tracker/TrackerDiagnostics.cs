using System.Globalization;
using System.Resources;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Tracker;

/// <summary>
/// Messages about a tracker workbook (codes <c>TRK001</c>…), read from Localization/TrackerMessages*.resx:
/// Vietnamese (neutral) with an English satellite. Each message says what is wrong, where, and how to fix it.
/// </summary>
public static class TrackerDiagnostics
{
    /// <summary>The tracker message catalog.</summary>
    public static MessageCatalog Tracker { get; } = new(
        new ResourceManager("LucBinh.Docs.Tracker.Localization.TrackerMessages", typeof(TrackerDiagnostics).Assembly));

    internal static Diagnostic Error(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Tracker, code, DiagnosticSeverity.Error, location, arguments);

    internal static Diagnostic Warning(string code, DiagnosticLocation? location, params object?[] arguments) =>
        new(Tracker, code, DiagnosticSeverity.Warning, location, arguments);

    /// <summary>A phrase of the catalog, put into the reader's language when the message is shown.</summary>
    internal static LocalizedText Text(string key, params object?[] arguments) => new(Tracker, key, arguments);

    /// <summary>An error that stops reading the file, located at the file.</summary>
    internal static LucBinhException Fatal(string code, string displayName, Exception? inner, params object?[] arguments) =>
        new(Error(code, new FileLocation(displayName), [displayName, .. arguments]), inner);

    /// <summary>
    /// A limit of <see cref="TrackerLimits"/> passed at a sheet and cell: reading stops there. <paramref name="what"/> is a
    /// phrase of the catalog saying what passed the limit; the message names the file and the limit.
    /// </summary>
    internal static LucBinhException LimitPassed(string code, string displayName, string sheet, string? cell, string what, long limit) =>
        new(Error(code, new SheetLocation(sheet, cell), displayName, Text(what, Count(limit)), Count(limit)));

    /// <summary>A count as the messages write it (10,000,000).</summary>
    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
