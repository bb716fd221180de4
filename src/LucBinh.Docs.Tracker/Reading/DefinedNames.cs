using LucBinh.Docs.Diagnostics;
using System.Globalization;
using LucBinh.Docs.Data;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Workbook-level defined names as values of the model: a constant or one cell is a value, one row or column a list,
/// an area a list of rows. A name the reader cannot follow is skipped with a warning.
/// </summary>
internal sealed class DefinedNames(ModelContext context)
{
    public bool TryRead(LoadedName name, out object? value)
    {
        value = null;
        var formula = name.Formula.Trim().TrimStart('=');
        if (decimal.TryParse(formula, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        if (formula.Length >= 2 && formula[0] == '"' && formula[^1] == '"')
        {
            value = WorkbookLoader.Text(formula[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal));
            return true;
        }

        if (formula is "TRUE" or "FALSE")
        {
            value = formula == "TRUE";
            return true;
        }

        if (!SheetReference.TryParse(formula, out var sheetName, out var range) || context.Workbook.Sheet(sheetName) is not { } sheet)
        {
            context.Diagnostics.Add(TrackerDiagnostics.Warning("TRK018", null, name.Name, name.Formula));
            return false;
        }

        if (range.Rows == 1 && range.Columns == 1)
        {
            value = sheet.Value(range.FirstRow, range.FirstColumn);
            return true;
        }

        // Whole columns or rows ("A:A") stop at the last cell in use.
        var lastRow = Math.Min(range.LastRow, sheet.Rows.Count > 0 ? sheet.Rows[^1].Number : range.FirstRow);
        var lastColumn = Math.Min(range.LastColumn, sheet.Rows.Count > 0 ? sheet.LastColumnNumber : range.FirstColumn);
        if (lastRow >= range.FirstRow && lastColumn >= range.FirstColumn)
        {
            // Every position of the area becomes a value, empty or not: counted before it is made.
            context.CountValues((long)(lastRow - range.FirstRow + 1) * (lastColumn - range.FirstColumn + 1), sheet.Name, range.TopLeft);
        }

        if (range.Rows == 1 || range.Columns == 1)
        {
            var items = new DataList();
            for (var r = range.FirstRow; r <= lastRow; r++)
            {
                context.Tick();
                for (var c = range.FirstColumn; c <= lastColumn; c++)
                {
                    items.Add(sheet.Value(r, c));
                }
            }

            value = items;
            return true;
        }

        var rows = new DataList();
        for (var r = range.FirstRow; r <= lastRow; r++)
        {
            context.Tick();
            var items = new DataList();
            for (var c = range.FirstColumn; c <= lastColumn; c++)
            {
                items.Add(sheet.Value(r, c));
            }

            rows.Add(items);
        }

        value = rows;
        return true;
    }
}
