using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LucBinh.Docs.Diagnostics;
using XText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Reads a workbook's cells with the Open XML SDK, streaming each worksheet with <see cref="OpenXmlReader"/> one row at
/// a time. Values are typed from the cell type and the number format; formulas give their cached value. ClosedXML is not
/// used for reading: on this platform it fails on pictures, <c>t="d"</c> cells and more, and recalculates formulas.
/// </summary>
internal sealed class WorkbookLoader
{
    /// <summary>At most this many non-empty cells in a workbook (about 200 columns × 50,000 rows).</summary>
    public const int MaxCells = 10_000_000;

    private readonly DiagnosticBag _diagnostics;
    private readonly string _displayName;
    private NumberKind[] _styleKinds = [];
    private string[] _sharedStrings = [];
    private bool _date1904;
    private int _cellCount;

    private WorkbookLoader(DiagnosticBag diagnostics, string displayName)
    {
        _diagnostics = diagnostics;
        _displayName = displayName;
    }

    public static LoadedWorkbook Load(byte[] content, string displayName, DiagnosticBag diagnostics)
    {
        var settings = new OpenSettings
        {
            MaxCharactersInPart = PackageGuard.MaxEntryBytes,
            AutoSave = false,
        };
        using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false, settings);
        return new WorkbookLoader(diagnostics, displayName).Load(document);
    }

    private LoadedWorkbook Load(SpreadsheetDocument document)
    {
        var workbookPart = document.WorkbookPart
            ?? throw TrackerDiagnostics.Fatal("TRK008", _displayName, null, "xl/workbook.xml", TrackerDiagnostics.Text("Reason.Package"));
        var workbook = Guard(workbookPart, () => workbookPart.Workbook);
        _date1904 = workbook.WorkbookProperties?.Date1904?.Value ?? false;
        if (workbookPart.WorkbookStylesPart is { } stylesPart)
        {
            _styleKinds = Guard(stylesPart, () => ReadStyles(stylesPart.Stylesheet));
        }

        if (workbookPart.SharedStringTablePart is { } sstPart)
        {
            _sharedStrings = Guard(sstPart, () => ReadSharedStrings(sstPart));
        }

        var result = new LoadedWorkbook();
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var id = sheet.Id?.Value;
            if (id is null || sheet.Name?.Value is not { } name
                || !workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheetPart)
            {
                // Chart sheets, dialog and macro sheets hold no rows.
                continue;
            }

            var state = sheet.State?.InnerText;
            var loaded = new LoadedSheet(Text(name)!, state is "hidden" or "veryHidden");
            Guard(worksheetPart, () => ReadWorksheet(worksheetPart, loaded));
            foreach (var tablePart in worksheetPart.TableDefinitionParts)
            {
                if (Guard(tablePart, () => ReadTable(tablePart.Table)) is { } table)
                {
                    loaded.Tables.Add(table);
                    if (table.ActiveFilter)
                    {
                        loaded.Filters.Add((table.Range, true));
                    }
                }
            }

            loaded.Tables.Sort((a, b) => (a.Range.FirstRow, a.Range.FirstColumn).CompareTo((b.Range.FirstRow, b.Range.FirstColumn)));
            result.Sheets.Add(loaded);
        }

        foreach (var definedName in workbook.DefinedNames?.Elements<DefinedName>() ?? [])
        {
            var name = definedName.Name?.Value;
            if (name is null || definedName.LocalSheetId is not null || (definedName.Hidden?.Value ?? false)
                || name.StartsWith("_xlnm.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("_xl", StringComparison.Ordinal))
            {
                continue;
            }

            result.Names.Add(new LoadedName(Text(name)!, definedName.Text ?? string.Empty));
        }

        return result;
    }

    /// <summary>Runs a read of one part, turning XML and package errors into a message naming the part.</summary>
    private T Guard<T>(OpenXmlPart part, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (System.Xml.XmlException e)
        {
            var reason = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? TrackerDiagnostics.Text("Reason.Dtd")
                : (object)(TrackerDiagnostics.Text("Reason.Xml") + ": " + e.Message);
            throw TrackerDiagnostics.Fatal("TRK008", _displayName, e, part.Uri.OriginalString.TrimStart('/'), reason);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FormatException or InvalidOperationException or IOException)
        {
            throw TrackerDiagnostics.Fatal("TRK008", _displayName, e, part.Uri.OriginalString.TrimStart('/'), e.Message);
        }
    }

    private void Guard(OpenXmlPart part, Action read) => Guard(part, () =>
    {
        read();
        return 0;
    });

    private static NumberKind[] ReadStyles(Stylesheet? stylesheet)
    {
        if (stylesheet?.CellFormats is not { } formats)
        {
            return [];
        }

        var codes = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                codes[id] = format.FormatCode?.Value ?? string.Empty;
            }
        }

        var kinds = new List<NumberKind>();
        foreach (var xf in formats.Elements<CellFormat>())
        {
            var id = xf.NumberFormatId?.Value ?? 0;
            kinds.Add(codes.TryGetValue(id, out var code) ? NumberFormats.ClassifyCode(code) : NumberFormats.ClassifyBuiltIn(id));
        }

        return [.. kinds];
    }

    private static string[] ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(RichText(item));
            }
        }

        return [.. strings];
    }

    /// <summary>The visible text of a shared or inline string: its own text or its runs, without phonetic (rPh) runs.</summary>
    private static string RichText(OpenXmlElement item)
    {
        var direct = item.GetFirstChild<XText>();
        if (direct is not null && !item.Elements<Run>().Any())
        {
            return direct.Text;
        }

        var builder = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is XText t)
            {
                builder.Append(t.Text);
            }
            else if (child is Run run && run.Text is { } runText)
            {
                builder.Append(runText.Text);
            }
        }

        return builder.ToString();
    }

    private static LoadedTable? ReadTable(Table? table)
    {
        if (table is null || !CellRange.TryParse(table.Reference?.Value, out var range))
        {
            return null;
        }

        var name = Text(table.DisplayName?.Value ?? table.Name?.Value) ?? "Table";
        var columns = table.TableColumns?.Elements<TableColumn>().Select(c => Text(DecodeEscapes(c.Name?.Value)) ?? string.Empty).ToList() ?? [];
        var active = table.AutoFilter?.Elements<FilterColumn>().Any() ?? false;
        return new LoadedTable(
            name,
            range,
            (int)(table.HeaderRowCount?.Value ?? 1),
            (int)(table.TotalsRowCount?.Value ?? 0),
            columns,
            active);
    }

    /// <summary>Decodes the <c>_x000a_</c> escapes Excel writes for control characters (line breaks) in names.</summary>
    private static string? DecodeEscapes(string? text) =>
        text is null || !text.Contains("_x", StringComparison.Ordinal)
            ? text
            : System.Text.RegularExpressions.Regex.Replace(
                text,
                "_x([0-9A-Fa-f]{4})_",
                m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                System.Text.RegularExpressions.RegexOptions.None,
                TimeSpan.FromSeconds(1));

    private void ReadWorksheet(WorksheetPart part, LoadedSheet sheet)
    {
        var sharedFormulas = new Dictionary<uint, string>();
        var previousRow = 0;
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (!reader.IsStartElement)
            {
                more = reader.Read();
                continue;
            }

            var type = reader.ElementType;
            if (type == typeof(Row))
            {
                var row = (Row)reader.LoadCurrentElement()!;
                previousRow = row.RowIndex?.Value is { } index and > 0 ? (int)Math.Min(index, CellReference.MaxRow) : previousRow + 1;
                ReadRow(row, previousRow, sheet, sharedFormulas);
                more = !reader.EOF;
                continue;
            }

            if (type == typeof(MergeCell) || type == typeof(AutoFilter))
            {
                var element = reader.LoadCurrentElement()!;
                if (element is MergeCell merge && CellRange.TryParse(merge.Reference?.Value, out var merged))
                {
                    sheet.Merged.Add(merged);
                }
                else if (element is AutoFilter filter && CellRange.TryParse(filter.Reference?.Value, out var filtered))
                {
                    sheet.Filters.Add((filtered, filter.Elements<FilterColumn>().Any()));
                }

                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }
    }

    private void ReadRow(Row row, int rowNumber, LoadedSheet sheet, Dictionary<uint, string> sharedFormulas)
    {
        var loaded = new LoadedRow(rowNumber, row.Hidden?.Value ?? false);
        var column = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference && CellReference.TryParse(reference, out _, out var c) && c > 0
                ? c
                : column + 1;
            var formula = FormulaText(cell.CellFormula, sharedFormulas);
            var raw = cell.CellValue?.Text;
            var inline = cell.InlineString;
            if (raw is null && inline is null)
            {
                if (formula is not null)
                {
                    loaded.Cells.Add(new LoadedCell(column, null, formula, uncached: true));
                }

                continue;
            }

            var value = Typed(cell, raw, inline, sheet.Name, rowNumber, column);
            if (value is null && formula is null)
            {
                continue;
            }

            if (++_cellCount > MaxCells)
            {
                throw TrackerDiagnostics.Fatal(
                    "TRK007", _displayName, null, sheet.Name, TrackerDiagnostics.Text("Limit.Cells", MaxCells.ToString("N0", CultureInfo.InvariantCulture)), MaxCells.ToString("N0", CultureInfo.InvariantCulture));
            }

            loaded.Cells.Add(new LoadedCell(column, value, formula));
        }

        if (loaded.Cells.Count > 0)
        {
            loaded.Cells.Sort((a, b) => a.Column.CompareTo(b.Column));
            sheet.Add(loaded);
        }
    }

    private static string? FormulaText(CellFormula? formula, Dictionary<uint, string> sharedFormulas)
    {
        if (formula is null)
        {
            return null;
        }

        var text = formula.Text;
        if (formula.FormulaType?.InnerText == "shared" && formula.SharedIndex?.Value is { } index)
        {
            if (!string.IsNullOrEmpty(text))
            {
                sharedFormulas[index] = text;
            }
            else
            {
                // Cells that share a formula store only its index; the master's text tells what function it is.
                return sharedFormulas.GetValueOrDefault(index, string.Empty);
            }
        }

        return text ?? string.Empty;
    }

    private object? Typed(Cell cell, string? raw, InlineString? inline, string sheetName, int row, int column)
    {
        var type = cell.DataType?.InnerText ?? "n";
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Length
                    ? Text(_sharedStrings[index])
                    : null;
            case "inlineStr":
                return Text(inline is null ? raw : RichText(inline));
            case "str":
                return Text(raw);
            case "b":
                return raw?.Trim() is "1" or "true" or "TRUE";
            case "e":
                _diagnostics.Add(TrackerDiagnostics.Warning("TRK010", new SheetLocation(sheetName, CellReference.Name(row, column)), raw));
                return null;
            case "d":
                return raw is not null && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                    ? DateOnly.FromDateTime(iso)
                    : Text(raw);
            default:
                return Number(raw, cell.StyleIndex?.Value ?? 0, sheetName, row, column);
        }
    }

    private object? Number(string? raw, uint style, string sheetName, int row, int column)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return Text(raw);
        }

        var kind = style < _styleKinds.Length ? _styleKinds[style] : NumberKind.Number;
        switch (kind)
        {
            case NumberKind.Date:
                if (ExcelDates.TryFromSerial(number, _date1904, out var date))
                {
                    return date;
                }

                _diagnostics.Add(TrackerDiagnostics.Warning("TRK021", new SheetLocation(sheetName, CellReference.Name(row, column)), raw));
                break;
            case NumberKind.Time:
                return ExcelDates.TimeText(number);
        }

        if (Math.Abs(number) >= 7.9e27)
        {
            _diagnostics.Add(TrackerDiagnostics.Warning("TRK022", new SheetLocation(sheetName, CellReference.Name(row, column)), raw));
            return raw;
        }

        return ExcelNumbers.ToDecimal(raw, number);
    }

    /// <summary>Text of the model: NFC, trimmed; empty text is an empty cell.</summary>
    internal static string? Text(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}

/// <summary>Excel's serial dates: days since 1899-12-30 (or 1904-01-01), with the 1900 leap-year bug.</summary>
internal static class ExcelDates
{
    public static bool TryFromSerial(double serial, bool date1904, out DateOnly date)
    {
        date = default;
        if (date1904)
        {
            serial += 1462;
        }

        // Excel's calendar runs from 1900-01-01 (serial 1) to 9999-12-31 (serial 2958465); 0 is its "1900-01-00".
        if (serial < 1 || serial >= 2958466)
        {
            return false;
        }

        var days = (int)Math.Floor(serial);
        if (days < 61 && !date1904)
        {
            // Excel counts a 29 February 1900 that never was (serial 60): dates before it are one day later in .NET.
            days = days == 60 ? 59 : days;
            days += 1;
        }

        date = DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(days));
        return true;
    }

    /// <summary>A time of day or a duration as text: "08:30", "08:30:15" or "26:00" for more than a day.</summary>
    public static string TimeText(double serial)
    {
        var seconds = (long)Math.Round(Math.Abs(serial) * 86400);
        var hours = seconds / 3600;
        var minutes = seconds / 60 % 60;
        var rest = seconds % 60;
        var sign = serial < 0 ? "-" : string.Empty;
        return rest == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{hours:00}:{minutes:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{hours:00}:{minutes:00}:{rest:00}");
    }
}

internal static class ExcelNumbers
{
    /// <summary>
    /// The number as a decimal, rounded like Excel shows it (15 significant digits), so 0.1+0.2 stored as
    /// 0.30000000000000004 reads 0.3.
    /// </summary>
    public static decimal ToDecimal(string raw, double number)
    {
        if (raw.Length <= 15 && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return exact;
        }

        var rounded = number.ToString("G15", CultureInfo.InvariantCulture);
        return decimal.TryParse(rounded, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : (decimal)number;
    }

    public static decimal ToDecimal(double number) => ToDecimal(number.ToString("R", CultureInfo.InvariantCulture), number);
}
