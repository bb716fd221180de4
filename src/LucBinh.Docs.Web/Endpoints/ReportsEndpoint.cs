using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Jobs;
using LucBinh.Docs.Web.Localization;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Storage;
using LucBinh.Docs.Web.Templates;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// <c>POST /api/reports</c> (multipart: <c>workbook</c>, <c>template</c>, <c>period</c>, <c>publish</c>, <c>lang</c>):
/// checks the tracker, generates the report in memory within the server's limits, stores it (SharePoint, the local
/// folder, or the outbox when the store cannot be reached) and returns it with its store-relative place. The workbook
/// is never written to disk.
/// </summary>
public static class ReportsEndpoint
{
    public static async Task<IResult> Handle(
        HttpContext context, WebOptions web, WebAuthOptions auth, ITemplateSource templates, ReportFiler filer, ReportWork work,
        ProcessingLimits limits, PublicDiagnostics shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(web);
        ArgumentNullException.ThrowIfNull(filer);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(shown);
        var (request, problem) = await ReportForm.ReadAsync(context, web, templates, templateRequired: true, cancellationToken).ConfigureAwait(false);
        if (request?.Template is not { } chosen)
        {
            return problem!;
        }

        var (form, language, workbook, period) = (request.Fields, request.Language, request.Workbook, request.Period);
        GeneratedReport report;
        try
        {
            report = await ReportWork.RunAsync(token => work.Generate(chosen, (workbook.Content, workbook.Name), period, limits, token), cancellationToken).ConfigureAwait(false);
        }
        catch (LucBinhException e)
        {
            return ProblemResults.Create(context, StatusCodes.Status422UnprocessableEntity, "WEB006", language, e.Diagnostics, e.Diagnostics.Count(d => d.IsError));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var warnings = new List<Diagnostic>(report.Warnings);
        var (store, webUrl, shareLink, savedTo) = ("none", (Uri?)null, (Uri?)null, (string?)null);
        if (RequestFields.Publish(form) && StoringPolicy.Refusal(context, auth, filer.Options) is { } refused)
        {
            warnings.Add(refused);
        }
        else if (RequestFields.Publish(form))
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
                    { Succeeded: true, Stored: { } s } => (s.Store, (Uri?)null, (Uri?)null, shown.StoreRelative(s.Location)),
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

        // The answer's size is bounded: a report too large to send back is only stored (WEB019).
        var returned = report.Document.LongLength <= web.MaxReturnedDocumentBytes;
        if (!returned)
        {
            warnings.Add(new Diagnostic(WebText.Catalog, "WEB019", DiagnosticSeverity.Warning, null, report.FileName, web.MaxReturnedDocumentBytes / (1024 * 1024)));
        }

        var (list, more) = shown.ToJson(warnings.OrderBy(w => w.IsError ? 0 : 1), language, context);
        return TypedResults.Ok(new ReportResponse(
            report.FileName,
            report.Document.LongLength,
            store,
            webUrl,
            shareLink,
            savedTo,
            PeriodJson.Of(report.Data, period is not null),
            list,
            returned ? Convert.ToBase64String(report.Document) : null)
        {
            MoreWarnings = more > 0 ? more : null,
        });
    }
}
