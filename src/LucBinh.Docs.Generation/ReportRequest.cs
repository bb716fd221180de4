namespace LucBinh.Docs.Generation;

/// <summary>What to generate: a template filled from a tracker or a JSON data file, written to a file or folder.</summary>
public sealed record ReportRequest
{
    /// <summary>The Word template (.docx).</summary>
    public required string TemplatePath { get; init; }

    /// <summary>The Excel tracker; ignored when <see cref="DataPath"/> is given.</summary>
    public string? TrackerPath { get; init; }

    /// <summary>More trackers whose lists' rows join the tracker's (last year's book, for "so với cùng kỳ"), see <see cref="TrackerJoin"/>.</summary>
    public IReadOnlyList<string> MoreTrackerPaths { get; init; } = [];

    /// <summary>The data as JSON (the shape <c>lucbinh-docs data</c> prints), instead of a tracker.</summary>
    public string? DataPath { get; init; }

    /// <summary>A .docx file, or a folder where the report is named from the data.</summary>
    public required string OutputPath { get; init; }

    /// <summary>
    /// Batch: one report per item of this list (e.g. <c>tuyen_truyen</c>); the template sees the item as <c>muc</c>.
    /// <see cref="OutputPath"/> is then a folder.
    /// </summary>
    public string? Each { get; init; }

    /// <summary>Liquid for the file name of each report (without .docx), e.g. <c>Báo cáo {{ muc.thon }}</c>.</summary>
    public string? NamePattern { get; init; }

    /// <summary>A period chosen instead of the tracker's own (<c>ky_bao_cao</c>, <c>tu_ngay</c>, <c>den_ngay</c>, <c>ky_tiep_theo</c>, <c>nam</c>).</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>A field the template uses but the data lacks is an error, not a warning.</summary>
    public bool Strict { get; init; }

    /// <summary>The tracker's schema (the template's manifest); null is the committee's.</summary>
    public Tracker.Schema.TrackerSchema? Schema { get; init; }

    /// <summary>Changes the data before it is rendered, after the check (see <see cref="ReportJobInput.PrepareData"/>).</summary>
    public Action<Data.DataRecord>? PrepareData { get; init; }

    /// <summary>Changes each rendered document's bytes before it is written (see <see cref="ReportJobInput.FinishDocument"/>).</summary>
    public Func<byte[], byte[]>? FinishDocument { get; init; }

    /// <summary>Renames each output path before it is checked and written (a draft's "(dự thảo)" suffix).</summary>
    public Func<string, string>? OutputName { get; init; }
}
