namespace LucBinh.Docs.Tracker.Reading;

/// <summary>The cells of a workbook as read from the file, before they become the data model.</summary>
internal sealed class LoadedWorkbook
{
    public List<LoadedSheet> Sheets { get; } = [];

    /// <summary>Workbook-level defined names (not local to a sheet, not hidden, not Excel's own _xlnm names).</summary>
    public List<LoadedName> Names { get; } = [];

    public LoadedSheet? Sheet(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}

internal sealed record LoadedName(string Name, string Formula);

internal sealed class LoadedSheet(string name, bool hidden)
{
    private readonly Dictionary<int, LoadedRow> _byNumber = [];

    public string Name { get; } = name;

    public bool Hidden { get; } = hidden;

    /// <summary>Rows holding at least one value or formula, in row order.</summary>
    public List<LoadedRow> Rows { get; } = [];

    public List<CellRange> Merged { get; } = [];

    /// <summary>AutoFilter ranges (the sheet's and its tables'), and whether a filter criterion is set in them.</summary>
    public List<(CellRange Range, bool Active)> Filters { get; } = [];

    public List<LoadedTable> Tables { get; } = [];

    public void Add(LoadedRow row)
    {
        if (Rows.Count > 0 && Rows[^1].Number >= row.Number)
        {
            // Rows written out of order (rare, by some tools): keep the list sorted.
            if (_byNumber.TryGetValue(row.Number, out var existing))
            {
                existing.Cells.AddRange(row.Cells);
                existing.Cells.Sort((a, b) => a.Column.CompareTo(b.Column));
                return;
            }

            var index = Rows.FindIndex(r => r.Number > row.Number);
            Rows.Insert(index, row);
        }
        else
        {
            Rows.Add(row);
        }

        _byNumber[row.Number] = row;
    }

    public LoadedCell? Cell(int row, int column) =>
        _byNumber.TryGetValue(row, out var r) ? r.Find(column) : null;

    public object? Value(int row, int column) => Cell(row, column)?.Value;

    /// <summary>The merged range whose top-left cell is the given cell, if any.</summary>
    public CellRange? MergedAt(int row, int column)
    {
        foreach (var range in Merged)
        {
            if (range.FirstRow == row && range.FirstColumn == column)
            {
                return range;
            }
        }

        return null;
    }

    public bool IsHiddenByFilter(LoadedRow row)
    {
        if (!row.Hidden)
        {
            return false;
        }

        foreach (var (range, active) in Filters)
        {
            if (active && row.Number > range.FirstRow && row.Number <= range.LastRow)
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed class LoadedRow(int number, bool hidden)
{
    public int Number { get; } = number;

    public bool Hidden { get; } = hidden;

    /// <summary>Cells with a value or a formula, in column order.</summary>
    public List<LoadedCell> Cells { get; } = [];

    public LoadedCell? Find(int column)
    {
        int lo = 0, hi = Cells.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Cells[mid].Column;
            if (c == column)
            {
                return Cells[mid];
            }

            if (c < column)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}

/// <summary>
/// One cell: its typed value (string, decimal, bool, DateOnly or null) and its formula text without "=", if any.
/// <see cref="Uncached"/> marks a formula for which the file stores no result.
/// </summary>
internal sealed class LoadedCell(int column, object? value, string? formula, bool uncached = false)
{
    public int Column { get; } = column;

    public object? Value { get; set; } = value;

    public string? Formula { get; } = formula;

    public bool Uncached { get; set; } = uncached;

    /// <summary>What the cell's number format makes of a number (for a formula evaluated here).</summary>
    public NumberKind Kind { get; init; }
}

internal sealed record LoadedTable(
    string Name,
    CellRange Range,
    int HeaderRows,
    int TotalsRows,
    IReadOnlyList<string> Columns,
    bool ActiveFilter);
