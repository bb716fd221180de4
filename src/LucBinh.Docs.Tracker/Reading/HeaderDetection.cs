namespace LucBinh.Docs.Tracker.Reading;

/// <summary>The header of a sheet read as a list: its (last) header row, the first row of data, and its columns.</summary>
internal sealed record SheetHeader(int Row, int DataStart, List<Column> Columns);

/// <summary>
/// Finds the header of a sheet without a table: under title lines and merged banners, one row of headers or two (a
/// group header merged across sub-columns, the other headers merged down over both rows).
/// </summary>
internal static class HeaderDetection
{
    /// <summary>Header detection looks at this many non-empty rows from the top of a sheet.</summary>
    internal const int HeaderSearchRows = 30;

    /// <summary>
    /// The header row of a sheet without a table: the first row with two or more text cells that is not a banner (a title
    /// merged across columns) and not a lone title; null when numbers or dates come first, or nothing in the first
    /// <see cref="HeaderSearchRows"/> rows. With <paramref name="report"/> false, nothing is reported (a first look).
    /// </summary>
    public static SheetHeader? Find(DiagnosticBag diagnostics, LoadedSheet sheet, bool report)
    {
        var looked = 0;
        var singleColumn = sheet.Rows.Take(HeaderSearchRows * 4).All(r => r.Cells.Count(c => c.Value is not null) <= 1);
        foreach (var row in sheet.Rows)
        {
            if (++looked > HeaderSearchRows)
            {
                break;
            }

            var cells = row.Cells.Where(c => c.Value is not null).ToList();
            if (cells.Count == 0 || IsBanner(sheet, row, cells))
            {
                continue;
            }

            if (cells.Count == 1 && !singleColumn)
            {
                // A title line ("SỔ THEO DÕI …") above the header.
                continue;
            }

            if (cells.Any(c => c.Value is not string))
            {
                // Numbers or dates before any header: data without a header.
                return null;
            }

            return MakeHeader(diagnostics, sheet, row, cells, report);
        }

        return null;
    }

    private static bool IsBanner(LoadedSheet sheet, LoadedRow row, List<LoadedCell> cells) =>
        cells.All(c => sheet.MergedAt(row.Number, c.Column) is { Columns: > 1 } range && !IsGroupHeader(sheet, row, range));

    /// <summary>A merged cell over columns whose next row has a sub-header under it, while other cells of the row are headers too.</summary>
    private static bool IsGroupHeader(LoadedSheet sheet, LoadedRow row, CellRange range) =>
        row.Cells.Count(c => c.Value is not null) > 1 && HasTextBetween(sheet, sheet.Row(row.Number + 1), range.FirstColumn, range.LastColumn);

    /// <summary>
    /// Whether a row has a sub-header between two columns: a text cell not itself merged across columns (under a title
    /// block of two merged titles side by side, "UBND XÃ …" and "CỘNG HÒA XÃ HỘI …", the next line is merged the same
    /// way: banners, not a header). Its cells are looked at, not every column of the span.
    /// </summary>
    private static bool HasTextBetween(LoadedSheet sheet, LoadedRow? row, int firstColumn, int lastColumn)
    {
        if (row is null)
        {
            return false;
        }

        for (var i = row.FirstCellIndexFrom(firstColumn); i < row.Cells.Count && row.Cells[i].Column <= lastColumn; i++)
        {
            if (row.Cells[i].Value is string && sheet.MergedAt(row.Number, row.Cells[i].Column) is not { Columns: > 1 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One header row, or two when a cell of the row is a group header (merged across columns, one row high) with
    /// sub-headers under it. In a two-row header a sub-column's label is its group's and its own ("Số lượng" over
    /// "Nam" | "Nữ": "Số lượng Nam", <c>so_luong_nam</c>), a column of the group without a sub-header takes the group's
    /// label, a cell merged down over both rows keeps its own label, and a header written only on the second row is the
    /// column's. The second row is never data.
    /// </summary>
    private static SheetHeader MakeHeader(DiagnosticBag diagnostics, LoadedSheet sheet, LoadedRow row, List<LoadedCell> cells, bool report)
    {
        var labels = new SortedDictionary<int, HeaderLabel>();
        foreach (var cell in cells)
        {
            labels[cell.Column] = new HeaderLabel(cell.Column, row.Number, ColumnKeys.CleanLabel((string)cell.Value!));
        }

        var dataStart = row.Number + 1;
        var next = sheet.Row(row.Number + 1);
        var groups = new List<CellRange>();
        foreach (var cell in cells)
        {
            // Cells come in column order; a group overlapping the one before it (only in a hostile file) is left out,
            // so that the groups' columns are visited once at most.
            if (sheet.MergedAt(row.Number, cell.Column) is { Columns: > 1, Rows: 1 } group
                && (groups.Count == 0 || group.FirstColumn > groups[^1].LastColumn))
            {
                groups.Add(group);
            }
        }

        if (next is not null && groups.Count > 0 && groups.Any(g => HasTextBetween(sheet, next, g.FirstColumn, g.LastColumn)))
        {
            // Columns of a group past the last cell of the sheet hold nothing to read: they are not made columns.
            var lastUsedColumn = Math.Max(row.Cells[^1].Column, next.Cells.Count > 0 ? next.Cells[^1].Column : 0);
            foreach (var group in groups)
            {
                var parent = labels[group.FirstColumn].Label;
                labels.Remove(group.FirstColumn);
                for (var c = group.FirstColumn; c <= Math.Min(group.LastColumn, lastUsedColumn); c++)
                {
                    var sub = next.Find(c)?.Value is string text ? ColumnKeys.CleanLabel(text) : string.Empty;
                    labels[c] = sub.Length > 0
                        ? new HeaderLabel(c, next.Number, ColumnKeys.CleanLabel(parent + " " + sub), sub)
                        : new HeaderLabel(c, row.Number, parent);
                }
            }

            // Every column of a group has a label now: a text cell of the second row without one heads its column alone.
            foreach (var cell in next.Cells)
            {
                if (cell.Value is string text && !labels.ContainsKey(cell.Column) && ColumnKeys.CleanLabel(text) is { Length: > 0 } label)
                {
                    labels[cell.Column] = new HeaderLabel(cell.Column, next.Number, label);
                }
            }

            dataStart = row.Number + 2;
        }

        var columns = ColumnKeys.Make(diagnostics, sheet.Name, labels.Values, report);
        return new SheetHeader(row.Number, dataStart, columns);
    }
}
