namespace LucBinh.Docs.Templating.Analysis;

/// <summary>
/// What a template uses of the data, found by reading its tags once at load (no data needed): every data path its
/// tags read (loop variables resolved to their list, <c>assign</c> aliases followed), the columns its filters name
/// (<c>where</c>, <c>sum</c>, <c>group_by</c>, <c>sort</c>…), each with the place of its first use. The check of a tracker
/// is built from it: a sheet or a required field the template does not use cannot stop its report.
/// </summary>
public sealed class TemplateUsage
{
    private readonly Dictionary<string, UsedPath> _byPath;

    internal TemplateUsage(IReadOnlyList<UsedPath> paths, bool complete)
    {
        Paths = paths;
        IsComplete = complete;
        _byPath = new Dictionary<string, UsedPath>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            _byPath.TryAdd(path.Path, path);
        }
    }

    /// <summary>Nothing used (a template without tags, or one not compiled because of its errors).</summary>
    public static TemplateUsage Empty { get; } = new([], complete: true);

    /// <summary>Every path used, once each, in the order of first use.</summary>
    public IReadOnlyList<UsedPath> Paths { get; }

    /// <summary>
    /// False when a tag reads data in a way that cannot be known before rendering (<c>rows[name]</c> with a variable
    /// name) or when the analysis stopped at its bound: the paths listed are then a lower bound.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>The top-level keys used (sheets, tables, defined names), in the order of first use.</summary>
    public IReadOnlyList<string> Roots => [.. Paths.Select(p => p.Root).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether the template uses this top-level key at all.</summary>
    public bool UsesRoot(string key) => Paths.Any(p => string.Equals(p.Root, key, StringComparison.Ordinal));

    /// <summary>The first use of exactly this path, or null.</summary>
    public UsedPath? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>
    /// The usage of a batch run (<c>generate --each LIST</c>): the batch item <c>muc</c> is a row of <paramref name="listKey"/>,
    /// so <c>muc.thon</c> becomes <c>LIST[].thon</c>.
    /// </summary>
    public TemplateUsage ForBatch(string listKey, string itemVariable = "muc")
    {
        ArgumentException.ThrowIfNullOrEmpty(listKey);
        ArgumentException.ThrowIfNullOrEmpty(itemVariable);
        if (!Paths.Any(p => p.Root == itemVariable))
        {
            return this;
        }

        var resolved = new List<UsedPath>(Paths.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var used in Paths)
        {
            var path = used.Root == itemVariable ? listKey + "[]" + used.Path[itemVariable.Length..] : used.Path;
            if (seen.Add(path))
            {
                resolved.Add(used with { Path = path });
            }
        }

        return new TemplateUsage(resolved, IsComplete);
    }

    public override string ToString() => string.Join(", ", Paths.Select(p => p.Path));
}
