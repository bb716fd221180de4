using System.Globalization;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// A key/value sheet read as an object: each label of the label column is a key, the cell beside it its value. The
/// sheet has a <c>Thông tin | Giá trị</c> header, or none (<see cref="HeaderlessKeyValue"/>).
/// </summary>
internal sealed class KeyValueSheet(ModelContext context)
{
    /// <summary>Whether a header is <c>Thông tin | Giá trị</c> (columns after them, such as <c>Hướng dẫn</c>, are ignored).</summary>
    public static bool IsKeyValueHeader(LoadedSheet sheet, SheetHeader header, out int labelColumn, out int valueColumn)
    {
        labelColumn = 0;
        valueColumn = 0;
        if (header.Columns.Count < 2)
        {
            return false;
        }

        var first = header.Columns[0];
        var second = header.Columns[1];
        if (first.Key != "thong_tin" || second.Key != "gia_tri")
        {
            return false;
        }

        labelColumn = first.Index;
        valueColumn = second.Index;
        return sheet.Rows.Count > 0;
    }

    /// <summary>
    /// The items under <paramref name="headerRow"/> (0 without a header). A label without letters (TRK020) or used
    /// twice (TRK019) is skipped with a warning; a text value of an item whose label says "Ngày" becomes a date, or is
    /// reported (TRK017).
    /// </summary>
    public DataRecord Read(LoadedSheet sheet, int headerRow, int labelColumn, int valueColumn)
    {
        var record = new DataRecord { Source = new DataSource(sheet.Name, headerRow) };
        var items = new Dictionary<string, (int Row, int Column)>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            context.Tick();
            if (row.Number <= headerRow || (context.Options.SkipRowsHiddenByFilter && sheet.IsHiddenByFilter(row)))
            {
                continue;
            }

            var labelValue = row.Find(labelColumn)?.Value;
            if (labelValue is null)
            {
                continue;
            }

            var label = ColumnKeys.CleanLabel(Convert.ToString(labelValue, CultureInfo.InvariantCulture) ?? string.Empty);
            var key = NameFolding.ToKey(label);
            var labelCell = CellReference.Name(row.Number, labelColumn);
            if (key.Length == 0)
            {
                context.Diagnostics.Add(TrackerDiagnostics.Warning("TRK020", new SheetLocation(sheet.Name, labelCell), label, "—"));
                continue;
            }

            if (firstSeen.TryGetValue(key, out var firstCell))
            {
                context.Diagnostics.Add(TrackerDiagnostics.Warning("TRK019", new SheetLocation(sheet.Name, labelCell), label, firstCell));
                continue;
            }

            firstSeen[key] = labelCell;
            context.CountValues(1, sheet.Name, labelCell);
            var value = row.Find(valueColumn)?.Value;
            if (value is string text && TextDates.IsDateKey(key))
            {
                if (TextDates.TryParse(text, out var date))
                {
                    value = date;
                }
                else
                {
                    context.Diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK017", new SheetLocation(sheet.Name, CellReference.Name(row.Number, valueColumn)), text, label));
                }
            }

            record.Set(key, value, label);
            items[key] = (row.Number, valueColumn);
        }

        context.Places.Items[record] = items;
        return record;
    }
}
