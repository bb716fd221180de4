using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Localization;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Storage;
using LucBinh.Docs.Web.Templates;
using LucBinh.Docs.Web.Uploads;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// <c>POST /api/reports</c> (multipart: <c>workbook</c>, <c>template</c>, <c>period</c>, <c>publish</c>, <c>lang</c>):
/// checks the tracker, generates the report in memory, stores it (SharePoint, the local folder, or the outbox when the
/// store cannot be reached) and returns it with its location. The workbook is never written to disk.
/// </summary>
public static class ReportsEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, WebOptions web, ITemplateSource templates, ReportFiler filer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(filer);
        var (request, problem) = await ReportForm.ReadAsync(context, web, templates, templateRequired: true, cancellationToken).ConfigureAwait(false);
        if (request?.Template is not { } chosen)
        {
            return problem!;
        }

        var (form, language, workbook, period) = (request.Fields, request.Language, request.Workbook, request.Period);
        GeneratedReport report;
        try
        {
            report = await Task.Run(() => InMemoryReport.Generate(chosen, (workbook.Content, workbook.Name), period), cancellationToken).ConfigureAwait(false);
        }
        catch (LucBinhException e)
        {
            return ProblemResults.Create(context, StatusCodes.Status422UnprocessableEntity, "WEB006", language, e.Diagnostics, e.Diagnostics.Count(d => d.IsError));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var warnings = new List<Diagnostic>(report.Warnings);
        var (store, webUrl, shareLink, savedTo) = ("none", (Uri?)null, (Uri?)null, (string?)null);
        if (RequestFields.Publish(form))
        {
            try
            {
                // Once a report exists it is never lost: storing is not cut by the request's time limit or a client
                // that went away (each Graph call is bounded by Graph:TimeoutSeconds); what cannot be stored waits in the outbox.
                var outcome = await filer.FileAsync(report, UserToken.Of(context), CancellationToken.None).ConfigureAwait(false);
                warnings.AddRange(outcome.Diagnostics);
                (store, webUrl, shareLink, savedTo) = outcome switch
                {
                    { Succeeded: true, Stored: { } s } when s.Store == "sharepoint" => ("sharepoint", s.WebUrl, s.SharingLink, s.Location),
                    { Succeeded: true, Stored: { } s } => (s.Store, (Uri?)null, (Uri?)null, s.Location),
                    { Status: PublishStatus.Queued } => ("outbox", null, null, null),
                    _ => ("none", null, null, null),
                };
            }
            catch (LucBinhException e)
            {
                // A mistake in the storing configuration (a Liquid name rendering empty…): the report is still returned.
                warnings.AddRange(e.Diagnostics);
            }
        }

        return TypedResults.Ok(new ReportResponse(
            report.FileName,
            report.Document.LongLength,
            store,
            webUrl,
            shareLink,
            savedTo,
            PeriodJson.Of(report.Data, period is not null),
            DiagnosticJson.From(warnings, language),
            Convert.ToBase64String(report.Document)));
    }
}
