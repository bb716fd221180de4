using System.Globalization;
using ClosedXML.Excel;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Computes formulas for which the file stores no result (files written by programs, not by Excel), with ClosedXML's
/// calculation engine on a plain in-memory copy of the cell values — never on the user's file, whose pictures and styles
/// ClosedXML cannot always load. Cells with a cached result keep it (their copy is a value, not a formula), so only the
/// missing results are computed. A formula ClosedXML cannot compute (XLOOKUP, structured references, circular references)
/// is reported with its cell (TRK011) and stays empty.
/// </summary>
internal static class FormulaEvaluator
{
    /// <summary>ClosedXML evaluates references recursively: a generous stack keeps long chains (A3=A2+1…) safe.</summary>
    private const int StackBytes = 64 * 1024 * 1024;

    public static void Evaluate(LoadedWorkbook workbook, DiagnosticBag diagnostics)
    {
        var pending = workbook.Sheets
            .SelectMany(sheet => sheet.Rows.SelectMany(row => row.Cells.Where(c => c.Uncached).Select(cell => (sheet, row, cell))))
            .ToList();
        if (pending.Count == 0)
        {
            return;
        }

        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    EvaluateAll(workbook, pending, diagnostics);
                }
#pragma warning disable CA1031 // Any failure of the engine leaves the cells empty with a warning; reading goes on.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = e;
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            foreach (var (sheet, row, cell) in pending.Where(p => p.cell.Uncached))
            {
                Report(diagnostics, sheet, row, cell);
            }
        }
    }

    private static void EvaluateAll(LoadedWorkbook workbook, List<(LoadedSheet Sheet, LoadedRow Row, LoadedCell Cell)> pending, DiagnosticBag diagnostics)
    {
        using var engine = new XLWorkbook();
        var sheets = new Dictionary<LoadedSheet, IXLWorksheet>();
        foreach (var sheet in workbook.Sheets)
        {
            var worksheet = engine.AddWorksheet(sheet.Name);
            sheets[sheet] = worksheet;
            foreach (var row in sheet.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    var target = worksheet.Cell(row.Number, cell.Column);
                    if (cell.Uncached)
                    {
                        target.FormulaA1 = cell.Formula;
                    }
                    else
                    {
                        SetValue(target, cell.Value);
                    }
                }
            }
        }

        foreach (var name in workbook.Names)
        {
            try
            {
                engine.NamedRanges.Add(name.Name, name.Formula);
            }
#pragma warning disable CA1031 // A name ClosedXML cannot take only matters to formulas that use it, which are then reported.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        // Row by row: what a formula refers to above or to the left is computed first, so recursion stays shallow.
        foreach (var (sheet, row, cell) in pending)
        {
            object? value;
            try
            {
                value = sheets[sheet].Cell(row.Number, cell.Column).Value;
            }
#pragma warning disable CA1031 // ClosedXML throws many kinds of exceptions for what it cannot compute.
            catch (Exception)
#pragma warning restore CA1031
            {
                Report(diagnostics, sheet, row, cell);
                continue;
            }

            if (value is Enum error)
            {
                cell.Uncached = false;
                diagnostics.Add(TrackerDiagnostics.Warning(
                    "TRK010", new SheetLocation(sheet.Name, CellReference.Name(row.Number, cell.Column)), ErrorText(error)));
                continue;
            }

            cell.Value = Convert(value, cell.Kind);
            cell.Uncached = false;
        }
    }

    private static void SetValue(IXLCell target, object? value)
    {
        switch (value)
        {
            case string text:
                target.SetValue(text);
                target.DataType = XLDataType.Text;
                break;
            case decimal number:
                target.SetValue((double)number);
                break;
            case bool flag:
                target.SetValue(flag);
                break;
            case DateOnly date:
                target.SetValue(date.ToDateTime(TimeOnly.MinValue));
                break;
        }
    }

    private static object? Convert(object? value, NumberKind kind)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return WorkbookLoader.Text(text);
            case bool flag:
                return flag;
            case DateTime dateTime:
                return kind == NumberKind.Time ? ExcelDates.TimeText(dateTime.ToOADate()) : DateOnly.FromDateTime(dateTime);
            case IConvertible number when value is double or float or int or long or decimal or short:
                var d = number.ToDouble(CultureInfo.InvariantCulture);
                return kind switch
                {
                    NumberKind.Date when ExcelDates.TryFromSerial(d, false, out var date) => date,
                    NumberKind.Time => ExcelDates.TimeText(d),
                    _ when Math.Abs(d) < 7.9e27 && double.IsFinite(d) => ExcelNumbers.ToDecimal(d),
                    _ => d.ToString(CultureInfo.InvariantCulture),
                };
            default:
                return WorkbookLoader.Text(System.Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Excel's text for ClosedXML's error kinds.</summary>
    private static string ErrorText(Enum error) => error.ToString() switch
    {
        "CellReference" => "#REF!",
        "CellValue" => "#VALUE!",
        "DivisionByZero" => "#DIV/0!",
        "NameNotRecognized" => "#NAME?",
        "NoValueAvailable" => "#N/A",
        "NullValue" => "#NULL!",
        "NumberInvalid" => "#NUM!",
        var other => "#" + other,
    };

    private static void Report(DiagnosticBag diagnostics, LoadedSheet sheet, LoadedRow row, LoadedCell cell) =>
        diagnostics.Add(TrackerDiagnostics.Warning(
            "TRK011", new SheetLocation(sheet.Name, CellReference.Name(row.Number, cell.Column)), cell.Formula));
}
