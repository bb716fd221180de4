namespace LucBinh.Docs.Tracker;

/// <summary>
/// How much work one workbook may cost, decided before the expensive step (issue 11): a workbook from the network may be
/// built to exhaust memory, CPU or the stack. <see cref="Default"/> is the command line's (a person's own file);
/// <see cref="Server"/> is the web host's, stricter, because one process serves a whole committee.
/// Each limit that is passed gives an error naming the file, sheet or cell and the limit.
/// </summary>
public sealed record TrackerLimits
{
    /// <summary>All parts of the package together, unpacked.</summary>
    public long MaxUnpackedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Non-empty cells in the workbook.</summary>
    public int MaxCells { get; init; } = 10_000_000;

    /// <summary>The limits of the command line.</summary>
    public static TrackerLimits Default { get; } = new();

    /// <summary>The web host's limits: stricter, one process serves everybody.</summary>
    public static TrackerLimits Server { get; } = new()
    {
        MaxUnpackedBytes = 256L * 1024 * 1024,
        MaxCells = 2_000_000,
    };
}
