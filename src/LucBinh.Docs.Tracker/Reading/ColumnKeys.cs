using System.Globalization;
using System.Text;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// A column of a list: its worksheet column (1 = A), its header text, its key, the row its header text is on, and the
/// key of its own header alone (a sub-header's, without its group's name: it tells a date column).
/// </summary>
internal sealed record Column(int Index, string Label, string Key, int LabelRow, string OwnKey);

/// <summary>A header cell's text ready to become a column: where it is, and the key of its own text when it is a sub-header.</summary>
internal readonly record struct HeaderLabel(int Column, int Row, string Label, string? OwnLabel = null);

/// <summary>Header texts made labels and keys: cleaned, folded, and numbered when two fold alike.</summary>
internal static class ColumnKeys
{
    /// <summary>
    /// A header or item label longer than this (Excel's limit for a table column name) is cut: a label is repeated in
    /// every row of the model, its key is folded from it, and 100 KB of "header" is a hostile file, not a header.
    /// </summary>
    internal const int MaxLabelLength = 255;

    /// <summary>
    /// The columns of a list from its header labels, in column order. A label without letters gets the key
    /// <c>cot_</c> + its column letter (TRK020); two labels folding to one key are both kept, the later one numbered
    /// (<c>noi_dung_2</c>) with a warning naming both cells (TRK012). <paramref name="report"/> false looks without warning.
    /// </summary>
    public static List<Column> Make(DiagnosticBag diagnostics, string sheetName, IEnumerable<HeaderLabel> labels, bool report = true)
    {
        var columns = new List<Column>();
        var byKey = new Dictionary<string, Column>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, row, label, ownLabel) in labels)
        {
            if (label.Length == 0)
            {
                continue;
            }

            var cell = CellReference.Name(row, index);
            var key = NameFolding.ToKey(label);
            if (key.Length == 0)
            {
                key = "cot_" + CellReference.ColumnName(index).ToLowerInvariant();
                if (report)
                {
                    diagnostics.Add(TrackerDiagnostics.Warning("TRK020", new SheetLocation(sheetName, cell), label, key));
                }
            }

            var ownKey = ownLabel is null ? key : NameFolding.ToKey(ownLabel);
            if (byKey.TryGetValue(key, out var first))
            {
                // Both columns are kept: the later one is read under a numbered key (noi_dung, noi_dung_2).
                var baseKey = key;
                var n = suffixes.GetValueOrDefault(baseKey, 1);
                do
                {
                    key = baseKey + "_" + (++n).ToString(CultureInfo.InvariantCulture);
                }
                while (byKey.ContainsKey(key));

                suffixes[baseKey] = n;

                if (report)
                {
                    diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK012", new SheetLocation(sheetName, cell), label, baseKey, first.Label, CellReference.Name(first.LabelRow, first.Index), key));
                }
            }

            var column = new Column(index, label, key, row, ownKey);
            byKey[key] = column;
            columns.Add(column);
        }

        return columns;
    }

    /// <summary>
    /// Header text as a label: NFC, line breaks and runs of spaces made one space, at most <see cref="MaxLabelLength"/>
    /// characters.
    /// </summary>
    public static string CleanLabel(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLabelLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (builder.Length > MaxLabelLength)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var label = builder.ToString().Normalize(NormalizationForm.FormC);
        return label.Length > MaxLabelLength ? label[..MaxLabelLength].TrimEnd() : label;
    }
}
