using LucBinh.Docs.Data;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation;

/// <summary>A file given to a job: its bytes and the name shown in messages (a path on the command line, a file name on the web).</summary>
public sealed record JobFile(byte[] Content, string Name)
{
    public static implicit operator JobFile((byte[] Content, string Name) file) => new(file.Content, file.Name);
}

/// <summary>What one report job is given (<see cref="ReportJob"/>): every host fills this from its own inputs.</summary>
public sealed record ReportJobInput
{
    /// <summary>
    /// The Word template with where its shared blocks are (<see cref="TemplateFile.FromPath"/> for a file on disk);
    /// null (and no <see cref="LoadedTemplate"/>) checks a tracker alone (<c>check --tracker</c>).
    /// </summary>
    public TemplateFile? Template { get; init; }

    /// <summary>A template already loaded (the command line loads it from its path), used instead of <see cref="Template"/>.</summary>
    public DocxTemplate? LoadedTemplate { get; init; }

    /// <summary>The tracker workbooks: the first is the tracker of the report (its general information, its period);
    /// later ones add the rows of their lists (last year's tracker for "so với cùng kỳ"), each row keeping its source.</summary>
    public IReadOnlyList<JobFile> Trackers { get; init; } = [];

    /// <summary>The data as a model already read (<c>--data FILE.json</c>), instead of trackers.</summary>
    public DataRecord? Data { get; init; }

    /// <summary>A period chosen instead of the tracker's own.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>A field the template uses but the data lacks is an error, not a warning.</summary>
    public bool Strict { get; init; }

    /// <summary>Batch: one document per item of this list; the template sees the item as <c>muc</c>.</summary>
    public string? Each { get; init; }

    /// <summary>Liquid for the file name of each document (without .docx), e.g. <c>Báo cáo {{ muc.thon }}</c>; else the data names it (<see cref="OutputNaming"/>).</summary>
    public string? NamePattern { get; init; }

    /// <summary>The tracker's schema; null is <see cref="Template"/>'s (its manifest's), else the committee's (<see cref="TrackerSchema.Committee"/>).</summary>
    public TrackerSchema? Schema { get; init; }

    /// <summary>How much work the files may cost (the web host passes <see cref="ProcessingLimits.Server"/>).</summary>
    public ProcessingLimits Limits { get; init; } = ProcessingLimits.Default;

    /// <summary>The folder image paths in the data are relative to (the command line: the tracker's folder); null on the web.</summary>
    public string? ResourceFolder { get; init; }

    /// <summary>
    /// Changes the data before it is rendered (a draft blanks the number; issuing sets the number and the issue date).
    /// It runs after the tracker was read and checked and the period applied, so the check's verdict is on the data as
    /// the user gave it: a field the hook blanks is not reported as missing.
    /// </summary>
    public Action<DataRecord>? PrepareData { get; init; }

    /// <summary>Changes each rendered document's bytes (a draft's watermark); the result is the document returned.</summary>
    public Func<byte[], byte[]>? FinishDocument { get; init; }
}
