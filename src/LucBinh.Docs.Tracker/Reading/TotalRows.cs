using LucBinh.Docs.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>Rows of a list that close it or sum part of it: total lines, subtotal lines, a signature block.</summary>
internal static class TotalRows
{
    /// <summary>A line of a signature block under a list: at most two values, all text.</summary>
    internal static bool IsFooterRow(object?[] values) =>
        values.Count(v => v is not null) <= 2 && values.All(v => v is null or string);

    private static readonly HashSet<string> TotalWords = new(StringComparer.Ordinal)
    {
        "tong", "cong", "tong_cong", "tong_so", "cong_tong", "total", "sum",
    };

    /// <summary>
    /// A closing total row: its first value says "Tổng"/"Cộng"/"Tổng cộng", or its formulas all sum the column
    /// (SUM, SUBTOTAL, AGGREGATE) and its other cells are text or empty.
    /// </summary>
    internal static bool IsTotalRow(LoadedRow row, object?[] values, List<Column> columns)
    {
        var first = values.FirstOrDefault(v => v is not null);
        if (first is string text)
        {
            var key = NameFolding.ToKey(text);
            if (TotalWords.Contains(key) || key.StartsWith("tong_cong", StringComparison.Ordinal))
            {
                return true;
            }
        }

        var formulas = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = row.Find(columns[i].Index);
            if (cell?.Formula is { } formula)
            {
                var f = formula.TrimStart('=', '+', ' ').ToUpperInvariant();
                if (!(f.StartsWith("SUM(", StringComparison.Ordinal) || f.StartsWith("SUBTOTAL(", StringComparison.Ordinal)
                    || f.StartsWith("AGGREGATE(", StringComparison.Ordinal) || f.StartsWith("_XLFN.AGGREGATE(", StringComparison.Ordinal)))
                {
                    return false;
                }

                formulas++;
            }
            else if (values[i] is not null and not string)
            {
                return false;
            }
        }

        return formulas > 0;
    }

    /// <summary>The longest label a subtotal line starts with ("Tổng cộng thôn Bản Chang và Nà Pài").</summary>
    private const int MaxSubtotalLabelLength = 60;

    /// <summary>
    /// A subtotal line inside a list, told conservatively: its first value, in one of the list's first two columns, is
    /// short text saying "Cộng"/"Tổng"/"Tổng cộng"/"Tổng số" — alone, with at least one number or sum in the row, or
    /// followed by a name ("Cộng thôn A"), with at least one formula summing the column — and no other text.
    /// </summary>
    internal static bool IsSubtotalRow(LoadedRow row, object?[] values, List<Column> columns)
    {
        var first = Array.FindIndex(values, v => v is not null);
        // The first letter is looked at before the label is folded: most rows end there.
        if (first < 0 || first > 1 || values[first] is not string { Length: <= MaxSubtotalLabelLength } text
            || text.TrimStart() is not { Length: > 0 } trimmed || char.ToUpperInvariant(trimmed[0]) is not ('C' or 'T' or 'S'))
        {
            return false;
        }

        var key = NameFolding.ToKey(text);
        var exact = TotalWords.Contains(key);
        if (!exact && !(key.StartsWith("cong_", StringComparison.Ordinal) || key.StartsWith("tong_cong_", StringComparison.Ordinal)
            || key.StartsWith("tong_so_", StringComparison.Ordinal)))
        {
            return false;
        }

        bool numbers = false, sums = false;
        for (var i = first + 1; i < values.Length; i++)
        {
            if (values[i] is string)
            {
                return false;
            }

            numbers |= values[i] is decimal;
            if (row.Find(columns[i].Index)?.Formula is { } formula)
            {
                var f = formula.TrimStart('=', '+', ' ');
                sums |= f.StartsWith("SUM(", StringComparison.OrdinalIgnoreCase) || f.StartsWith("SUBTOTAL(", StringComparison.OrdinalIgnoreCase);
            }
        }

        return exact ? numbers || sums : sums;
    }
}
