using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Collects the diagnostics of one read. The same cell-level problem is listed at most <see cref="MaxPerKind"/> times per
/// sheet (a column of 10,000 #N/A would bury everything else); the rest are counted in one closing line (TRK024).
/// </summary>
internal sealed class DiagnosticBag
{
    public const int MaxPerKind = 20;

    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<(string Code, string? Sheet), int> _counts = [];

    public void Add(Diagnostic diagnostic)
    {
        var key = (diagnostic.Code, (diagnostic.Location as SheetLocation)?.Sheet);
        var count = _counts.GetValueOrDefault(key) + 1;
        _counts[key] = count;
        if (count <= MaxPerKind || diagnostic.Location is not SheetLocation)
        {
            _items.Add(diagnostic);
        }
    }

    public IReadOnlyList<Diagnostic> ToList()
    {
        var result = new List<Diagnostic>(_items);
        foreach (var ((code, sheet), count) in _counts)
        {
            if (sheet is not null && count > MaxPerKind)
            {
                var first = _items.First(d => d.Code == code && (d.Location as SheetLocation)?.Sheet == sheet);
                result.Add(new Diagnostic(
                    TrackerDiagnostics.Tracker,
                    "TRK024",
                    first.Severity,
                    new SheetLocation(sheet),
                    count - MaxPerKind,
                    code));
            }
        }

        return result;
    }
}
