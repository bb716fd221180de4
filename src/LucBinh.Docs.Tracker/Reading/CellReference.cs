using System.Globalization;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>A1-style cell references: "C14" ⇄ (row 14, column 3). Rows and columns count from 1.</summary>
internal static class CellReference
{
    /// <summary>Excel's largest column (XFD) and row.</summary>
    public const int MaxColumn = 16384;
    public const int MaxRow = 1048576;

    public static string ColumnName(int column)
    {
        Span<char> buffer = stackalloc char[4];
        var i = buffer.Length;
        while (column > 0)
        {
            var rest = (column - 1) % 26;
            buffer[--i] = (char)('A' + rest);
            column = (column - 1) / 26;
        }

        return new string(buffer[i..]);
    }

    public static string Name(int row, int column) =>
        ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses "C14", "$C$14", "C" (row 0) or "14" (column 0).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }

            i++;
        }

        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            row = (row * 10) + (text[i] - '0');
            if (row > MaxRow)
            {
                return false;
            }

            i++;
        }

        return i == text.Length && (row > 0 || column > 0);
    }
}

/// <summary>A rectangle of cells, inclusive.</summary>
internal readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public int Rows => LastRow - FirstRow + 1;

    public int Columns => LastColumn - FirstColumn + 1;

    public string TopLeft => CellReference.Name(FirstRow, FirstColumn);

    /// <summary>Parses "A1:G10", "A1", "A:A" (whole columns) or "2:5" (whole rows).</summary>
    public static bool TryParse(string? text, out CellRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var first = colon < 0 ? text.AsSpan() : text.AsSpan(0, colon);
        var last = colon < 0 ? text.AsSpan() : text.AsSpan(colon + 1);
        if (!CellReference.TryParse(first, out var r1, out var c1) || !CellReference.TryParse(last, out var r2, out var c2))
        {
            return false;
        }

        if (r1 == 0 && r2 == 0)
        {
            (r1, r2) = (1, CellReference.MaxRow);
        }

        if (c1 == 0 && c2 == 0)
        {
            (c1, c2) = (1, CellReference.MaxColumn);
        }

        if (r1 == 0 || r2 == 0 || c1 == 0 || c2 == 0)
        {
            return false;
        }

        range = new CellRange(Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }
}
