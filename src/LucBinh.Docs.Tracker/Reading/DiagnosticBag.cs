using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// Collects the diagnostics of one read. The same cell-level problem is listed at most <see cref="MaxPerKind"/> times per
/// sheet (a column of 10,000 #N/A would bury everything else); the rest are counted in one closing line (TRK024). A
/// workbook of thousands of sheets each with many problems is bounded too: at most <see cref="MaxListed"/> cell-level
/// diagnostics and <see cref="MaxCountLines"/> closing lines, everything further counted in one line (TRK029).
/// </summary>
internal sealed class DiagnosticBag
{
    public const int MaxPerKind = 20;

    public const int MaxListed = 1_000;

    public const int MaxCountLines = 100;

    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<(string Code, string? Sheet), (int Count, Diagnostic First)> _kinds = [];
    private int _listed;

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Location is not SheetLocation sheet)
        {
            _items.Add(diagnostic);
            return;
        }

        var key = (diagnostic.Code, sheet.Sheet);
        var (count, first) = _kinds.GetValueOrDefault(key);
        count++;
        _kinds[key] = (count, first ?? diagnostic);
        if (count <= MaxPerKind && _listed < MaxListed)
        {
            _listed++;
            _items.Add(diagnostic);
        }
    }

    public IReadOnlyList<Diagnostic> ToList()
    {
        var result = new List<Diagnostic>(_items);
        var listedPerKind = new Dictionary<(string, string?), int>();
        foreach (var item in _items)
        {
            if (item.Location is SheetLocation sheet)
            {
                var key = (item.Code, sheet.Sheet);
                listedPerKind[key] = listedPerKind.GetValueOrDefault(key) + 1;
            }
        }

        var countLines = 0;
        var uncounted = 0L;
        var uncountedErrors = false;
        foreach (var ((code, sheet), (count, first)) in _kinds)
        {
            var unlisted = count - listedPerKind.GetValueOrDefault((code, sheet));
            if (unlisted <= 0)
            {
                continue;
            }

            if (countLines++ < MaxCountLines)
            {
                result.Add(new Diagnostic(TrackerDiagnostics.Tracker, "TRK024", first.Severity, new SheetLocation(sheet!), unlisted, code));
            }
            else
            {
                uncounted += unlisted;
                uncountedErrors |= first.IsError;
            }
        }

        if (uncounted > 0)
        {
            result.Add(new Diagnostic(
                TrackerDiagnostics.Tracker, "TRK029", uncountedErrors ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, null, uncounted));
        }

        return result;
    }
}
