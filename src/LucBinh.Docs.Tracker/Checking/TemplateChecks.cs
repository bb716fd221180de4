using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Text;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Tracker.Checking;

/// <summary>
/// The checks that exist only because of a template: a sheet it uses that the tracker lacks (TRK060, with the closest
/// sheet names), a sheet it reads by its keys that was read raw for want of a header row (TRK061, at the sheet's first
/// cell), a required column of a list it reads that the list lacks (TRK062).
/// </summary>
internal static class TemplateChecks
{
    /// <summary>The keys of a raw sheet (docs/data-model.md): a template reading only these uses the raw form on purpose.</summary>
    private static readonly HashSet<string> RawKeys = new(StringComparer.Ordinal) { "rows", "cells" };

    public static void Run(DataRecord data, IReadOnlyList<Diagnostic> read, TrackerSchema schema, TemplateNeeds needs, Action<Diagnostic> add)
    {
        foreach (var (key, firstUse) in needs.Sheets)
        {
            var schemaSheet = schema.Sheet(key);
            if (!data.TryGetValue(key, out var value))
            {
                var name = schemaSheet?.Name ?? key;
                var known = data.Fields.Select(f => f.Label).Concat(data.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal);
                var closest = Suggestions.Closest(name, known) ?? Suggestions.Closest(key, data.Fields.Select(f => f.Key));
                var suggestion = closest is null ? LocalizedText.Empty : new LocalizedText(TrackerDiagnostics.Tracker, "Suggest", closest);
                add(TrackerDiagnostics.Error("TRK060", firstUse, name, key, suggestion));
                continue;
            }

            var sheetName = SheetName(data, key, value, schemaSheet);
            if (RawRead(read, key, value) is { } raw)
            {
                var usedKeys = needs.MembersOf(key).Where(m => !RawKeys.Contains(m)).ToList();
                var readsRows = needs.FieldsOf(key).Except(needs.MembersOf(key)).Any();
                if (usedKeys.Count > 0 || readsRows)
                {
                    var example = usedKeys.FirstOrDefault() ?? needs.FieldsOf(key).First();
                    add(TrackerDiagnostics.Error("TRK061", raw.Location ?? new SheetLocation(sheetName), sheetName, key + "." + example, new LocationText(firstUse)));
                }

                continue;
            }

            if (schemaSheet is { Shape: SheetShape.List } && value is DataList { Count: > 0 } rows && rows[0] is DataRecord first)
            {
                foreach (var field in schemaSheet.Fields.Where(f => f.Required && needs.UsesField(key, f.Key) && !first.ContainsKey(f.Key)))
                {
                    add(TrackerDiagnostics.Error("TRK062", new SheetLocation(first.Source?.Sheet ?? sheetName), sheetName, field.Header, key + "[]." + field.Key));
                }
            }
        }
    }

    /// <summary>The reader's TRK014 for this key (a sheet or table read raw), or null when it was read by its header.</summary>
    private static Diagnostic? RawRead(IReadOnlyList<Diagnostic> read, string key, object? value)
    {
        var said = read.FirstOrDefault(d => d.Code == "TRK014" && d.Arguments.Count > 0 && string.Equals(d.Arguments[^1]?.ToString(), key, StringComparison.Ordinal));
        if (said is not null)
        {
            return said;
        }

        // The reader says so once per sheet; a model with only rows and cells is the raw form all the same.
        return value is DataRecord { Count: 2 } record && record.ContainsKey("rows") && record.ContainsKey("cells") && record["rows"] is DataList
            ? TrackerDiagnostics.Warning("TRK014", record.Source is { } source ? new SheetLocation(source.Sheet, "A" + source.Row) : null, key)
            : null;
    }

    private static string SheetName(DataRecord data, string key, object? value, SchemaSheet? schemaSheet) =>
        value switch
        {
            DataRecord { Source: { } source } => source.Sheet,
            DataList { Count: > 0 } list when list[0] is DataRecord { Source: { } source } => source.Sheet,
            _ => schemaSheet?.Name ?? data.Fields.FirstOrDefault(f => f.Key == key)?.Label ?? key,
        };
}
