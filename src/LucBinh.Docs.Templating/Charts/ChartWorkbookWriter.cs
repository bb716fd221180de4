using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// Writes a chart's data into a copy of its embedded workbook, so Word's "Edit Data" opens the numbers the chart
/// shows: the chart's sheet is emptied and refilled (<see cref="ChartSheet"/> layout), the table Word keeps over the
/// data (<c>table1.xml</c>) is resized and its columns renamed, and a stale calculation chain is dropped.
/// </summary>
internal static class ChartWorkbookWriter
{
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(ChartSource source, ChartData data)
    {
        using var stream = new MemoryStream();
        stream.Write(source.Workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var book = document.WorkbookPart!;
            var sheet = book.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name?.Value == source.SheetName);
            var worksheet = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
            // A given relationship id: the SDK's own would be random, and the same data must give the same bytes.
            var strings = book.SharedStringTablePart ?? book.AddNewPart<SharedStringTablePart>("lbdStrings");
            strings.SharedStringTable ??= new SharedStringTable();
            var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
            var lastColumn = data.Series.Count;
            var lastRow = ChartSheet.LastRow(data.PointCount);

            var rows = new List<Row>(data.PointCount + 1)
            {
                new(new[] { data.CategoryHeader }.Concat(data.Series.Select(s => s.Name)).Select((text, c) => TextCell(c, 1, text, strings.SharedStringTable, lookup))) { RowIndex = 1 },
            };
            for (var p = 0; p < data.PointCount; p++)
            {
                var row = new Row { RowIndex = (uint)(p + 2) };
                row.Append(data.Categories[p] is decimal d ? NumberCell(0, p + 2, d) : TextCell(0, p + 2, (string)data.Categories[p], strings.SharedStringTable, lookup));
                for (var s = 0; s < data.Series.Count; s++)
                {
                    if (data.Series[s].Values[p] is { } value)
                    {
                        row.Append(NumberCell(s + 1, p + 2, value));
                    }
                }

                rows.Add(row);
            }

            var sheetData = worksheet.Worksheet.GetFirstChild<SheetData>() ?? worksheet.Worksheet.AppendChild(new SheetData());
            sheetData.RemoveAllChildren();
            sheetData.Append(rows);
            var range = "A1:" + ChartSheet.Cell(lastColumn, lastRow);
            if (worksheet.Worksheet.GetFirstChild<SheetDimension>() is { } dimension)
            {
                dimension.Reference = range;
            }

            foreach (var table in worksheet.TableDefinitionParts)
            {
                Resize(table.Table, range, [data.CategoryHeader, .. data.Series.Select(s => s.Name)]);
            }

            if (book.CalculationChainPart is { } chain)
            {
                book.DeletePart(chain);
            }

            strings.SharedStringTable.Count = (uint)strings.SharedStringTable.ChildElements.Count;
            strings.SharedStringTable.UniqueCount = strings.SharedStringTable.Count;
        }

        return WithFixedTimestamps(stream.ToArray());
    }

    private static void Resize(Table table, string range, IReadOnlyList<string> names)
    {
        table.Reference = range;
        if (table.AutoFilter is { } filter)
        {
            filter.Reference = range;
        }

        // Excel requires the table's column names to be the header cells' text.
        var columns = new TableColumns(names.Select((n, i) => new TableColumn { Id = (uint)(i + 1), Name = n })) { Count = (uint)names.Count };
        if (table.TableColumns is { } old)
        {
            old.InsertBeforeSelf(columns);
            old.Remove();
        }
        else
        {
            table.Append(columns);
        }
    }

    private static Cell NumberCell(int column, int row, decimal value) => new()
    {
        CellReference = ChartSheet.Cell(column, row),
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
    };

    private static Cell TextCell(int column, int row, string text, SharedStringTable table, Dictionary<string, int> lookup)
    {
        if (!lookup.TryGetValue(text, out var index))
        {
            table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            index = lookup[text] = table.ChildElements.Count - 1;
        }

        return new Cell
        {
            CellReference = ChartSheet.Cell(column, row),
            DataType = CellValues.SharedString,
            CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>
    /// System.IO.Packaging stamps each entry with the current time; the same data must give the same bytes (outputs
    /// are diffed and deduplicated), so the entries are copied with a fixed timestamp, in their order.
    /// </summary>
    private static byte[] WithFixedTimestamps(byte[] package)
    {
        using var output = new MemoryStream(package.Length);
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = FixedTimestamp;
                using var to = copy.Open();
                using var from = entry.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
