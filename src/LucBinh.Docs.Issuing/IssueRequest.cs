using LucBinh.Docs.Generation;
using LucBinh.Docs.Generation.Catalogue;

namespace LucBinh.Docs.Issuing;

/// <summary>What to issue: one document from a template and a tracker (or JSON data), written into a folder.</summary>
public sealed record IssueRequest
{
    /// <summary>The Word template (.docx) on disk, its blocks beside it; or <see cref="Template"/>.</summary>
    public string? TemplatePath { get; init; }

    /// <summary>A template already read, with its blocks and manifest (the web host's template sources).</summary>
    public TemplateFile? Template { get; init; }

    /// <summary>The Excel tracker; ignored when <see cref="DataPath"/> or <see cref="Workbook"/> is given.</summary>
    public string? TrackerPath { get; init; }

    /// <summary>The tracker in memory (an upload: never written to disk), named as messages show it.</summary>
    public JobFile? Workbook { get; init; }

    /// <summary>The data as JSON (the shape <c>lucbinh-docs data</c> prints), instead of a tracker.</summary>
    public string? DataPath { get; init; }

    /// <summary>The folder the final .docx and .pdf are written into.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>
    /// Write into a subfolder of <see cref="OutputFolder"/> named by the numbering scope (<c>2026</c>, <c>2025-2030</c>):
    /// "01-BC-ĐU …" of one year never replaces the same name of another (the web host's issued folder).
    /// </summary>
    public bool FolderPerScope { get; init; }

    /// <summary>A period chosen instead of the tracker's own.</summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>A field the template uses but the data lacks is an error.</summary>
    public bool Strict { get; init; }

    /// <summary>The template's manifest (its kind code); null: the one beside the template, else the tracker's ký hiệu.</summary>
    public TemplateManifest? Manifest { get; init; }

    /// <summary>Make the PDF/A too (default); false issues the .docx alone (no LibreOffice needed).</summary>
    public bool Pdf { get; init; } = true;

    public ProcessingLimits Limits { get; init; } = ProcessingLimits.Default;
}
