namespace LucBinh.Docs.Tracker.Reading;

/// <summary>The cells of a workbook as read from the file, before they become the data model.</summary>
internal sealed class LoadedWorkbook
{
    public List<LoadedSheet> Sheets { get; } = [];

    /// <summary>Workbook-level defined names (not local to a sheet, not hidden, not Excel's own _xlnm names).</summary>
    public List<LoadedName> Names { get; } = [];

    /// <summary>Characters of text in all cells, each counted (see <see cref="TrackerLimits.MaxTextCharacters"/>).</summary>
    public long TextCharacters { get; set; }

    public LoadedSheet? Sheet(string name) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}

internal sealed record LoadedName(string Name, string Formula);

internal sealed class LoadedSheet(string name, bool hidden)
{
    private readonly Dictionary<int, LoadedRow> _byNumber = [];
    private bool _outOfOrder;
    private int? _lastColumn;
    private (int First, int Last)[]? _filteredRows;
    private readonly List<CellRange> _merged = [];
    private readonly HashSet<CellRange> _mergedSeen = [];
    private readonly Dictionary<(int Row, int Column), CellRange> _mergedByTopLeft = [];

    public string Name { get; } = name;

    public bool Hidden { get; } = hidden;

    /// <summary>Rows holding at least one value or formula, in row order.</summary>
    public List<LoadedRow> Rows { get; } = [];

    /// <summary>Merged ranges of more than one cell, each once, in the order of the file.</summary>
    public IReadOnlyList<CellRange> Merged => _merged;

    /// <summary>AutoFilter ranges (the sheet's and its tables'), and whether a filter criterion is set in them.</summary>
    public List<(CellRange Range, bool Active)> Filters { get; } = [];

    public List<LoadedTable> Tables { get; } = [];

    public void Add(LoadedRow row)
    {
        _outOfOrder |= Rows.Count > 0 && Rows[^1].Number >= row.Number;
        Rows.Add(row);
        if (!_outOfOrder)
        {
            _byNumber[row.Number] = row;
        }
    }

    /// <summary>
    /// Puts rows written out of order (rare, by some tools) in order once the sheet is read, a row written twice made
    /// one: one sort, never an insertion per row (a sheet written backwards would cost rows² otherwise).
    /// </summary>
    public void FinishRows()
    {
        if (!_outOfOrder)
        {
            return;
        }

        _outOfOrder = false;
        var ordered = Rows.OrderBy(r => r.Number).ToList();
        Rows.Clear();
        _byNumber.Clear();
        foreach (var row in ordered)
        {
            if (Rows.Count > 0 && Rows[^1].Number == row.Number)
            {
                Rows[^1].Cells.AddRange(row.Cells);
                continue;
            }

            Rows.Add(row);
            _byNumber[row.Number] = row;
        }

        foreach (var row in Rows)
        {
            row.Cells.Sort((a, b) => a.Column.CompareTo(b.Column));
        }
    }

    public LoadedCell? Cell(int row, int column) =>
        _byNumber.TryGetValue(row, out var r) ? r.Find(column) : null;

    public object? Value(int row, int column) => Cell(row, column)?.Value;

    /// <summary>
    /// Adds a merged range: a repeated one is kept once, a single cell is no merge, and of two ranges with the same
    /// top-left cell the first counts (Excel never writes overlapping merges; the readers of this list resolve the rest).
    /// </summary>
    public void AddMerged(CellRange range)
    {
        if ((range.Rows == 1 && range.Columns == 1) || !_mergedSeen.Add(range))
        {
            return;
        }

        if (_mergedByTopLeft.TryAdd((range.FirstRow, range.FirstColumn), range))
        {
            _merged.Add(range);
        }
    }

    /// <summary>The merged range whose top-left cell is the given cell, if any (a look-up, not a scan).</summary>
    public CellRange? MergedAt(int row, int column) =>
        _mergedByTopLeft.TryGetValue((row, column), out var range) ? range : null;

    /// <summary>The last column holding a value or a formula in any row (0 for an empty sheet), found once.</summary>
    public int LastColumnNumber => _lastColumn ??= Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count > 0 ? r.Cells[^1].Column : 0);

    /// <summary>The number of the last row holding a value or a formula (0 for an empty sheet).</summary>
    public int LastRowNumber => Rows.Count > 0 ? Rows[^1].Number : 0;

    /// <summary>The index in <see cref="Rows"/> of the first row numbered at least <paramref name="number"/>.</summary>
    public int FirstRowIndexFrom(int number)
    {
        int lo = 0, hi = Rows.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Rows[mid].Number < number)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public LoadedRow? Row(int number) => _byNumber.GetValueOrDefault(number);

    public bool IsHiddenByFilter(LoadedRow row)
    {
        if (!row.Hidden)
        {
            return false;
        }

        // The rows under active filters, as sorted spans made once: a look-up per row, not a scan of every filter.
        _filteredRows ??= FilteredSpans();
        int lo = 0, hi = _filteredRows.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_filteredRows[mid].Last < row.Number)
            {
                lo = mid + 1;
            }
            else if (_filteredRows[mid].First > row.Number)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The data rows of active filters (below each filter's header row), merged into disjoint sorted spans.</summary>
    private (int First, int Last)[] FilteredSpans()
    {
        var spans = new List<(int First, int Last)>();
        foreach (var (first, last) in Filters.Where(f => f.Active && f.Range.LastRow > f.Range.FirstRow).Select(f => (f.Range.FirstRow + 1, f.Range.LastRow)).OrderBy(f => f.Item1))
        {
            if (spans.Count > 0 && first <= spans[^1].Last + 1)
            {
                spans[^1] = (spans[^1].First, Math.Max(spans[^1].Last, last));
            }
            else
            {
                spans.Add((first, last));
            }
        }

        return [.. spans];
    }
}

internal sealed class LoadedRow(int number, bool hidden)
{
    public int Number { get; } = number;

    public bool Hidden { get; } = hidden;

    /// <summary>Cells with a value or a formula, in column order.</summary>
    public List<LoadedCell> Cells { get; } = [];

    /// <summary>The index in <see cref="Cells"/> of the first cell at column <paramref name="column"/> or after it.</summary>
    public int FirstCellIndexFrom(int column)
    {
        int lo = 0, hi = Cells.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Cells[mid].Column < column)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

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
