using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Generation;

/// <summary>
/// Every problem of a template and/or a tracker at once (<c>lucbinh-docs check</c>, the web host's <c>POST /api/check</c>):
/// the full tracker check (types, required cells, drop-down values, duplicates, dates outside the period), the template's
/// own diagnostics and, when both are there, a render in memory that finds the fields the template uses and the data
/// lacks. Nothing is written.
/// </summary>
public static class ReportCheck
{
    /// <summary>Files on disk (the CLI). A JSON data file, when given, stands for the tracker.</summary>
    /// <exception cref="LucBinhException">A file cannot be read at all (missing, not a workbook, damaged, encrypted…).</exception>
    public static IReadOnlyList<Diagnostic> Run(string? templatePath, string? trackerPath, string? dataPath = null, ReportPeriod? period = null)
    {
        Func<TrackerReadResult>? tracker = trackerPath is null ? null : () => TrackerCheck.Check(trackerPath);
        var data = dataPath is null ? null : ReportData.LoadJson(dataPath);
        return Run(templatePath is null ? null : () => DocxTemplate.Load(templatePath), data is null ? tracker : null, data, period, RenderOptions.Default, CancellationToken.None);
    }

    /// <summary>Files in memory (the web host): each with the name shown in messages.</summary>
    /// <exception cref="LucBinhException">A file cannot be read at all (not a workbook, damaged, encrypted…).</exception>
    public static IReadOnlyList<Diagnostic> Run((byte[] Content, string Name)? template, (byte[] Content, string Name)? tracker, ReportPeriod? period = null) =>
        RunWithData(template, tracker, period).Diagnostics;

    /// <summary>The in-memory check, with the tracker's data model as well (null without a tracker).</summary>
    /// <exception cref="LucBinhException">A file cannot be read at all (not a workbook, damaged, encrypted…).</exception>
    public static (IReadOnlyList<Diagnostic> Diagnostics, DataRecord? Data) RunWithData(
        (byte[] Content, string Name)? template,
        (byte[] Content, string Name)? tracker,
        ReportPeriod? period = null,
        ProcessingLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        limits ??= ProcessingLimits.Default;
        DataRecord? model = null;
        var diagnostics = Run(
            template is { } t ? () => DocxTemplate.Load(t.Content, t.Name, limits.Template) : null,
            tracker is { } w ? () => TrackerCheck.Check(w.Content, w.Name, new TrackerReadOptions { Limits = limits.Tracker }, cancellationToken) : null,
            null,
            period,
            new RenderOptions { Limits = limits.Template },
            cancellationToken,
            m => model = m);
        return (diagnostics, model);
    }

    private static List<Diagnostic> Run(
        Func<DocxTemplate>? loadTemplate,
        Func<TrackerReadResult>? checkTracker,
        DataRecord? data,
        ReportPeriod? period,
        RenderOptions renderOptions,
        CancellationToken cancellationToken,
        Action<DataRecord>? modelRead = null)
    {
        var diagnostics = new List<Diagnostic>();
        var model = data;
        if (model is null && checkTracker is not null)
        {
            var read = checkTracker();
            diagnostics.AddRange(read.Diagnostics);
            model = read.Data;
        }

        if (model is not null)
        {
            period?.ApplyTo(model);
            modelRead?.Invoke(model);
        }

        if (loadTemplate is not null)
        {
            var loaded = loadTemplate();
            diagnostics.AddRange(loaded.Diagnostics);
            if (!loaded.HasErrors && model is not null)
            {
                diagnostics.AddRange(loaded.Render(model, renderOptions, cancellationToken).Diagnostics);
            }
        }

        return diagnostics;
    }
}
