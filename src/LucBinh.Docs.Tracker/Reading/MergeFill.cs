namespace LucBinh.Docs.Tracker.Reading;

/// <summary>For each column of a list, the row spans of vertical merges (sorted, not overlapping) and their value.</summary>
internal sealed class MergeFill
{
    private readonly (int First, int Last, int FirstColumn, object Value)[]?[] _spans;

    public MergeFill(List<(int First, int Last, int FirstColumn, object Value)>?[] byColumn)
    {
        _spans = new (int, int, int, object)[]?[byColumn.Length];
        for (var i = 0; i < byColumn.Length; i++)
        {
            if (byColumn[i] is not { } spans)
            {
                continue;
            }

            // Stable: of two spans starting on one row the first in the file wins; a span overlapping the one
            // kept before it is dropped (Excel never writes overlapping merges).
            var kept = new List<(int First, int Last, int FirstColumn, object Value)>(spans.Count);
            foreach (var span in spans.OrderBy(s => s.First))
            {
                if (kept.Count == 0 || span.First > kept[^1].Last)
                {
                    kept.Add(span);
                }
            }

            _spans[i] = [.. kept];
        }
    }

    /// <summary>The value a covered cell of the list's column reads, or null (the top-left cell reads its own value).</summary>
    public object? Value(int listColumn, int sheetColumn, int row)
    {
        if (_spans[listColumn] is not { } spans)
        {
            return null;
        }

        int lo = 0, hi = spans.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Last < row)
            {
                lo = mid + 1;
            }
            else if (spans[mid].First > row)
            {
                hi = mid - 1;
            }
            else
            {
                return spans[mid].First == row && spans[mid].FirstColumn == sheetColumn ? null : spans[mid].Value;
            }
        }

        return null;
    }
}
