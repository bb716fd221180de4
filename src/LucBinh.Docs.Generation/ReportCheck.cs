using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation;

/// <summary>
/// Every problem of a template and/or a tracker at once (<c>lucbinh-docs check</c>, the web host's <c>POST /api/check</c>),
/// with the verdict <c>generate</c> and <c>/api/reports</c> give (<see cref="ReportJob"/>): with a template, the tracker's
/// check for what the template uses (what blocks is an error, the rest warnings) and a render in memory that finds the
/// fields the template uses and the data lacks; a tracker alone gets the full check of its schema. Nothing is written.
/// </summary>
public static class ReportCheck
{
    /// <summary>
    /// Files on disk (the CLI). A JSON data file, when given, stands for the trackers. Several trackers are joined as
    /// <c>generate</c> joins them (the first is the report's, the others add their lists' rows), so both give one verdict.
    /// </summary>
    /// <exception cref="LucBinhException">A file cannot be read at all (missing, not a workbook, damaged, encrypted…).</exception>
    public static IReadOnlyList<Diagnostic> Run(string? templatePath, IReadOnlyList<string> trackerPaths, string? dataPath = null, ReportPeriod? period = null, TrackerSchema? schema = null)
    {
        ArgumentNullException.ThrowIfNull(trackerPaths);
        var template = templatePath is null ? null : DocxTemplate.Load(templatePath);
        var data = dataPath is null ? null : ReportData.LoadJson(dataPath);
        var trackers = data is null ? [.. trackerPaths.Select(path => new JobFile(TrackerCheck.ReadFile(path), path))] : Array.Empty<JobFile>();
        return ReportJob.Run(new ReportJobInput { LoadedTemplate = template, Trackers = trackers, Data = data, Period = period, Schema = schema }).Diagnostics;
    }

    /// <summary>Files in memory (the web host): each with the name shown in messages, the template with its blocks.</summary>
    /// <exception cref="LucBinhException">A file cannot be read at all (not a workbook, damaged, encrypted…).</exception>
    public static IReadOnlyList<Diagnostic> Run(TemplateFile? template, (byte[] Content, string Name)? tracker, ReportPeriod? period = null) =>
        RunWithData(template, tracker, period).Diagnostics;

    /// <summary>The in-memory check, with the tracker's data model as well (null without a tracker).</summary>
    /// <exception cref="LucBinhException">A file cannot be read at all (not a workbook, damaged, encrypted…).</exception>
    public static (IReadOnlyList<Diagnostic> Diagnostics, DataRecord? Data) RunWithData(
        TemplateFile? template,
        (byte[] Content, string Name)? tracker,
        ReportPeriod? period = null,
        ProcessingLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        var result = ReportJob.Run(
            new ReportJobInput
            {
                Template = template,
                Trackers = tracker is { } w ? [new JobFile(w.Content, w.Name)] : [],
                Period = period,
                Limits = limits ?? ProcessingLimits.Default,
            },
            cancellationToken);
        return (result.Diagnostics, result.Data);
    }
}
