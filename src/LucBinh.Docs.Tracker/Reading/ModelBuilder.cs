using System.Globalization;
using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Turns the loaded cells into the data model of docs/data-model.md: each sheet a key (a list of rows, or an object for a
/// key/value sheet), each Excel table a key by its name, each workbook-level defined name a value or a list.
/// </summary>
internal sealed class ModelBuilder
{
    /// <summary>Header detection looks at this many non-empty rows from the top of a sheet.</summary>
    private const int HeaderSearchRows = 30;

    /// <summary>
    /// A header or item label longer than this (Excel's limit for a table column name) is cut: a label is repeated in
    /// every row of the model, its key is folded from it, and 100 KB of "header" is a hostile file, not a header.
    /// </summary>
    internal const int MaxLabelLength = 255;

    /// <summary>The token is looked at once every this many rows (a power of two).</summary>
    private const int RowsBetweenCancellationChecks = 1024;

    private readonly LoadedWorkbook _workbook;
    private readonly TrackerReadOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _displayName;
    private readonly CancellationToken _cancellationToken;
    private readonly DataRecord _root = new();
    private readonly ModelPlaces _places = new();
    private readonly Dictionary<string, string> _keyOwners = new(StringComparer.Ordinal);

    /// <summary>The last suffix given to a key used twice, so that many parts of one name are not numbered from 2 each time.</summary>
    private readonly Dictionary<string, int> _keySuffixes = new(StringComparer.Ordinal);

    /// <summary>Values of lists made so far (rows × columns), and merged cells looked at, against <see cref="TrackerLimits.MaxListValues"/>.</summary>
    private long _listValues;
    private int _rowsSinceCheck;

    private ModelBuilder(LoadedWorkbook workbook, TrackerReadOptions options, DiagnosticBag diagnostics, string displayName, CancellationToken cancellationToken)
    {
        _workbook = workbook;
        _options = options;
        _diagnostics = diagnostics;
        _displayName = displayName;
        _cancellationToken = cancellationToken;
    }

    private TrackerLimits Limits => _options.Limits;

    /// <summary>Builds the model and says where each list's columns and each key/value item are in the workbook.</summary>
    public static DataRecord Build(
        LoadedWorkbook workbook, TrackerReadOptions options, DiagnosticBag diagnostics, string displayName, CancellationToken cancellationToken, out ModelPlaces places)
    {
        var builder = new ModelBuilder(workbook, options, diagnostics, displayName, cancellationToken);
        var data = builder.Build();
        places = builder._places;
        return data;
    }

    /// <summary>Looks at the token every <see cref="RowsBetweenCancellationChecks"/> rows.</summary>
    private void Tick()
    {
        if (++_rowsSinceCheck >= RowsBetweenCancellationChecks)
        {
            _rowsSinceCheck = 0;
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Counts values of the model (or work on merged cells) against <see cref="TrackerLimits.MaxListValues"/>.</summary>
    private void CountValues(long count, string sheet, string? cell)
    {
        _listValues += count;
        if (_listValues > Limits.MaxListValues)
        {
            throw TrackerDiagnostics.LimitPassed("TRK025", _displayName, sheet, cell, "Limit.ListValues", Limits.MaxListValues);
        }
    }

    private DataRecord Build()
    {
        var tableOwners = new Dictionary<string, (string Sheet, string Cell)>(StringComparer.OrdinalIgnoreCase);
        for (var sheetIndex = 0; sheetIndex < _workbook.Sheets.Count; sheetIndex++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var sheet = _workbook.Sheets[sheetIndex];
            var sheetKey = NameFolding.ToKey(sheet.Name);
            if (sheetKey.Length == 0)
            {
                sheetKey = "trang_tinh_" + (sheetIndex + 1).ToString(CultureInfo.InvariantCulture);
                _diagnostics.Add(TrackerDiagnostics.Warning("TRK020", new SheetLocation(sheet.Name), sheet.Name, sheetKey));
            }

            var tables = new List<(string Name, LoadedTable Table, object Rows)>();
            foreach (var table in sheet.Tables)
            {
                var tableName = table.Name;
                if (tableOwners.TryGetValue(tableName, out var owner))
                {
                    // Excel never writes two tables of one name: the later one is kept under a name of its own.
                    for (var n = 2; tableOwners.ContainsKey(tableName); n++)
                    {
                        tableName = table.Name + "_" + n.ToString(CultureInfo.InvariantCulture);
                    }

                    _diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK013", new SheetLocation(sheet.Name, table.Range.TopLeft), table.Name, owner.Sheet, owner.Cell, tableName));
                }

                tableOwners[tableName] = (sheet.Name, table.Range.TopLeft);
                tables.Add((tableName, table, ReadTable(sheet, table, tableName)));
            }

            object? value;

            // Looked for without warnings first: a header-less key/value sheet has no header to warn about.
            var header = FindHeader(sheet, report: false);
            if (header is not null && IsKeyValueHeader(sheet, header, out var labelColumn, out var valueColumn))
            {
                value = ReadKeyValue(sheet, header.Row, labelColumn, valueColumn);
            }
            else if (tables.Count == 0 && HeaderlessKeyValue.IsHeaderlessKeyValue(sheet, out var firstRow, out labelColumn, out valueColumn))
            {
                value = ReadKeyValue(sheet, firstRow - 1, labelColumn, valueColumn);
            }
            else if (tables.Count == 1)
            {
                value = tables[0].Rows;
            }
            else if (tables.Count > 1)
            {
                var byTable = new DataRecord { Source = new DataSource(sheet.Name, tables[0].Table.Range.FirstRow) };
                foreach (var (name, _, rows) in tables)
                {
                    byTable.Set(name, rows);
                }

                value = byTable;
            }
            else
            {
                value = ReadPlainList(sheet, sheetKey, FindHeader(sheet, report: true));
            }

            AddKey(sheetKey, value, sheet.Name, new SheetLocation(sheet.Name));
            foreach (var (name, table, rows) in tables)
            {
                if (tables.Count == 1 && ReferenceEquals(value, rows) && NameFolding.ToKey(name) == sheetKey)
                {
                    // A sheet and the one table covering it, named alike ("Data" and its table "Data"), are one list.
                    continue;
                }

                AddKey(name, rows, null, new SheetLocation(sheet.Name, table.Range.TopLeft));
            }
        }

        foreach (var name in _workbook.Names)
        {
            if (ReadDefinedName(name, out var value))
            {
                AddKey(name.Name, value, null, null);
            }
        }

        return _root;
    }

    /// <summary>
    /// Adds a key of the model. A key (or label) already used gets a suffix (<c>du_luan_2</c>) and a warning naming both
    /// parts: the part stays reachable, and only what uses it is affected.
    /// </summary>
    private void AddKey(string key, object? value, string? label, DiagnosticLocation? location)
    {
        var owner = label ?? key;
        var labelTaken = label is not null && _keyOwners.ContainsKey(label);
        // A sheet name already used as a table's key only loses that second name; a key used twice is numbered.
        if (_keyOwners.TryGetValue(key, out var existing))
        {
            var baseKey = key;
            var n = _keySuffixes.GetValueOrDefault(baseKey, 1);
            do
            {
                key = baseKey + "_" + (++n).ToString(CultureInfo.InvariantCulture);
            }
            while (_keyOwners.ContainsKey(key));

            _keySuffixes[baseKey] = n;
            _diagnostics.Add(TrackerDiagnostics.Warning("TRK015", location, owner, baseKey, existing, key));
        }

        _keyOwners[key] = owner;
        if (label is not null && !labelTaken)
        {
            _keyOwners.TryAdd(label, owner);
        }

        _root.Set(key, value, labelTaken ? null : label);
    }

    // ---------------------------------------------------------------- headers

    private sealed record Header(int Row, int DataStart, List<Column> Columns);

    internal sealed record Column(int Index, string Label, string Key);

    /// <summary>
    /// The header row of a sheet without a table: the first row with two or more text cells that is not a banner (a title
    /// merged across columns) and not a lone title. With a group header merged across columns and a row of sub-headers
    /// under it, the two rows make one header.
    /// </summary>
    private Header? FindHeader(LoadedSheet sheet, bool report)
    {
        var looked = 0;
        var singleColumn = sheet.Rows.Take(HeaderSearchRows * 4).All(r => r.Cells.Count(c => c.Value is not null) <= 1);
        foreach (var row in sheet.Rows)
        {
            if (++looked > HeaderSearchRows)
            {
                break;
            }

            var cells = row.Cells.Where(c => c.Value is not null).ToList();
            if (cells.Count == 0 || IsBanner(sheet, row, cells))
            {
                continue;
            }

            if (cells.Count == 1 && !singleColumn)
            {
                // A title line ("SỔ THEO DÕI …") above the header.
                continue;
            }

            if (cells.Any(c => c.Value is not string))
            {
                // Numbers or dates before any header: data without a header.
                return null;
            }

            return MakeHeader(sheet, row, cells, report);
        }

        return null;
    }

    private static bool IsBanner(LoadedSheet sheet, LoadedRow row, List<LoadedCell> cells) =>
        cells.All(c => sheet.MergedAt(row.Number, c.Column) is { Columns: > 1 } range && !IsGroupHeader(sheet, row, range));

    /// <summary>A merged cell over columns whose next row has a sub-header under it, while other cells of the row are headers too.</summary>
    private static bool IsGroupHeader(LoadedSheet sheet, LoadedRow row, CellRange range) =>
        row.Cells.Count(c => c.Value is not null) > 1 && HasTextBetween(sheet, sheet.Row(row.Number + 1), range.FirstColumn, range.LastColumn);

    /// <summary>
    /// Whether a row has a sub-header between two columns: a text cell not itself merged across columns (under a title
    /// block of two merged titles side by side, "UBND XÃ …" and "CỘNG HÒA XÃ HỘI …", the next line is merged the same
    /// way: banners, not a header). Its cells are looked at, not every column of the span.
    /// </summary>
    private static bool HasTextBetween(LoadedSheet sheet, LoadedRow? row, int firstColumn, int lastColumn)
    {
        if (row is null)
        {
            return false;
        }

        for (var i = row.FirstCellIndexFrom(firstColumn); i < row.Cells.Count && row.Cells[i].Column <= lastColumn; i++)
        {
            if (row.Cells[i].Value is string && sheet.MergedAt(row.Number, row.Cells[i].Column) is not { Columns: > 1 })
            {
                return true;
            }
        }

        return false;
    }

    private Header MakeHeader(LoadedSheet sheet, LoadedRow row, List<LoadedCell> cells, bool report)
    {
        var labels = new SortedDictionary<int, string>();
        foreach (var cell in cells)
        {
            labels[cell.Column] = CleanLabel((string)cell.Value!);
        }

        var dataStart = row.Number + 1;
        var next = sheet.Row(row.Number + 1);
        var groups = new List<CellRange>();
        foreach (var cell in cells)
        {
            // Cells come in column order; a group overlapping the one before it (only in a hostile file) is left out,
            // so that the groups' columns are visited once at most.
            if (sheet.MergedAt(row.Number, cell.Column) is { Columns: > 1, Rows: 1 } group
                && (groups.Count == 0 || group.FirstColumn > groups[^1].LastColumn))
            {
                groups.Add(group);
            }
        }

        if (groups.Count > 0 && groups.Any(g => HasTextBetween(sheet, next, g.FirstColumn, g.LastColumn)))
        {
            // Columns of a group past the last cell of the sheet hold nothing to read: they are not made columns.
            var lastUsedColumn = Math.Max(row.Cells[^1].Column, next is { Cells.Count: > 0 } ? next.Cells[^1].Column : 0);
            var subColumns = new List<(int Column, string Group, string Sub)>();
            foreach (var group in groups)
            {
                var groupLabel = labels.GetValueOrDefault(group.FirstColumn, string.Empty);
                labels.Remove(group.FirstColumn);
                for (var c = group.FirstColumn; c <= Math.Min(group.LastColumn, lastUsedColumn); c++)
                {
                    if (next?.Find(c)?.Value is string sub)
                    {
                        labels[c] = CleanLabel(sub);
                        subColumns.Add((c, groupLabel, labels[c]));
                    }
                    else
                    {
                        labels[c] = groupLabel;
                    }
                }
            }

            // Sub-headers repeated under several groups ("Nam: Số lượng, Tỷ lệ", "Nữ: Số lượng, Tỷ lệ") take their
            // group's name in front: nam_so_luong, nu_so_luong.
            var keyCounts = labels.Values.GroupBy(NameFolding.ToKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var (column, groupLabel, sub) in subColumns)
            {
                if (groupLabel.Length > 0 && keyCounts[NameFolding.ToKey(sub)] > 1)
                {
                    labels[column] = CleanLabel(groupLabel + " " + sub);
                }
            }

            dataStart = row.Number + 2;
        }

        var columns = MakeColumns(sheet.Name, row.Number, labels.Select(p => (p.Key, p.Value)), report);
        return new Header(row.Number, dataStart, columns);
    }

    private List<Column> MakeColumns(string sheetName, int headerRow, IEnumerable<(int Index, string Label)> labels, bool report = true)
    {
        var columns = new List<Column>();
        var byKey = new Dictionary<string, Column>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, label) in labels)
        {
            if (label.Length == 0)
            {
                continue;
            }

            var cell = CellReference.Name(headerRow, index);
            var key = NameFolding.ToKey(label);
            if (key.Length == 0)
            {
                key = "cot_" + CellReference.ColumnName(index).ToLowerInvariant();
                if (report)
                {
                    _diagnostics.Add(TrackerDiagnostics.Warning("TRK020", new SheetLocation(sheetName, cell), label, key));
                }
            }

            if (byKey.TryGetValue(key, out var first))
            {
                // Both columns are kept: the later one is read under a numbered key (noi_dung, noi_dung_2).
                var baseKey = key;
                var n = suffixes.GetValueOrDefault(baseKey, 1);
                do
                {
                    key = baseKey + "_" + (++n).ToString(CultureInfo.InvariantCulture);
                }
                while (byKey.ContainsKey(key));

                suffixes[baseKey] = n;

                if (report)
                {
                    _diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK012", new SheetLocation(sheetName, cell), label, baseKey, first.Label, CellReference.Name(headerRow, first.Index), key));
                }
            }

            var column = new Column(index, label, key);
            byKey[key] = column;
            columns.Add(column);
        }

        return columns;
    }

    /// <summary>
    /// Header text as a label: NFC, line breaks and runs of spaces made one space, at most <see cref="MaxLabelLength"/>
    /// characters.
    /// </summary>
    private static string CleanLabel(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLabelLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (builder.Length > MaxLabelLength)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var label = builder.ToString().Normalize(NormalizationForm.FormC);
        return label.Length > MaxLabelLength ? label[..MaxLabelLength].TrimEnd() : label;
    }

    // ---------------------------------------------------------------- key/value sheets

    private static bool IsKeyValueHeader(LoadedSheet sheet, Header header, out int labelColumn, out int valueColumn)
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

    private DataRecord ReadKeyValue(LoadedSheet sheet, int headerRow, int labelColumn, int valueColumn)
    {
        var record = new DataRecord { Source = new DataSource(sheet.Name, headerRow) };
        var items = new Dictionary<string, (int Row, int Column)>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            Tick();
            if (row.Number <= headerRow || (_options.SkipRowsHiddenByFilter && sheet.IsHiddenByFilter(row)))
            {
                continue;
            }

            var labelValue = row.Find(labelColumn)?.Value;
            if (labelValue is null)
            {
                continue;
            }

            var label = CleanLabel(Convert.ToString(labelValue, CultureInfo.InvariantCulture) ?? string.Empty);
            var key = NameFolding.ToKey(label);
            var labelCell = CellReference.Name(row.Number, labelColumn);
            if (key.Length == 0)
            {
                _diagnostics.Add(TrackerDiagnostics.Warning("TRK020", new SheetLocation(sheet.Name, labelCell), label, "—"));
                continue;
            }

            if (firstSeen.TryGetValue(key, out var firstCell))
            {
                _diagnostics.Add(TrackerDiagnostics.Warning("TRK019", new SheetLocation(sheet.Name, labelCell), label, firstCell));
                continue;
            }

            firstSeen[key] = labelCell;
            CountValues(1, sheet.Name, labelCell);
            var value = row.Find(valueColumn)?.Value;
            if (value is string text && IsDateKey(key))
            {
                if (TryTextDate(text, out var date))
                {
                    value = date;
                }
                else
                {
                    _diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK017", new SheetLocation(sheet.Name, CellReference.Name(row.Number, valueColumn)), text, label));
                }
            }

            record.Set(key, value, label);
            items[key] = (row.Number, valueColumn);
        }

        _places.Items[record] = items;
        return record;
    }

    // ---------------------------------------------------------------- lists

    private object ReadTable(LoadedSheet sheet, LoadedTable table, string key)
    {
        if (table.HeaderRows == 0)
        {
            _diagnostics.Add(TrackerDiagnostics.Warning("TRK014", new SheetLocation(sheet.Name, table.Range.TopLeft), key));
            return ReadRaw(sheet, table.Range);
        }

        var headerRow = table.Range.FirstRow + table.HeaderRows - 1;
        var labels = new List<(int, string)>();
        for (var i = 0; i < table.Range.Columns; i++)
        {
            var column = table.Range.FirstColumn + i;
            var label = i < table.Columns.Count ? table.Columns[i] : sheet.Value(headerRow, column) as string ?? string.Empty;
            labels.Add((column, CleanLabel(label)));
        }

        var columns = MakeColumns(sheet.Name, headerRow, labels);
        return ReadRows(sheet, columns, headerRow + 1, table.Range.LastRow - table.TotalsRows);
    }

    private object ReadPlainList(LoadedSheet sheet, string key, Header? header)
    {
        if (header is null)
        {
            if (sheet.Rows.Count > 0)
            {
                var first = sheet.Rows.First(r => r.Cells.Any(c => c.Value is not null || c.Formula is not null));
                var cell = first.Cells[0];
                _diagnostics.Add(TrackerDiagnostics.Warning(
                    "TRK014", new SheetLocation(sheet.Name, CellReference.Name(first.Number, cell.Column)), key));
                return ReadRaw(sheet, null);
            }

            return new DataList();
        }

        var last = sheet.Rows.Count > 0 ? sheet.Rows[^1].Number : header.Row;
        var span = new CellRange(header.Row, header.Columns.Min(c => c.Index), last, header.Columns.Max(c => c.Index));
        WarnHeaderlessColumns(sheet, header, span);
        return ReadRows(sheet, header.Columns, header.DataStart, last);
    }

    /// <summary>
    /// A sheet (or table) with data but no header row recognised stays reachable as it is: <c>rows</c>, one record per
    /// row keyed by column letter (<c>A</c>, <c>B</c>, …) plus <c>row</c>, its number; and <c>cells</c>, keyed by
    /// address (<c>A1</c>, <c>B7</c>). Each value counts twice against <see cref="TrackerLimits.MaxListValues"/>.
    /// </summary>
    private DataRecord ReadRaw(LoadedSheet sheet, CellRange? area)
    {
        var firstRow = area?.FirstRow ?? 1;
        var lastRow = area?.LastRow ?? int.MaxValue;
        var firstColumn = area?.FirstColumn ?? 1;
        var lastColumn = area?.LastColumn ?? int.MaxValue;
        var rows = new DataList();
        var cells = new DataRecord { Source = new DataSource(sheet.Name, firstRow) };
        for (var index = sheet.FirstRowIndexFrom(firstRow); index < sheet.Rows.Count && sheet.Rows[index].Number <= lastRow; index++)
        {
            Tick();
            var row = sheet.Rows[index];
            DataRecord? record = null;
            for (var i = row.FirstCellIndexFrom(firstColumn); i < row.Cells.Count && row.Cells[i].Column <= lastColumn; i++)
            {
                var cell = row.Cells[i];
                if (cell.Value is null)
                {
                    continue;
                }

                var address = CellReference.Name(row.Number, cell.Column);
                if (record is null)
                {
                    if (rows.Count >= Limits.MaxListRows)
                    {
                        throw TrackerDiagnostics.LimitPassed("TRK025", _displayName, sheet.Name, address, "Limit.ListRows", Limits.MaxListRows);
                    }

                    record = new DataRecord { Source = new DataSource(sheet.Name, row.Number) };
                    record.Set("row", (decimal)row.Number);
                    rows.Add(record);
                }

                CountValues(2, sheet.Name, address);
                record.Set(CellReference.ColumnName(cell.Column), cell.Value);
                cells.Set(address, cell.Value);
            }
        }

        return new DataRecord { Source = new DataSource(sheet.Name, firstRow) }
            .Set("rows", rows)
            .Set("cells", cells);
    }

    /// <summary>Data in a column between headed columns that has no header of its own is ignored: say so once per column.</summary>
    private void WarnHeaderlessColumns(LoadedSheet sheet, Header header, CellRange span)
    {
        var headed = header.Columns.Select(c => c.Index).ToHashSet();
        var warned = new HashSet<int>();
        foreach (var row in sheet.Rows)
        {
            Tick();
            if (row.Number < header.DataStart)
            {
                continue;
            }

            foreach (var cell in row.Cells)
            {
                if (cell.Value is not null && cell.Column > span.FirstColumn && cell.Column < span.LastColumn
                    && !headed.Contains(cell.Column) && warned.Add(cell.Column))
                {
                    _diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK016",
                        new SheetLocation(sheet.Name, CellReference.Name(row.Number, cell.Column)),
                        CellReference.ColumnName(cell.Column),
                        CellReference.Name(header.Row, cell.Column)));
                }
            }
        }
    }

    private DataList ReadRows(LoadedSheet sheet, List<Column> columns, int firstRow, int lastRow)
    {
        // A range declared to the last row of Excel costs nothing: only rows that exist are visited.
        lastRow = Math.Min(lastRow, sheet.LastRowNumber);
        var fill = VerticalMergeFill(sheet, columns, firstRow, lastRow);
        var rows = new List<(LoadedRow Row, object?[] Values)>();
        for (var index = sheet.FirstRowIndexFrom(firstRow); index < sheet.Rows.Count && sheet.Rows[index].Number <= lastRow; index++)
        {
            Tick();
            var row = sheet.Rows[index];
            if (_options.SkipRowsHiddenByFilter && sheet.IsHiddenByFilter(row))
            {
                continue;
            }

            var values = new object?[columns.Count];
            var blank = true;
            for (var i = 0; i < columns.Count; i++)
            {
                var value = row.Find(columns[i].Index)?.Value;
                blank &= value is null;
                values[i] = value ?? fill?.Value(i, columns[i].Index, row.Number);
            }

            if (!blank)
            {
                if (rows.Count >= Limits.MaxListRows)
                {
                    throw TrackerDiagnostics.LimitPassed(
                        "TRK025", _displayName, sheet.Name, CellReference.Name(row.Number, columns[0].Index), "Limit.ListRows", Limits.MaxListRows);
                }

                CountValues(columns.Count, sheet.Name, CellReference.Name(row.Number, columns[0].Index));
                rows.Add((row, values));
            }
        }

        // A total line ends the list, with whatever follows it if that is only a signature block ("Người lập biểu",
        // names): a few text cells per row, no numbers or dates.
        var end = rows.Count;
        while (end > 0 && TotalRows.IsFooterRow(rows[end - 1].Values) && !TotalRows.IsTotalRow(rows[end - 1].Row, rows[end - 1].Values, columns))
        {
            end--;
        }

        var total = end;
        while (total > 0 && TotalRows.IsTotalRow(rows[total - 1].Row, rows[total - 1].Values, columns))
        {
            total--;
        }

        if (total < end)
        {
            rows.RemoveRange(total, rows.Count - total);
        }

        // Subtotal lines inside the list ("Cộng thôn Nà Pài" with its sums) are not data either.
        var kept = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!TotalRows.IsSubtotalRow(rows[i].Row, rows[i].Values, columns))
            {
                rows[kept++] = rows[i];
            }
        }

        rows.RemoveRange(kept, rows.Count - kept);

        TypeTextDates(sheet.Name, columns, rows);
        var list = new DataList();
        _places.Columns[list] = columns.ToDictionary(c => c.Key, c => c.Index, StringComparer.Ordinal);
        foreach (var (row, values) in rows)
        {
            var record = new DataRecord { Source = new DataSource(sheet.Name, row.Number) };
            for (var i = 0; i < columns.Count; i++)
            {
                record.Set(columns[i].Key, values[i], columns[i].Label);
            }

            list.Add(record);
        }

        return list;
    }

    /// <summary>
    /// Cells covered by a merged range spanning rows (one value for several rows) read the range's value. The ranges
    /// are indexed per column of the list (row spans sorted, overlaps dropped), so a cell is filled by a binary search,
    /// never by a scan of every merge or of every covered cell; work on the ranges counts against
    /// <see cref="TrackerLimits.MaxListValues"/>.
    /// </summary>
    private MergeFill? VerticalMergeFill(LoadedSheet sheet, List<Column> columns, int firstRow, int lastRow)
    {
        if (sheet.Merged.Count == 0 || columns.Count == 0)
        {
            return null;
        }

        var byColumn = new List<(int First, int Last, int FirstColumn, object Value)>?[columns.Count];
        var columnIndexes = columns.Select((c, i) => (c.Index, i)).OrderBy(p => p.Index).ToArray();
        var sortedColumns = columnIndexes.Select(p => p.Index).ToArray();
        foreach (var range in sheet.Merged)
        {
            if (range.Rows < 2 || range.FirstRow < firstRow || range.FirstRow > lastRow
                || sheet.Value(range.FirstRow, range.FirstColumn) is not { } value)
            {
                continue;
            }

            var last = Math.Min(range.LastRow, lastRow);
            var start = Array.BinarySearch(sortedColumns, range.FirstColumn);
            start = start < 0 ? ~start : start;
            for (var k = start; k < sortedColumns.Length && sortedColumns[k] <= range.LastColumn; k++)
            {
                CountValues(1, sheet.Name, range.TopLeft);
                (byColumn[columnIndexes[k].i] ??= []).Add((range.FirstRow, last, range.FirstColumn, value));
            }
        }

        return new MergeFill(byColumn);
    }

    /// <summary>
    /// In a date column (mostly real dates, or a header that says "Ngày"), text written as dd/mm/yyyy, d/m/yyyy or ISO
    /// becomes a date; other text there is reported.
    /// </summary>
    private void TypeTextDates(string sheetName, List<Column> columns, List<(LoadedRow Row, object?[] Values)> rows)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            int dates = 0, textDates = 0, nonNull = 0;
            foreach (var (_, values) in rows)
            {
                switch (values[i])
                {
                    case null:
                        continue;
                    case DateOnly:
                        dates++;
                        break;
                    case string s when TryTextDate(s, out _):
                        textDates++;
                        break;
                }

                nonNull++;
            }

            var headerSaysDate = IsDateKey(columns[i].Key);
            var isDateColumn = (dates > 0 && (dates + textDates == nonNull || dates * 2 >= nonNull))
                || (headerSaysDate && textDates > 0 && (dates + textDates) * 2 >= nonNull);
            if (!isDateColumn)
            {
                continue;
            }

            foreach (var (row, values) in rows)
            {
                if (values[i] is not string s)
                {
                    continue;
                }

                if (TryTextDate(s, out var date))
                {
                    values[i] = date;
                }
                else
                {
                    _diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK017", new SheetLocation(sheetName, CellReference.Name(row.Number, columns[i].Index)), s, columns[i].Label));
                }
            }
        }
    }

    private static bool IsDateKey(string key) =>
        key == "ngay" || key.StartsWith("ngay_", StringComparison.Ordinal) || key is "tu_ngay" or "den_ngay";

    private static bool TryTextDate(string text, out DateOnly date) =>
        DataValue.TryParseVietnameseDate(text, out date) || DataValue.TryParseIsoDate(text, out date);

    // ---------------------------------------------------------------- defined names

    private bool ReadDefinedName(LoadedName name, out object? value)
    {
        value = null;
        var formula = name.Formula.Trim().TrimStart('=');
        if (decimal.TryParse(formula, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        if (formula.Length >= 2 && formula[0] == '"' && formula[^1] == '"')
        {
            value = WorkbookLoader.Text(formula[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal));
            return true;
        }

        if (formula is "TRUE" or "FALSE")
        {
            value = formula == "TRUE";
            return true;
        }

        if (!TryParseReference(formula, out var sheetName, out var range) || _workbook.Sheet(sheetName) is not { } sheet)
        {
            _diagnostics.Add(TrackerDiagnostics.Warning("TRK018", null, name.Name, name.Formula));
            return false;
        }

        if (range.Rows == 1 && range.Columns == 1)
        {
            value = sheet.Value(range.FirstRow, range.FirstColumn);
            return true;
        }

        // Whole columns or rows ("A:A") stop at the last cell in use.
        var lastRow = Math.Min(range.LastRow, sheet.Rows.Count > 0 ? sheet.Rows[^1].Number : range.FirstRow);
        var lastColumn = Math.Min(range.LastColumn, sheet.Rows.Count > 0 ? sheet.LastColumnNumber : range.FirstColumn);
        if (lastRow >= range.FirstRow && lastColumn >= range.FirstColumn)
        {
            // Every position of the area becomes a value, empty or not: counted before it is made.
            CountValues((long)(lastRow - range.FirstRow + 1) * (lastColumn - range.FirstColumn + 1), sheet.Name, range.TopLeft);
        }

        if (range.Rows == 1 || range.Columns == 1)
        {
            var items = new DataList();
            for (var r = range.FirstRow; r <= lastRow; r++)
            {
                Tick();
                for (var c = range.FirstColumn; c <= lastColumn; c++)
                {
                    items.Add(sheet.Value(r, c));
                }
            }

            value = items;
            return true;
        }

        var rows = new DataList();
        for (var r = range.FirstRow; r <= lastRow; r++)
        {
            Tick();
            var items = new DataList();
            for (var c = range.FirstColumn; c <= lastColumn; c++)
            {
                items.Add(sheet.Value(r, c));
            }

            rows.Add(items);
        }

        value = rows;
        return true;
    }

    /// <summary>Parses <c>'Thông tin chung'!$B$2</c> or <c>Sheet1!$A$2:$A$9</c>; one area only, no other workbook.</summary>
    internal static bool TryParseReference(string formula, out string sheetName, out CellRange range)
    {
        sheetName = string.Empty;
        range = default;
        var bang = formula.LastIndexOf('!');
        if (bang <= 0 || formula.Contains('[', StringComparison.Ordinal) || formula.Contains("#REF", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sheetPart = formula[..bang];
        if (sheetPart.Length >= 2 && sheetPart[0] == '\'' && sheetPart[^1] == '\'')
        {
            sheetPart = sheetPart[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }
        else if (sheetPart.Contains(',', StringComparison.Ordinal) || sheetPart.Contains('(', StringComparison.Ordinal))
        {
            return false;
        }

        sheetName = sheetPart.Normalize(NormalizationForm.FormC);
        return CellRange.TryParse(formula[(bang + 1)..], out range);
    }
}
