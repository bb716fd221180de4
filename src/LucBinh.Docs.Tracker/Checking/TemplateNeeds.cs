using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker.Checking;

/// <summary>
/// What a template reads of a tracker, for the check (<see cref="TrackerCheck"/>): data paths in the form of
/// <c>Templating.Analysis.UsedPath</c> (<c>thong_tin_chung.nguoi_ky</c>, <c>van_ban_cung_cap[].so_ky_hieu</c>), each with
/// the place of its first use in the template. A sheet is used when a path starts with its key; a field when a path reads
/// it from the sheet (<c>key.field</c>) or from its rows (<c>key[].field</c>).
/// </summary>
public sealed class TemplateNeeds
{
    private readonly Dictionary<string, DiagnosticLocation?> _sheets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.Ordinal);

    /// <param name="paths">The paths the template uses, with their first use (null when unknown).</param>
    /// <param name="supplied">Fields given by other means than the tracker, as <c>key.field</c> (a period chosen instead of
    /// the tracker's own supplies <c>thong_tin_chung.tu_ngay</c>…): never required of the tracker.</param>
    public TemplateNeeds(IEnumerable<(string Path, DiagnosticLocation? FirstUse)> paths, IEnumerable<string>? supplied = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var (path, firstUse) in paths)
        {
            var root = RootOf(path);
            if (root.Length == 0)
            {
                continue;
            }

            _sheets.TryAdd(root, firstUse);
            var rest = path.AsSpan(root.Length);
            var fromRows = false;
            while (rest.StartsWith("[]", StringComparison.Ordinal))
            {
                rest = rest[2..];
                fromRows = true;
            }

            if (rest.StartsWith(".", StringComparison.Ordinal))
            {
                rest = rest[1..];
                var end = rest.IndexOfAny('.', '[');
                var field = (end < 0 ? rest : rest[..end]).ToString();
                Add(_fields, root, field);
                if (!fromRows)
                {
                    Add(_members, root, field);
                }
            }
        }

        Supplied = new HashSet<string>(supplied ?? [], StringComparer.Ordinal);
    }

    /// <summary>The keys the template uses at the top level (sheets, tables, names), with the first use.</summary>
    public IReadOnlyDictionary<string, DiagnosticLocation?> Sheets => _sheets;

    /// <summary>Fields given by other means (<c>key.field</c>).</summary>
    public IReadOnlySet<string> Supplied { get; }

    public bool UsesSheet(string key) => _sheets.ContainsKey(key);

    /// <summary>Whether the template reads this field of the sheet (or of its rows).</summary>
    public bool UsesField(string sheetKey, string field) => _fields.TryGetValue(sheetKey, out var fields) && fields.Contains(field);

    /// <summary>The fields the template reads directly under the sheet's key (<c>key.field</c>, not <c>key[].field</c>).</summary>
    public IReadOnlyCollection<string> MembersOf(string sheetKey) => _members.TryGetValue(sheetKey, out var members) ? members : [];

    /// <summary>The fields the template reads of the sheet or of its rows.</summary>
    public IReadOnlyCollection<string> FieldsOf(string sheetKey) => _fields.TryGetValue(sheetKey, out var fields) ? fields : [];

    public bool IsSupplied(string sheetKey, string field) => Supplied.Contains(sheetKey + "." + field);

    private static string RootOf(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(value);
    }
}
