using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Localization;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Templates;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary><c>GET /api/templates</c>: the templates the add-in can offer.</summary>
public static class TemplatesEndpoint
{
    public static async Task<IResult> Handle(HttpContext context, ITemplateSource templates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(templates);
        try
        {
            return TypedResults.Ok(await templates.ListAsync(UserToken.Of(context), cancellationToken).ConfigureAwait(false));
        }
        catch (LucBinhException e)
        {
            return ProblemResults.RemoteFailure(context, "WEB011", RequestLanguage.Of(context), e);
        }
    }
}
