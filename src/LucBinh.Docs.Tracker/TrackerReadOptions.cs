namespace LucBinh.Docs.Tracker;

/// <summary>How a tracker is read.</summary>
public sealed record TrackerReadOptions
{
    /// <summary>
    /// Leaves out rows that an active AutoFilter hides (the rows a person does not see after filtering).
    /// Rows hidden by hand and hidden sheets are always read.
    /// </summary>
    public bool SkipRowsHiddenByFilter { get; init; }

    /// <summary>How much work the workbook may cost (<see cref="TrackerLimits.Default"/> unless set).</summary>
    public TrackerLimits Limits { get; init; } = TrackerLimits.Default;

    public static TrackerReadOptions Default { get; } = new();
}
