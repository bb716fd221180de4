using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Jobs;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Templates;
using LucBinh.Docs.Web.Uploads;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// <c>POST /api/check</c> (multipart: <c>workbook</c>, optional <c>template</c> and <c>period</c>, <c>lang</c>): the
/// same checks as <c>lucbinh-docs check</c>, returned as data (200 even when there are errors). A file that cannot be
/// read at all is 422 with its diagnostic.
/// </summary>
public static class CheckEndpoint
{
    public static async Task<IResult> Handle(
        HttpContext context, WebOptions web, ITemplateSource templates, ReportWork work, ProcessingLimits limits, PublicDiagnostics shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(shown);
        var (request, problem) = await ReportForm.ReadAsync(context, web, templates, templateRequired: false, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return problem!;
        }

        var (language, workbook, period, template) = (request.Language, request.Workbook, request.Period, request.Template);
        IReadOnlyList<Diagnostic> diagnostics;
        Data.DataRecord? data;
        try
        {
            (diagnostics, data) = await ReportWork.RunAsync(token => work.Check(template, (workbook.Content, workbook.Name), period, limits, token), cancellationToken).ConfigureAwait(false);
        }
        catch (LucBinhException e)
        {
            return ProblemResults.Create(context, StatusCodes.Status422UnprocessableEntity, "WEB006", language, e.Diagnostics, e.Diagnostics.Count(d => d.IsError));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var errors = diagnostics.Count(d => d.IsError);
        var (list, more) = shown.ToJson(diagnostics.OrderBy(d => d.IsError ? 0 : 1), language, context);
        return TypedResults.Ok(new CheckResponse(errors, diagnostics.Count - errors, list, data is null ? null : PeriodJson.Of(data, period is not null))
        {
            MoreDiagnostics = more > 0 ? more : null,
        });
    }
}
