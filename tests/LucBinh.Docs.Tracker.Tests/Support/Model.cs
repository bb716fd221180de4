using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Tracker.Tests.Support;

/// <summary>Short ways to read a workbook built in a test and look into its model.</summary>
internal static class Model
{
    public static TrackerReadResult Read(XlsxBuilder builder, TrackerReadOptions? options = null) =>
        TrackerReader.Read(builder.Build(), "test.xlsx", options);

    public static DataList List(this TrackerReadResult result, string key) =>
        result.Data[key] as DataList ?? throw new AssertFailedException($"'{key}' is not a list: {result.Data[key]?.GetType().Name ?? "null"}");

    public static DataRecord Record(this TrackerReadResult result, string key) =>
        result.Data[key] as DataRecord ?? throw new AssertFailedException($"'{key}' is not an object: {result.Data[key]?.GetType().Name ?? "null"}");

    public static DataRecord Row(this DataList list, int index) => (DataRecord)list[index]!;

    public static IEnumerable<DataRecord> Rows(this DataList list) => list.Cast<DataRecord>();

    public static IReadOnlyList<string> Keys(this DataRecord record) => [.. record.Fields.Select(f => f.Key)];

    public static Diagnostic Single(this TrackerReadResult result, string code)
    {
        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.HasCount(1, found, Describe(result));
        return found[0];
    }

    public static string Describe(TrackerReadResult result) =>
        string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToDisplayString(UiLanguage.English)));

    public static void AssertNoDiagnostics(TrackerReadResult result) =>
        Assert.IsEmpty(result.Diagnostics, Describe(result));

    public static void AssertAt(this Diagnostic diagnostic, string sheet, string? cell)
    {
        var location = diagnostic.Location as SheetLocation ?? throw new AssertFailedException("No sheet location: " + diagnostic);
        Assert.AreEqual(sheet, location.Sheet);
        Assert.AreEqual(cell, location.Cell);
    }
}
