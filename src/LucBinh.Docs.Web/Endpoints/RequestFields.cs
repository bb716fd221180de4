using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Templates;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>The form fields <c>template</c>, <c>period</c> and <c>publish</c>, shared by the report and check endpoints.</summary>
public static class RequestFields
{
    /// <summary>The template named by <c>template</c> (<paramref name="defaultTemplate"/>, else the first one listed, when the field is absent).</summary>
    public static async Task<(TemplateFile? Template, IResult? Problem)> TemplateAsync(
        HttpContext context, IFormCollection form, ITemplateSource templates, UiLanguage language, bool required, string defaultTemplate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(templates);
        try
        {
            return await FindTemplateAsync(context, form, templates, language, required, defaultTemplate, cancellationToken).ConfigureAwait(false);
        }
        catch (LucBinhException e)
        {
            return (null, ProblemResults.RemoteFailure(context, "WEB011", language, e));
        }
    }

    private static async Task<(TemplateFile? Template, IResult? Problem)> FindTemplateAsync(
        HttpContext context, IFormCollection form, ITemplateSource templates, UiLanguage language, bool required, string defaultTemplate, CancellationToken cancellationToken)
    {
        var assertion = UserToken.Of(context);
        var id = form["template"].FirstOrDefault()?.Trim();
        var listed = await templates.ListAsync(assertion, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(id))
        {
            if (!required)
            {
                return (null, null);
            }

            id = listed.FirstOrDefault(t => string.Equals(t.Id, defaultTemplate, StringComparison.Ordinal))?.Id
                ?? (listed.Count > 0 ? listed[0].Id : null);
            if (id is null)
            {
                return (null, ProblemResults.Create(context, StatusCodes.Status400BadRequest, "WEB004", language, null, "—", "—"));
            }
        }

        var opened = await templates.OpenAsync(id, assertion, cancellationToken).ConfigureAwait(false);
        return opened is null
            ? (null, ProblemResults.Create(context, StatusCodes.Status400BadRequest, "WEB004", language, null, id, string.Join(", ", listed.Select(t => t.Id))))
            : (opened, null);
    }

    public static (ReportPeriod? Period, IResult? Problem) Period(HttpContext context, IFormCollection form, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(form);
        var spec = form["period"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(spec))
        {
            return (null, null);
        }

        try
        {
            return (ReportPeriod.Parse(spec), null);
        }
        catch (LucBinhException e)
        {
            return (null, ProblemResults.Create(context, StatusCodes.Status400BadRequest, "WEB012", language, e.Diagnostics));
        }
    }

    /// <summary><c>publish</c>: true unless the field says false/0/no/không.</summary>
    public static bool Publish(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = form["publish"].FirstOrDefault()?.Trim();
        return text is null || !(text.Equals("false", StringComparison.OrdinalIgnoreCase) || text == "0"
            || text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("không", StringComparison.OrdinalIgnoreCase));
    }
}
