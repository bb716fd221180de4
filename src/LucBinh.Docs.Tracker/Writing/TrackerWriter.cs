using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Tracker.Writing;

/// <summary>
/// Writes a tracker workbook of a <see cref="TrackerSchema"/> with ClosedXML: one Excel table per
/// list, drop-down lists for fixed vocabularies, dates as dd/mm/yyyy with date validation, frozen and bold header rows.
/// The output is byte-for-byte reproducible: fixed document properties and zip entry times.
/// </summary>
internal static partial class TrackerWriter
{
    /// <summary>Validation and formats cover this many rows below the header, so rows typed later are checked too.</summary>
    public const int PreparedRows = 2000;

    private const string DateFormat = "dd/mm/yyyy";
    private const string FontName = "Times New Roman";
    private static readonly DateTime FixedTime = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void Write(Stream output, DataRecord data, TrackerSchema schema)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(schema);
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = 12;
        workbook.Properties.Author = "LucBinh.Docs";
        workbook.Properties.LastModifiedBy = "LucBinh.Docs";
        workbook.Properties.Title = schema.Title ?? "Sổ theo dõi";
        workbook.Properties.Created = FixedTime;
        workbook.Properties.Modified = FixedTime;

        foreach (var sheet in schema.Sheets)
        {
            if (sheet.Shape == SheetShape.Fields)
            {
                WriteFields(workbook.AddWorksheet(sheet.Name), sheet, data[sheet.Key] as DataRecord);
            }
            else
            {
                WriteList(workbook.AddWorksheet(sheet.Name), sheet, data[sheet.Key] as DataList);
            }
        }

        workbook.Worksheet(1).SetTabActive();
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        Normalize(buffer, output);
    }

    private static void WriteFields(IXLWorksheet sheet, SchemaSheet fields, DataRecord? values)
    {
        string[] headers = [TrackerKeys.LabelHeader, TrackerKeys.ValueHeader, TrackerKeys.HintHeader];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        var row = 2;
        foreach (var info in fields.Fields)
        {
            sheet.Cell(row, 1).SetValue(info.Header);
            var cell = sheet.Cell(row, 2);
            SetCell(cell, values?[info.Key]);
            FormatStyle(cell.Style, info.Kind);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            Validate(cell.AsRange(), info.Kind, info);
            sheet.Cell(row, 3).SetValue(info.Hint ?? string.Empty);
            row++;
        }

        var last = row - 1;
        StyleHeader(sheet.Range(1, 1, 1, 3));
        var body = sheet.Range(2, 1, last, 3);
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        body.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Range(2, 1, last, 1).Style.Font.Bold = true;
        sheet.Range(2, 1, last, 1).Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
        sheet.Range(2, 3, last, 3).Style.Font.Italic = true;
        sheet.Range(2, 3, last, 3).Style.Font.FontColor = XLColor.FromHtml("#595959");
        sheet.Range(2, 2, last, 3).Style.Alignment.WrapText = true;
        sheet.Column(1).Width = 26;
        sheet.Column(2).Width = 60;
        sheet.Column(3).Width = 70;
        sheet.SheetView.FreezeRows(1);
    }

    private static void WriteList(IXLWorksheet sheet, SchemaSheet list, DataList? rows)
    {
        var columns = list.Fields;
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header);
        }

        var records = rows?.OfType<DataRecord>().ToList() ?? [];
        for (var r = 0; r < records.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                SetCell(sheet.Cell(r + 2, c + 1), records[r][columns[c].Key]);
            }
        }

        // An Excel table needs one data row; a blank tracker has one empty row that the reader skips.
        var lastRow = Math.Max(records.Count, 1) + 1;
        var table = sheet.Range(1, 1, lastRow, columns.Count).CreateTable(list.Table ?? TableName(list.Key));
        table.Theme = XLTableTheme.TableStyleLight9;
        table.ShowAutoFilter = true;

        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var sheetColumn = sheet.Column(c + 1);
            sheetColumn.Width = column.Width;

            // Formats go on the whole column (one <col> element, also for rows typed later); validation on the rows below the header.
            sheetColumn.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            FormatStyle(sheetColumn.Style, column.Kind);
            Validate(sheet.Range(2, c + 1, Math.Max(lastRow, PreparedRows + 1), c + 1), column.Kind, column);
        }

        StyleHeader(sheet.Range(1, 1, 1, columns.Count));
        sheet.SheetView.FreezeRows(1);
    }

    /// <summary>An Excel table name from a key (<c>van_ban_cung_cap</c> → <c>VanBanCungCap</c>): letters and digits only.</summary>
    private static string TableName(string key)
    {
        var name = string.Concat(key.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return name.Length > 0 && char.IsLetter(name[0]) ? name : "Bang" + name;
    }

    private static void StyleHeader(IXLRange header)
    {
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Worksheet.Row(1).Height = 33;
    }

    private static void FormatStyle(IXLStyle style, FieldKind kind)
    {
        switch (kind)
        {
            case FieldKind.Date:
                style.DateFormat.Format = DateFormat;
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                break;
            case FieldKind.Number:
                style.NumberFormat.Format = "0";
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                break;
            case FieldKind.LongText or FieldKind.Choice:
                style.Alignment.WrapText = true;
                break;
        }
    }

    private static void Validate(IXLRange range, FieldKind kind, SchemaField? column)
    {
        switch (kind)
        {
            case FieldKind.Date:
                var date = range.SetDataValidation();
                date.Date.Between(new DateTime(1990, 1, 1), new DateTime(2100, 12, 31));
                date.ErrorTitle = "Ngày không hợp lệ";
                date.ErrorMessage = "Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 20/06/2024.";
                date.ShowErrorMessage = true;
                break;
            case FieldKind.Number:
                var number = range.SetDataValidation();
                number.WholeNumber.EqualOrGreaterThan(0);
                number.ErrorTitle = "Số không hợp lệ";
                number.ErrorMessage = "Hãy nhập một số nguyên không âm.";
                number.ShowErrorMessage = true;
                break;
            case FieldKind.Choice when column?.Choices is { } choices:
                var list = range.SetDataValidation();
                list.List("\"" + string.Join(",", choices) + "\"", true);
                list.ErrorStyle = column.OnlyChoices ? XLErrorStyle.Stop : XLErrorStyle.Warning;
                list.ErrorTitle = "Giá trị không có trong danh sách";
                list.ErrorMessage = "Hãy chọn một giá trị trong danh sách: " + string.Join(", ", choices) + ".";
                list.ShowErrorMessage = true;
                break;
        }
    }

    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                // Text stays text: "05/NQ-HĐND" or "01" must not turn into a date or a number.
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
            case decimal number:
                cell.SetValue(number);
                break;
            case bool flag:
                cell.SetValue(flag);
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = DateFormat;
                break;
            default:
                cell.SetValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>
    /// Copies the package so that the same data always gives the same bytes: fixed entry times, and fixed names where
    /// System.IO.Packaging draws random ones (the core-properties part and the package relationship ids).
    /// </summary>
    private static void Normalize(MemoryStream saved, Stream output)
    {
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        const string CoreFolder = "package/services/metadata/core-properties/";
        const string CoreName = CoreFolder + "core.psmdcp";
        var randomCore = source.Entries.FirstOrDefault(e => e.FullName.StartsWith(CoreFolder, StringComparison.Ordinal))?.FullName;
        foreach (var entry in source.Entries)
        {
            var name = entry.FullName == randomCore ? CoreName : entry.FullName;
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = new DateTimeOffset(FixedTime);
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName == "_rels/.rels")
            {
                using var reader = new StreamReader(from, Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (randomCore is not null)
                {
                    text = text.Replace("/" + randomCore, "/" + CoreName, StringComparison.Ordinal);
                }

                var n = 0;
                text = RandomRelationshipId().Replace(text, _ => "Id=\"rIdPackage" + (++n).ToString(CultureInfo.InvariantCulture) + "\"");
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                to.Write(bytes);
            }
            else if (entry.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
            {
                // ClosedXML writes frozen panes as "frozenSplit", which LibreOffice does not keep: write Excel's "frozen".
                using var reader = new StreamReader(from, Encoding.UTF8);
                var text = reader.ReadToEnd().Replace("state=\"frozenSplit\"", "state=\"frozen\"", StringComparison.Ordinal);
                to.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RandomRelationshipId();
}
