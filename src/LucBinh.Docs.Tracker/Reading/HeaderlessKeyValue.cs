using LucBinh.Docs.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>Tells a two-column label/value sheet written without a <c>Thông tin | Giá trị</c> header.</summary>
internal static class HeaderlessKeyValue
{
    /// <summary>The most rows a header-less key/value sheet has: a longer two-column sheet is a list.</summary>
    private const int MaxHeaderlessItems = 100;

    /// <summary>
    /// A two-column sheet of labels and values without a <c>Thông tin | Giá trị</c> header: every used row has a text
    /// label in the first column (labels distinct once folded, at most <see cref="MaxHeaderlessItems"/>), nothing
    /// outside the two columns, and values of mixed kinds below the first row (text and numbers or dates), which a
    /// column of a list under a header seldom has. A first value that is not text (no header is text-only then) is
    /// enough too.
    /// </summary>
    internal static bool IsHeaderlessKeyValue(LoadedSheet sheet, out int firstRow, out int labelColumn, out int valueColumn)
    {
        firstRow = 0;
        labelColumn = 0;
        valueColumn = 0;
        var labels = new HashSet<string>(StringComparer.Ordinal);
        bool text = false, other = false, firstValueNotText = false;
        foreach (var row in sheet.Rows)
        {
            LoadedCell? label = null, value = null;
            foreach (var cell in row.Cells)
            {
                if (cell.Value is null)
                {
                    continue;
                }

                if (label is null)
                {
                    label = cell;
                }
                else if (value is null)
                {
                    value = cell;
                }
                else
                {
                    return false;
                }
            }

            if (label is null)
            {
                continue;
            }

            if (labelColumn == 0)
            {
                labelColumn = label.Column;
                firstRow = row.Number;
            }

            // A row of a value alone, or a label elsewhere, or a label that is not text: not a label/value sheet.
            if (label.Column != labelColumn || label.Value is not string labelText || labels.Count >= MaxHeaderlessItems
                || !labels.Add(NameFolding.ToKey(labelText)))
            {
                return false;
            }

            if (value is null)
            {
                continue;
            }

            if (valueColumn == 0)
            {
                valueColumn = value.Column;
                firstValueNotText = row.Number == firstRow && value.Value is not string;
            }
            else if (value.Column != valueColumn)
            {
                return false;
            }

            if (row.Number != firstRow)
            {
                text |= value.Value is string;
                other |= value.Value is not string;
            }
        }

        return labels.Count >= 2 && valueColumn != 0 && !labels.Contains(string.Empty) && (firstValueNotText || (text && other));
    }
}
