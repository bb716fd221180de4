namespace LucBinh.Docs.Tracker.Reading;

/// <summary>
/// What the classes building one model share: the loaded workbook, the options, the diagnostics, where each part is,
/// the count of values made against <see cref="TrackerLimits.MaxListValues"/>, and the token.
/// </summary>
internal sealed class ModelContext(
    LoadedWorkbook workbook, TrackerReadOptions options, DiagnosticBag diagnostics, string displayName, CancellationToken cancellationToken)
{
    /// <summary>The token is looked at once every this many rows (a power of two).</summary>
    private const int RowsBetweenCancellationChecks = 1024;

    /// <summary>Values of lists made so far (rows × columns), and merged cells looked at.</summary>
    private long _listValues;
    private int _rowsSinceCheck;

    public LoadedWorkbook Workbook { get; } = workbook;

    public TrackerReadOptions Options { get; } = options;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The file's name as messages show it.</summary>
    public string DisplayName { get; } = displayName;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public ModelPlaces Places { get; } = new();

    public TrackerLimits Limits => Options.Limits;

    /// <summary>Looks at the token every <see cref="RowsBetweenCancellationChecks"/> rows.</summary>
    public void Tick()
    {
        if (++_rowsSinceCheck >= RowsBetweenCancellationChecks)
        {
            _rowsSinceCheck = 0;
            CancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Counts values of the model (or work on merged cells) against <see cref="TrackerLimits.MaxListValues"/>.</summary>
    public void CountValues(long count, string sheet, string? cell)
    {
        _listValues += count;
        if (_listValues > Limits.MaxListValues)
        {
            throw TrackerDiagnostics.LimitPassed("TRK025", DisplayName, sheet, cell, "Limit.ListValues", Limits.MaxListValues);
        }
    }

    /// <summary>A list may not have more than <see cref="TrackerLimits.MaxListRows"/> rows: checked before one more is made.</summary>
    public void CheckListRows(int rowsSoFar, string sheet, string cell)
    {
        if (rowsSoFar >= Limits.MaxListRows)
        {
            throw TrackerDiagnostics.LimitPassed("TRK025", DisplayName, sheet, cell, "Limit.ListRows", Limits.MaxListRows);
        }
    }
}
