namespace LucBinh.Docs.Tracker;

/// <summary>
/// How much work one workbook may cost, decided before the expensive step (issue 11): a workbook from the network may be
/// built to exhaust memory, CPU or the stack. <see cref="Default"/> is the command line's (a person's own file);
/// <see cref="Server"/> is the web host's, stricter, because one process serves a whole committee.
/// Each limit that is passed gives an error naming the file, sheet or cell and the limit (TRK007, TRK025, TRK026, TRK028).
/// For scale: a real tracker of 50,000 rows is about 3 MB zipped, 40 MB unpacked, 750,000 cells and 15 million
/// characters of text; Excel itself stops at 1,048,576 rows, 32,767 characters per cell and 8,192 per formula.
/// </summary>
public sealed record TrackerLimits
{
    /// <summary>All parts of the package together, unpacked.</summary>
    public long MaxUnpackedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Parts (files) in the package.</summary>
    public int MaxPackageParts { get; init; } = 10_000;

    /// <summary>One part of the package, unpacked.</summary>
    public long MaxPartBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// An XML part other than a worksheet or the shared-string table, unpacked (the workbook, styles, tables,
    /// relationships…: the Open XML SDK reads these whole into objects, about ten times their size).
    /// </summary>
    public long MaxStructurePartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The shared-string table, unpacked (it is held in memory whole).</summary>
    public long MaxSharedStringsBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Entries of the shared-string table.</summary>
    public int MaxSharedStrings { get; init; } = 5_000_000;

    /// <summary>Non-empty cells in the workbook.</summary>
    public int MaxCells { get; init; } = 1_000_000;

    /// <summary>
    /// Characters of text in all cells together, each cell counted (a shared string used by 1,000 cells counts 1,000
    /// times): what the data model, its JSON and its messages repeat.
    /// </summary>
    public long MaxTextCharacters { get; init; } = 100_000_000;

    /// <summary>Merged ranges (<c>mergeCell</c> elements) in the workbook, duplicates included.</summary>
    public int MaxMergedRanges { get; init; } = 100_000;

    /// <summary>Rows of one list (a table or a sheet).</summary>
    public int MaxListRows { get; init; } = 1_048_576;

    /// <summary>Values of all lists together, empty ones included (rows × columns): a wide header over many sparse rows.</summary>
    public long MaxListValues { get; init; } = 20_000_000;

    /// <summary>Formulas without a stored result, which this program must compute.</summary>
    public int MaxUncachedFormulas { get; init; } = 100_000;

    /// <summary>
    /// Cells read by the formulas to compute, each reference counted (<c>SUM(A:A)</c> on 100,000 rows reads 100,000):
    /// the work of computing them. Each cell read is copied into ClosedXML's workbook, about 10 µs and 1 KB allocated
    /// (measured: 300,000 cells, 3 s and 373 MB).
    /// </summary>
    public long MaxFormulaCellReads { get; init; } = 1_000_000;

    /// <summary>Characters of one formula to compute (Excel's own limit is 8,192).</summary>
    public int MaxFormulaLength { get; init; } = 8_192;

    /// <summary>Parentheses nested in one formula to compute (Excel allows 64 nested functions).</summary>
    public int MaxFormulaNesting { get; init; } = 64;

    /// <summary>Seconds LibreOffice may take to turn an .ods or .xlsb workbook into .xlsx before it is stopped.</summary>
    public int MaxConversionSeconds { get; init; } = 120;

    /// <summary>The address space LibreOffice may use for that conversion (where the system can cap it: Linux's prlimit).</summary>
    public long MaxConversionMemoryBytes { get; init; } = 3L * 1024 * 1024 * 1024;

    /// <summary>The limits of the command line.</summary>
    public static TrackerLimits Default { get; } = new();

    /// <summary>The web host's limits: stricter, one process serves everybody.</summary>
    public static TrackerLimits Server { get; } = new()
    {
        MaxUnpackedBytes = 256L * 1024 * 1024,
        MaxPackageParts = 2_000,
        MaxPartBytes = 128L * 1024 * 1024,
        MaxSharedStringsBytes = 32L * 1024 * 1024,
        MaxStructurePartBytes = 16L * 1024 * 1024,
        MaxSharedStrings = 1_000_000,
        MaxCells = 1_000_000,
        MaxTextCharacters = 20_000_000,
        MaxMergedRanges = 20_000,
        MaxListRows = 200_000,
        MaxListValues = 3_000_000,
        MaxUncachedFormulas = 50_000,
        MaxFormulaCellReads = 200_000,
        MaxConversionSeconds = 30,
        MaxConversionMemoryBytes = 1536L * 1024 * 1024,
    };
}
