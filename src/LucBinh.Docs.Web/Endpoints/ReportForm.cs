using LucBinh.Docs.Generation;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Localization;
using LucBinh.Docs.Web.Templates;
using LucBinh.Docs.Web.Uploads;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// The multipart form the report and check endpoints share (<c>workbook</c>, <c>template</c>, <c>period</c>,
/// <c>lang</c>), read and checked in one place so both answer a bad field with the same problem.
/// </summary>
public sealed record ReportForm(IFormCollection Fields, UiLanguage Language, UploadedFile Workbook, ReportPeriod? Period, TemplateFile? Template)
{
    /// <summary>
    /// The form, or the problem to answer with (the first field that is wrong, in the order above). The report endpoint
    /// needs a template (<paramref name="templateRequired"/>: the first listed when none is named); check does not.
    /// </summary>
    public static async Task<(ReportForm? Form, IResult? Problem)> ReadAsync(
        HttpContext context, WebOptions web, ITemplateSource templates, bool templateRequired, CancellationToken cancellationToken)
    {
        var (form, formProblem) = await FormReading.ReadAsync(context, web, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return (null, formProblem);
        }

        var language = RequestLanguage.Of(context, form);
        RequestLanguage.Mark(context, language);
        var (workbook, workbookProblem) = await FormReading.WorkbookAsync(context, form, web, language, cancellationToken).ConfigureAwait(false);
        if (workbook is null)
        {
            return (null, workbookProblem);
        }

        var (period, periodProblem) = RequestFields.Period(context, form, language);
        if (periodProblem is not null)
        {
            return (null, periodProblem);
        }

        var (template, templateProblem) = await RequestFields.TemplateAsync(context, form, templates, language, templateRequired, web.DefaultTemplate, cancellationToken).ConfigureAwait(false);
        return templateProblem is not null
            ? (null, templateProblem)
            : (new ReportForm(form, language, workbook, period, template), null);
    }
}
