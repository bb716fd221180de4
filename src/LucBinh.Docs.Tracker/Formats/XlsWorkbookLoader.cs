using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Tracker.Reading;
using CellRange = LucBinh.Docs.Tracker.Reading.CellRange;

namespace LucBinh.Docs.Tracker.Formats;

/// <summary>
/// Reads an Excel 97–2003 workbook (.xls, BIFF8 in an OLE compound file) with ExcelDataReader into the same cells the
/// .xlsx loader gives (<see cref="LoadedWorkbook"/>), so that the model, its types and its locations do not depend on the
/// format: numbers are decimals rounded to Excel's 15 digits, dates are typed from the cell's number format with the
/// same rules, text is trimmed NFC with TCVN3/VNI converted, merged ranges and hidden rows and sheets are kept.
/// A .xls keeps the result of every formula, so nothing is computed. Tables and defined names do not exist in BIFF8's
/// reading here; a sheet's header row makes its list as for any plain sheet.
/// </summary>
internal static class XlsWorkbookLoader
{
    static XlsWorkbookLoader() =>
        // BIFF8 text in old files is in a Windows code page (1258 for Vietnamese): .NET needs the provider registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static LoadedWorkbook Load(byte[] content, string displayName, DiagnosticBag diagnostics, TrackerLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = ExcelReaderFactory.CreateBinaryReader(
                new MemoryStream(content, writable: false),
                new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(1258), LeaveOpen = false });
            return new Reader(reader, displayName, diagnostics, limits, cancellationToken).ReadAll();
        }
        catch (InvalidPasswordException e)
        {
            throw TrackerDiagnostics.Fatal("TRK004", displayName, e);
        }
#pragma warning disable CA1031 // A third-party BIFF parser on a hostile file throws anything; each is "damaged", never a crash.
        catch (Exception e) when (e is not (OperationCanceledException or LucBinhException or OutOfMemoryException))
#pragma warning restore CA1031
        {
            // A damaged or hand-made BIFF file: one message, no stack trace.
            throw TrackerDiagnostics.Fatal("TRK002", displayName, e, TrackerDiagnostics.Text("Reason.Xls"));
        }
    }

    private sealed class Reader(IExcelDataReader reader, string displayName, DiagnosticBag diagnostics, TrackerLimits limits, CancellationToken cancellationToken)
    {
        private long _cells;
        private long _visited;
        private long _textCharacters;
        private int _merged;

        public LoadedWorkbook ReadAll()
        {
            var workbook = new LoadedWorkbook();
            do
            {
                workbook.Sheets.Add(ReadSheet());
            }
            while (reader.NextResult());

            return workbook;
        }

        private LoadedSheet ReadSheet()
        {
            var name = WorkbookLoader.Text(reader.Name) ?? "Sheet" + reader.ResultsCount.ToString(CultureInfo.InvariantCulture);
            var sheet = new LoadedSheet(name, !string.Equals(reader.VisibleState, "visible", StringComparison.OrdinalIgnoreCase));
            var rowNumber = 0;
            while (reader.Read())
            {
                rowNumber++;
                if ((rowNumber & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (rowNumber > CellReference.MaxRow)
                {
                    break;
                }

                // A hidden row has no height: the rows a person does not see, as the .xlsx loader marks them.
                var row = new LoadedRow(rowNumber, reader.RowHeight <= 0);
                var columns = Math.Min(reader.FieldCount, CellReference.MaxColumn);
                _visited += columns;
                if (_visited > (long)limits.MaxCells * 4)
                {
                    // Empty cells cost a visit too: a file claiming 16,384 columns on every row is bounded here.
                    throw TrackerDiagnostics.LimitPassed("TRK025", displayName, sheet.Name, CellReference.Name(rowNumber, 1), "Limit.Cells", limits.MaxCells);
                }

                for (var i = 0; i < columns; i++)
                {
                    var value = Typed(reader.GetValue(i), reader.GetNumberFormatString(i), sheet.Name, rowNumber, i + 1);
                    if (value is null)
                    {
                        continue;
                    }

                    if (++_cells > limits.MaxCells)
                    {
                        throw TrackerDiagnostics.LimitPassed("TRK025", displayName, sheet.Name, CellReference.Name(rowNumber, i + 1), "Limit.Cells", limits.MaxCells);
                    }

                    if (value is string text && (_textCharacters += text.Length) > limits.MaxTextCharacters)
                    {
                        throw TrackerDiagnostics.LimitPassed("TRK025", displayName, sheet.Name, CellReference.Name(rowNumber, i + 1), "Limit.Text", limits.MaxTextCharacters);
                    }

                    row.Cells.Add(new LoadedCell(i + 1, value, null));
                }

                if (row.Cells.Count > 0)
                {
                    sheet.Add(row);
                }
            }

            foreach (var merged in reader.MergeCells ?? [])
            {
                if (merged.FromRow >= 0 && merged.FromColumn >= 0 && merged.ToRow >= merged.FromRow && merged.ToColumn >= merged.FromColumn
                    && merged.ToRow < CellReference.MaxRow && merged.ToColumn < CellReference.MaxColumn)
                {
                    var range = new CellRange(merged.FromRow + 1, merged.FromColumn + 1, merged.ToRow + 1, merged.ToColumn + 1);
                    if (++_merged > limits.MaxMergedRanges)
                    {
                        throw TrackerDiagnostics.LimitPassed("TRK025", displayName, sheet.Name, range.TopLeft, "Limit.Merged", limits.MaxMergedRanges);
                    }

                    sheet.AddMerged(range);
                }
            }

            return sheet;
        }

        /// <summary>ExcelDataReader's value (double, DateTime, string, bool) typed as the .xlsx loader types a cell.</summary>
        private object? Typed(object? value, string? numberFormat, string sheet, int row, int column)
        {
            switch (value)
            {
                case null:
                    return null;
                case string text:
                    return CellText(text, sheet, row, column);
                case bool flag:
                    return flag;
                case DateTime dateTime:
                    return NumberFormats.ClassifyCode(numberFormat) == NumberKind.Time
                        ? ExcelDates.TimeText(dateTime.ToOADate())
                        : DateOnly.FromDateTime(dateTime);
                case double number when !double.IsFinite(number):
                    return null;
                case double number:
                    switch (NumberFormats.ClassifyCode(numberFormat))
                    {
                        case NumberKind.Date when ExcelDates.TryFromSerial(number, false, out var date):
                            return date;
                        case NumberKind.Time:
                            return ExcelDates.TimeText(number);
                    }

                    if (Math.Abs(number) >= 7.9e27)
                    {
                        var raw = number.ToString("R", CultureInfo.InvariantCulture);
                        diagnostics.Add(TrackerDiagnostics.Warning("TRK022", new SheetLocation(sheet, CellReference.Name(row, column)), raw));
                        return raw;
                    }

                    return ExcelNumbers.ToDecimal(number);
                case IConvertible other:
                    return CellText(other.ToString(CultureInfo.InvariantCulture), sheet, row, column);
                default:
                    return null;
            }
        }

        private string? CellText(string raw, string sheet, int row, int column)
        {
            var text = WorkbookLoader.ConvertLegacy(WorkbookLoader.Text(raw), out var encoding);
            WorkbookLoader.WarnLegacy(diagnostics, encoding, text, sheet, row, column);
            return text;
        }
    }
}
