using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Generation;

/// <summary>
/// One report from a tracker and a template held in memory, nothing read from or written to disk (the web host: the
/// workbook the add-in sent never touches the server's disk). The tracker gets the full check (<see cref="TrackerCheck"/>):
/// a report is refused when the tracker or the template has errors, each naming its sheet and cell or paragraph.
/// </summary>
public static class InMemoryReport
{
    /// <param name="template">The template's bytes and the name shown in messages.</param>
    /// <param name="tracker">The workbook's bytes and the name shown in messages.</param>
    /// <param name="period">A period chosen instead of the tracker's own.</param>
    /// <param name="strict">A field the template uses but the data lacks is an error.</param>
    /// <param name="limits">How much work the files may cost (the web host passes <see cref="ProcessingLimits.Server"/>).</param>
    /// <param name="cancellationToken">Stops the work (the request's time limit).</param>
    /// <exception cref="LucBinhException">The tracker or the template cannot be read, or has errors (all of them are listed).</exception>
    public static GeneratedReport Generate(
        (byte[] Content, string Name) template,
        (byte[] Content, string Name) tracker,
        ReportPeriod? period = null,
        bool strict = false,
        ProcessingLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template.Content);
        ArgumentNullException.ThrowIfNull(tracker.Content);
        limits ??= ProcessingLimits.Default;
        var read = TrackerCheck.Check(tracker.Content, tracker.Name, new TrackerReadOptions { Limits = limits.Tracker }, cancellationToken);
        var loaded = DocxTemplate.Load(template.Content, template.Name, limits.Template);
        var errors = read.Diagnostics.Concat(loaded.Diagnostics).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new LucBinhException(errors);
        }

        period?.ApplyTo(read.Data);
        var rendered = loaded.Render(read.Data, new RenderOptions { Strict = strict, Limits = limits.Template }, cancellationToken);
        var warnings = new List<Diagnostic>([.. read.Diagnostics, .. loaded.Diagnostics]);
        warnings.AddRange(rendered.Diagnostics.Where(w => !warnings.Any(x => x.Code == w.Code && x.Message() == w.Message())));
        if (strict && warnings.Any(w => w.IsError))
        {
            throw new LucBinhException(warnings.Where(w => w.IsError).ToList());
        }

        return new GeneratedReport(OutputNaming.FileName(read.Data), rendered.Document, read.Data, warnings);
    }
}
