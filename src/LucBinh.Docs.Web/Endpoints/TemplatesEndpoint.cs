using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Localization;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Templates;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// <c>GET /api/templates</c>: the templates the add-in can offer, the default one (<c>LucBinh:Web:DefaultTemplate</c>)
/// first, so that the task pane's picker and the ribbon's one-click button start with it; then by kind.
/// </summary>
public static class TemplatesEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, WebOptions web, ITemplateSource templates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(web);
        ArgumentNullException.ThrowIfNull(templates);
        try
        {
            var listed = await templates.ListAsync(UserToken.Of(context), cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(listed.OrderBy(t => string.Equals(t.Id, web.DefaultTemplate, StringComparison.Ordinal) ? 0 : 1).ToList());
        }
        catch (LucBinhException e)
        {
            return ProblemResults.RemoteFailure(context, "WEB011", RequestLanguage.Of(context), e);
        }
    }
}
