using LucBinh.Docs.Data;

namespace LucBinh.Docs.Generation;

/// <summary>
/// Several trackers for one report (<c>generate --tracker THIS.xlsx --tracker LAST.xlsx</c>): the first is the report's
/// (its general information, its period); the rows of every list of the others are added after the first's rows of the
/// same key, so "so với cùng kỳ năm trước" still finds last year's rows once <c>init-tracker</c> started a new book.
/// Every row then names the file it came from in <see cref="SourceField"/>. Objects (Thông tin chung) of the others are
/// not used.
/// </summary>
public static class TrackerJoin
{
    /// <summary>The field of each row naming its tracker file (<c>{% if r.tep_nguon == "so-2024.xlsx" %}</c>).</summary>
    public const string SourceField = "tep_nguon";

    public static void Join(DataRecord main, string mainName, IEnumerable<(DataRecord Data, string Name)> others)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(others);
        Mark(main, mainName);
        // A list can be reachable under two keys (a sheet and its only table): each is extended once.
        var extended = new HashSet<(DataList Target, DataList Source)>(new ListPairComparer());
        foreach (var (data, name) in others)
        {
            Mark(data, name);
            foreach (var field in data.Fields)
            {
                if (field.Value is not DataList rows)
                {
                    continue;
                }

                if (main[field.Key] is DataList joined)
                {
                    if (extended.Add((joined, rows)))
                    {
                        joined.AddRange(rows);
                    }
                }
                else if (!main.ContainsKey(field.Key))
                {
                    main.Set(field.Key, new DataList(rows), field.Label);
                }
            }
        }
    }

    /// <summary>Each row of each list names its file (the file name only: a path of the server or the user's disk is never data).</summary>
    private static void Mark(DataRecord data, string name)
    {
        var file = Path.GetFileName(name);
        foreach (var field in data.Fields)
        {
            if (field.Value is DataList rows)
            {
                foreach (var row in rows.OfType<DataRecord>().Where(r => !r.ContainsKey(SourceField)))
                {
                    row.Set(SourceField, file);
                }
            }
        }
    }

    private sealed class ListPairComparer : IEqualityComparer<(DataList Target, DataList Source)>
    {
        public bool Equals((DataList Target, DataList Source) x, (DataList Target, DataList Source) y) =>
            ReferenceEquals(x.Target, y.Target) && ReferenceEquals(x.Source, y.Source);

        public int GetHashCode((DataList Target, DataList Source) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Target), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Source));
    }
}
