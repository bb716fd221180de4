using LucBinh.Docs.Conversion;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Issuing.Drafts;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Jobs;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Templates;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// The add-in's draft and preview (issue 14), from the same multipart form as <c>POST /api/reports</c> (<c>workbook</c>,
/// <c>template</c>, <c>period</c>, <c>lang</c>), nothing stored: <c>POST /api/drafts</c> returns the draft .docx (number
/// blank, "DỰ THẢO" on every page); <c>POST /api/preview</c> returns its first page as PNG (LibreOffice and pdftoppm
/// within the server's PDF limits), for the task pane to show before anything is stored.
/// </summary>
public static class DraftsEndpoint
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static async Task<IResult> Draft(HttpContext context, WebOptions web, ITemplateSource templates, ProcessingLimits limits, CancellationToken cancellationToken)
    {
        var (draft, problem) = await MakeAsync(context, web, templates, limits, cancellationToken).ConfigureAwait(false);
        return draft is null ? problem! : TypedResults.File(draft.Document, DocxType, draft.FileName);
    }

    public static async Task<IResult> Preview(HttpContext context, WebOptions web, ITemplateSource templates, ProcessingLimits limits, CancellationToken cancellationToken)
    {
        var (draft, problem) = await MakeAsync(context, web, templates, limits, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return problem!;
        }

        try
        {
            var png = await PagePreview.FirstPagePngAsync(draft.Document, draft.FileName, PdfExport.Server, cancellationToken: cancellationToken).ConfigureAwait(false);
            return TypedResults.File(png, "image/png");
        }
        catch (LucBinhException e)
        {
            // No LibreOffice or poppler on the server, or a conversion past its limit: the draft itself is still available.
            return ProblemResults.Create(context, StatusCodes.Status503ServiceUnavailable, "WEB040", Localization.RequestLanguage.Of(context), e.Diagnostics, e.Diagnostics.Count);
        }
    }

    private static async Task<(GeneratedReport? Draft, IResult? Problem)> MakeAsync(
        HttpContext context, WebOptions web, ITemplateSource templates, ProcessingLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (request, problem) = await ReportForm.ReadAsync(context, web, templates, templateRequired: true, cancellationToken).ConfigureAwait(false);
        if (request?.Template is not { } chosen)
        {
            return (null, problem);
        }

        try
        {
            var workbook = (request.Workbook.Content, request.Workbook.Name);
            var draft = await ReportWork.RunAsync(token => DraftReports.GenerateInMemory(chosen, workbook, request.Period, false, limits, token), cancellationToken).ConfigureAwait(false);
            return (draft, null);
        }
        catch (LucBinhException e)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status422UnprocessableEntity, "WEB006", request.Language, e.Diagnostics, e.Diagnostics.Count(d => d.IsError)));
        }
    }
}
