using System.Globalization;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Turns the loaded cells into the data model of docs/data-model.md: each sheet a key (a list of rows, an object for a
/// key/value sheet or a sheet of several tables, a raw sheet when no header is found), each Excel table a key by its
/// name, each workbook-level defined name a value or a list. It decides each sheet's shape and gives each part its key;
/// <see cref="HeaderDetection"/>, <see cref="ListReader"/>, <see cref="KeyValueSheet"/>, <see cref="RawSheet"/> and
/// <see cref="DefinedNames"/> read the parts.
/// </summary>
internal sealed class ModelBuilder
{
    private readonly ModelContext _context;
    private readonly ListReader _lists;
    private readonly KeyValueSheet _keyValues;
    private readonly DataRecord _root = new();
    private readonly Dictionary<string, string> _keyOwners = new(StringComparer.Ordinal);

    /// <summary>The last suffix given to a key used twice, so that many parts of one name are not numbered from 2 each time.</summary>
    private readonly Dictionary<string, int> _keySuffixes = new(StringComparer.Ordinal);

    private ModelBuilder(ModelContext context)
    {
        _context = context;
        _lists = new ListReader(context);
        _keyValues = new KeyValueSheet(context);
    }

    /// <summary>Builds the model and says where each list's columns and each key/value item are in the workbook.</summary>
    public static DataRecord Build(
        LoadedWorkbook workbook, TrackerReadOptions options, DiagnosticBag diagnostics, string displayName, CancellationToken cancellationToken, out ModelPlaces places)
    {
        var context = new ModelContext(workbook, options, diagnostics, displayName, cancellationToken);
        var data = new ModelBuilder(context).Build();
        places = context.Places;
        return data;
    }

    private DataRecord Build()
    {
        var workbook = _context.Workbook;
        var diagnostics = _context.Diagnostics;
        var tableOwners = new Dictionary<string, (string Sheet, string Cell)>(StringComparer.OrdinalIgnoreCase);
        for (var sheetIndex = 0; sheetIndex < workbook.Sheets.Count; sheetIndex++)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var sheet = workbook.Sheets[sheetIndex];
            var sheetKey = NameFolding.ToKey(sheet.Name);
            if (sheetKey.Length == 0)
            {
                sheetKey = "trang_tinh_" + (sheetIndex + 1).ToString(CultureInfo.InvariantCulture);
                diagnostics.Add(TrackerDiagnostics.Warning("TRK020", new SheetLocation(sheet.Name), sheet.Name, sheetKey));
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

                    diagnostics.Add(TrackerDiagnostics.Warning(
                        "TRK013", new SheetLocation(sheet.Name, table.Range.TopLeft), table.Name, owner.Sheet, owner.Cell, tableName));
                }

                tableOwners[tableName] = (sheet.Name, table.Range.TopLeft);
                tables.Add((tableName, table, _lists.ReadTable(sheet, table, tableName)));
            }

            var value = ReadSheet(sheet, sheetKey, tables);
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

        var names = new DefinedNames(_context);
        foreach (var name in workbook.Names)
        {
            if (names.TryRead(name, out var value))
            {
                AddKey(name.Name, value, null, null);
            }
        }

        return _root;
    }

    /// <summary>
    /// A sheet's shape: a key/value object (under a <c>Thông tin | Giá trị</c> header, or header-less label/value pairs),
    /// its only table's list, an object of its tables, or a list under the header found (raw without one).
    /// </summary>
    private object ReadSheet(LoadedSheet sheet, string sheetKey, List<(string Name, LoadedTable Table, object Rows)> tables)
    {
        // Looked for without warnings first: a header-less key/value sheet has no header to warn about.
        var header = HeaderDetection.Find(_context.Diagnostics, sheet, report: false);
        if (header is not null && KeyValueSheet.IsKeyValueHeader(sheet, header, out var labelColumn, out var valueColumn))
        {
            return _keyValues.Read(sheet, header.Row, labelColumn, valueColumn);
        }

        if (tables.Count == 0 && HeaderlessKeyValue.IsHeaderlessKeyValue(sheet, out var firstRow, out labelColumn, out valueColumn))
        {
            return _keyValues.Read(sheet, firstRow - 1, labelColumn, valueColumn);
        }

        if (tables.Count == 1)
        {
            return tables[0].Rows;
        }

        if (tables.Count > 1)
        {
            var byTable = new DataRecord { Source = new DataSource(sheet.Name, tables[0].Table.Range.FirstRow) };
            foreach (var (name, _, rows) in tables)
            {
                byTable.Set(name, rows);
            }

            return byTable;
        }

        return _lists.ReadPlainList(sheet, sheetKey, HeaderDetection.Find(_context.Diagnostics, sheet, report: true));
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
            _context.Diagnostics.Add(TrackerDiagnostics.Warning("TRK015", location, owner, baseKey, existing, key));
        }

        _keyOwners[key] = owner;
        if (label is not null && !labelTaken)
        {
            _keyOwners.TryAdd(label, owner);
        }

        _root.Set(key, value, labelTaken ? null : label);
    }
}
