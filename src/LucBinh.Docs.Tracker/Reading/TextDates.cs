using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Data;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Dates typed as text (<c>dd/mm/yyyy</c>, <c>d/m/yyyy</c>, ISO): in a column of dates, or in an item whose label says
/// "Ngày", they become dates; other text there is reported.
/// </summary>
internal static class TextDates
{
    /// <summary>Whether a key names a date: <c>ngay</c>, <c>ngay_…</c>, <c>tu_ngay</c>, <c>den_ngay</c>.</summary>
    public static bool IsDateKey(string key) =>
        key == "ngay" || key.StartsWith("ngay_", StringComparison.Ordinal) || key is "tu_ngay" or "den_ngay";

    public static bool TryParse(string text, out DateOnly date) =>
        DataValue.TryParseVietnameseDate(text, out date) || DataValue.TryParseIsoDate(text, out date);

    /// <summary>
    /// In a date column (mostly real dates, or a header that says "Ngày"), text written as a date becomes a date; other
    /// text there is reported (TRK017).
    /// </summary>
    public static void TypeColumns(DiagnosticBag diagnostics, string sheetName, List<Column> columns, List<(LoadedRow Row, object?[] Values)> rows)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            int dates = 0, textDates = 0, nonNull = 0;
            foreach (var (_, values) in rows)
            {
                switch (values[i])
                {
                    case null:
                        continue;
                    case DateOnly:
                        dates++;
                        break;
                    case string s when TryParse(s, out _):
                        textDates++;
                        break;
                }

                nonNull++;
            }

            var headerSaysDate = IsDateKey(columns[i].Key) || IsDateKey(columns[i].OwnKey);
            var isDateColumn = (dates > 0 && (dates + textDates == nonNull || dates * 2 >= nonNull))
                || (headerSaysDate && textDates > 0 && (dates + textDates) * 2 >= nonNull);
            if (!isDateColumn)
            {
                continue;
            }

            foreach (var (row, values) in rows)
            {
                if (values[i] is not string s)
                {
                    continue;
                }

                if (TryParse(s, out var date))
                {
                    values[i] = date;
                }
                else
                {
                    diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK017", new SheetLocation(sheetName, CellReference.Name(row.Number, columns[i].Index)), s, columns[i].Label));
                }
            }
        }
    }
}
