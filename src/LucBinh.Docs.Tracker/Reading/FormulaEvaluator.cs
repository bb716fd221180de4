using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Formulas for which the file stores no result (files written by programs rather than Excel).
/// </summary>
internal static class FormulaEvaluator
{
    public static void Evaluate(LoadedWorkbook workbook, DiagnosticBag diagnostics)
    {
        foreach (var sheet in workbook.Sheets)
        {
            foreach (var row in sheet.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.Uncached)
                    {
                        diagnostics.Add(TrackerDiagnostics.Warning(
                            "TRK011", new SheetLocation(sheet.Name, CellReference.Name(row.Number, cell.Column)), cell.Formula));
                    }
                }
            }
        }
    }
}
