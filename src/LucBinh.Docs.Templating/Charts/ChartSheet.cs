using System.Globalization;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// Where a chart's data sits in its embedded sheet, the layout Word itself uses: the header in row 1 (A1 the category
/// header, B1… the series names), one row per point from row 2, categories in column A, series i in column i + 2.
/// </summary>
internal static class ChartSheet
{
    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public static string Cell(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The last row holding a point; a chart without points still refers to row 2.</summary>
    public static int LastRow(int points) => Math.Max(points, 1) + 1;

    /// <summary><c>Sheet1!$B$1</c>; a sheet name with spaces or signs is quoted (<c>'Trang tính 1'!$B$1</c>).</summary>
    public static string Reference(string sheet, int column, int row) => Prefix(sheet) + Absolute(column, row);

    /// <summary><c>Sheet1!$B$2:$B$5</c>.</summary>
    public static string Range(string sheet, int column, int firstRow, int lastRow) =>
        Prefix(sheet) + Absolute(column, firstRow) + ":" + Absolute(column, lastRow);

    private static string Absolute(int column, int row) => "$" + Column(column) + "$" + row.ToString(CultureInfo.InvariantCulture);

    private static string Prefix(string sheet)
    {
        var plain = sheet.Length > 0 && !char.IsDigit(sheet[0]) && sheet.All(c => char.IsLetterOrDigit(c) || c == '_');
        return (plain ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'") + "!";
    }
}
