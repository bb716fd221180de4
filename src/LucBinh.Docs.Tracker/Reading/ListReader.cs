using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Reads lists of rows: an Excel table, or a sheet under the header <see cref="HeaderDetection"/> found. Blank rows,
/// a closing total line (and a signature block under it) and subtotal lines are not rows; cells merged down fill each
/// row they cover; text dates in a date column become dates.
/// </summary>
internal sealed class ListReader(ModelContext context)
{
    /// <summary>An Excel table: its header row, or its raw form (TRK014) when it has none.</summary>
    public object ReadTable(LoadedSheet sheet, LoadedTable table, string key)
    {
        if (table.HeaderRows == 0)
        {
            context.Diagnostics.Add(TrackerDiagnostics.Warning("TRK014", new SheetLocation(sheet.Name, table.Range.TopLeft), key));
            return RawSheet.Read(context, sheet, table.Range);
        }

        var headerRow = table.Range.FirstRow + table.HeaderRows - 1;
        var labels = new List<HeaderLabel>();
        for (var i = 0; i < table.Range.Columns; i++)
        {
            var column = table.Range.FirstColumn + i;
            var label = i < table.Columns.Count ? table.Columns[i] : sheet.Value(headerRow, column) as string ?? string.Empty;
            labels.Add(new HeaderLabel(column, headerRow, ColumnKeys.CleanLabel(label)));
        }

        var columns = ColumnKeys.Make(context.Diagnostics, sheet.Name, labels);
        return ReadRows(sheet, columns, headerRow + 1, table.Range.LastRow - table.TotalsRows);
    }

    /// <summary>A sheet without a table: a list under its header, its raw form (TRK014) without one, an empty list when empty.</summary>
    public object ReadPlainList(LoadedSheet sheet, string key, SheetHeader? header)
    {
        if (header is null)
        {
            if (sheet.Rows.Count > 0)
            {
                var first = sheet.Rows.First(r => r.Cells.Any(c => c.Value is not null || c.Formula is not null));
                var cell = first.Cells[0];
                context.Diagnostics.Add(TrackerDiagnostics.Warning(
                    "TRK014", new SheetLocation(sheet.Name, CellReference.Name(first.Number, cell.Column)), key));
                return RawSheet.Read(context, sheet, null);
            }

            return new DataList();
        }

        var last = sheet.Rows.Count > 0 ? sheet.Rows[^1].Number : header.Row;
        var span = new CellRange(header.Row, header.Columns.Min(c => c.Index), last, header.Columns.Max(c => c.Index));
        WarnHeaderlessColumns(sheet, header, span);
        return ReadRows(sheet, header.Columns, header.DataStart, last);
    }

    /// <summary>Data in a column between headed columns that has no header of its own is ignored: say so once per column.</summary>
    private void WarnHeaderlessColumns(LoadedSheet sheet, SheetHeader header, CellRange span)
    {
        var headed = header.Columns.Select(c => c.Index).ToHashSet();
        var warned = new HashSet<int>();
        foreach (var row in sheet.Rows)
        {
            context.Tick();
            if (row.Number < header.DataStart)
            {
                continue;
            }

            foreach (var cell in row.Cells)
            {
                if (cell.Value is not null && cell.Column > span.FirstColumn && cell.Column < span.LastColumn
                    && !headed.Contains(cell.Column) && warned.Add(cell.Column))
                {
                    context.Diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK016",
                        new SheetLocation(sheet.Name, CellReference.Name(row.Number, cell.Column)),
                        CellReference.ColumnName(cell.Column),
                        CellReference.Name(header.Row, cell.Column)));
                }
            }
        }
    }

    private DataList ReadRows(LoadedSheet sheet, List<Column> columns, int firstRow, int lastRow)
    {
        // A range declared to the last row of Excel costs nothing: only rows that exist are visited.
        lastRow = Math.Min(lastRow, sheet.LastRowNumber);
        var fill = VerticalMergeFill(sheet, columns, firstRow, lastRow);
        var rows = new List<(LoadedRow Row, object?[] Values)>();
        for (var index = sheet.FirstRowIndexFrom(firstRow); index < sheet.Rows.Count && sheet.Rows[index].Number <= lastRow; index++)
        {
            context.Tick();
            var row = sheet.Rows[index];
            if (context.Options.SkipRowsHiddenByFilter && sheet.IsHiddenByFilter(row))
            {
                continue;
            }

            var values = new object?[columns.Count];
            var blank = true;
            for (var i = 0; i < columns.Count; i++)
            {
                var value = row.Find(columns[i].Index)?.Value;
                blank &= value is null;
                values[i] = value ?? fill?.Value(i, columns[i].Index, row.Number);
            }

            if (!blank)
            {
                var cell = CellReference.Name(row.Number, columns[0].Index);
                context.CheckListRows(rows.Count, sheet.Name, cell);
                context.CountValues(columns.Count, sheet.Name, cell);
                rows.Add((row, values));
            }
        }

        // A total line ends the list, with whatever follows it if that is only a signature block ("Người lập biểu",
        // names): a few text cells per row, no numbers or dates.
        var end = rows.Count;
        while (end > 0 && TotalRows.IsFooterRow(rows[end - 1].Values) && !TotalRows.IsTotalRow(rows[end - 1].Row, rows[end - 1].Values, columns))
        {
            end--;
        }

        var total = end;
        while (total > 0 && TotalRows.IsTotalRow(rows[total - 1].Row, rows[total - 1].Values, columns))
        {
            total--;
        }

        if (total < end)
        {
            rows.RemoveRange(total, rows.Count - total);
        }

        // Subtotal lines inside the list ("Cộng thôn Nà Pài" with its sums) are not data either.
        var kept = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!TotalRows.IsSubtotalRow(rows[i].Row, rows[i].Values, columns))
            {
                rows[kept++] = rows[i];
            }
        }

        rows.RemoveRange(kept, rows.Count - kept);

        TextDates.TypeColumns(context.Diagnostics, sheet.Name, columns, rows);
        var list = new DataList();
        context.Places.Columns[list] = columns.ToDictionary(c => c.Key, c => c.Index, StringComparer.Ordinal);
        foreach (var (row, values) in rows)
        {
            var record = new DataRecord { Source = new DataSource(sheet.Name, row.Number) };
            for (var i = 0; i < columns.Count; i++)
            {
                record.Set(columns[i].Key, values[i], columns[i].Label);
            }

            list.Add(record);
        }

        return list;
    }

    /// <summary>
    /// Cells covered by a merged range spanning rows (one value for several rows) read the range's value. The ranges
    /// are indexed per column of the list (row spans sorted, overlaps dropped), so a cell is filled by a binary search,
    /// never by a scan of every merge or of every covered cell; work on the ranges counts against
    /// <see cref="TrackerLimits.MaxListValues"/>.
    /// </summary>
    private MergeFill? VerticalMergeFill(LoadedSheet sheet, List<Column> columns, int firstRow, int lastRow)
    {
        if (sheet.Merged.Count == 0 || columns.Count == 0)
        {
            return null;
        }

        var byColumn = new List<(int First, int Last, int FirstColumn, object Value)>?[columns.Count];
        var columnIndexes = columns.Select((c, i) => (c.Index, i)).OrderBy(p => p.Index).ToArray();
        var sortedColumns = columnIndexes.Select(p => p.Index).ToArray();
        foreach (var range in sheet.Merged)
        {
            if (range.Rows < 2 || range.FirstRow < firstRow || range.FirstRow > lastRow
                || sheet.Value(range.FirstRow, range.FirstColumn) is not { } value)
            {
                continue;
            }

            var last = Math.Min(range.LastRow, lastRow);
            var start = Array.BinarySearch(sortedColumns, range.FirstColumn);
            start = start < 0 ? ~start : start;
            for (var k = start; k < sortedColumns.Length && sortedColumns[k] <= range.LastColumn; k++)
            {
                context.CountValues(1, sheet.Name, range.TopLeft);
                (byColumn[columnIndexes[k].i] ??= []).Add((range.FirstRow, last, range.FirstColumn, value));
            }
        }

        return new MergeFill(byColumn);
    }
}
