using LucBinh.Docs.Data;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// A sheet (or table) with data but no header row recognised stays reachable as it is: <c>rows</c>, one record per
/// row keyed by column letter (<c>A</c>, <c>B</c>, …) plus <c>row</c>, its number; and <c>cells</c>, keyed by
/// address (<c>A1</c>, <c>B7</c>). Each value counts twice against <see cref="TrackerLimits.MaxListValues"/>.
/// </summary>
internal static class RawSheet
{
    public static DataRecord Read(ModelContext context, LoadedSheet sheet, CellRange? area)
    {
        var firstRow = area?.FirstRow ?? 1;
        var lastRow = area?.LastRow ?? int.MaxValue;
        var firstColumn = area?.FirstColumn ?? 1;
        var lastColumn = area?.LastColumn ?? int.MaxValue;
        var rows = new DataList();
        var cells = new DataRecord { Source = new DataSource(sheet.Name, firstRow) };
        for (var index = sheet.FirstRowIndexFrom(firstRow); index < sheet.Rows.Count && sheet.Rows[index].Number <= lastRow; index++)
        {
            context.Tick();
            var row = sheet.Rows[index];
            DataRecord? record = null;
            for (var i = row.FirstCellIndexFrom(firstColumn); i < row.Cells.Count && row.Cells[i].Column <= lastColumn; i++)
            {
                var cell = row.Cells[i];
                if (cell.Value is null)
                {
                    continue;
                }

                var address = CellReference.Name(row.Number, cell.Column);
                if (record is null)
                {
                    context.CheckListRows(rows.Count, sheet.Name, address);
                    record = new DataRecord { Source = new DataSource(sheet.Name, row.Number) };
                    record.Set("row", (decimal)row.Number);
                    rows.Add(record);
                }

                context.CountValues(2, sheet.Name, address);
                record.Set(CellReference.ColumnName(cell.Column), cell.Value);
                cells.Set(address, cell.Value);
            }
        }

        return new DataRecord { Source = new DataSource(sheet.Name, firstRow) }
            .Set("rows", rows)
            .Set("cells", cells);
    }
}
