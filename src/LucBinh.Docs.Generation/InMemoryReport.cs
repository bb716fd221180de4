using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Generation;

/// <summary>
/// One report from a tracker and a template held in memory, nothing read from or written to disk (the web host: the
/// workbook the add-in sent never touches the server's disk). It is <see cref="ReportJob"/>: the tracker is checked for
/// what the template uses, and a report is refused when an error remains, each naming its sheet and cell or paragraph.
/// </summary>
public static class InMemoryReport
{
    /// <param name="template">The template's bytes, the name shown in messages, where its blocks are and its manifest's schema.</param>
    /// <param name="tracker">The workbook's bytes and the name shown in messages.</param>
    /// <param name="period">A period chosen instead of the tracker's own.</param>
    /// <param name="strict">A field the template uses but the data lacks is an error.</param>
    /// <param name="limits">How much work the files may cost (the web host passes <see cref="ProcessingLimits.Server"/>).</param>
    /// <param name="cancellationToken">Stops the work (the request's time limit).</param>
    /// <exception cref="LucBinhException">The tracker or the template cannot be read, or has errors (all of them are listed).</exception>
    public static GeneratedReport Generate(
        TemplateFile template,
        (byte[] Content, string Name) tracker,
        ReportPeriod? period = null,
        bool strict = false,
        ProcessingLimits? limits = null,
        CancellationToken cancellationToken = default) =>
        Generate(template, tracker, period, strict, limits, null, null, cancellationToken);

    /// <summary>The same job with a change to the data before rendering and to each document after (a draft's blank
    /// number and watermark: <see cref="ReportJobInput.PrepareData"/>, <see cref="ReportJobInput.FinishDocument"/>).</summary>
    /// <exception cref="LucBinhException">The tracker or the template cannot be read, or has errors (all of them are listed).</exception>
    public static GeneratedReport Generate(
        TemplateFile template,
        (byte[] Content, string Name) tracker,
        ReportPeriod? period,
        bool strict,
        ProcessingLimits? limits,
        Action<Data.DataRecord>? prepareData,
        Func<byte[], byte[]>? finishDocument,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(tracker.Content);
        var result = ReportJob.Run(
            new ReportJobInput
            {
                Template = template,
                Trackers = [tracker],
                Period = period,
                Strict = strict,
                Limits = limits ?? ProcessingLimits.Default,
                PrepareData = prepareData,
                FinishDocument = finishDocument,
            },
            cancellationToken);
        var document = result.DocumentsOrThrow()[0];
        return new GeneratedReport(document.FileName, document.Document, document.Data, result.Diagnostics);
    }
}
