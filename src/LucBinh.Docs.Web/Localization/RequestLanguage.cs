using LucBinh.Docs.Localization;
using Microsoft.Net.Http.Headers;

namespace LucBinh.Docs.Web.Localization;

/// <summary>
/// The language of a response: the <c>lang</c> form field or query parameter (<c>vi</c>|<c>en</c>), else the preferred
/// language of <c>Accept-Language</c>; Vietnamese when nothing says otherwise.
/// </summary>
public static class RequestLanguage
{
    public static UiLanguage Of(HttpContext context, IFormCollection? form = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var explicitChoice = form?["lang"].FirstOrDefault() ?? context.Request.Query["lang"].FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(explicitChoice))
        {
            return UiLanguages.Parse(explicitChoice);
        }

        var header = context.Request.GetTypedHeaders().AcceptLanguage;
        var preferred = header
            .Where(h => h.Value.HasValue && h.Value.Value != "*")
            .OrderByDescending(h => h.Quality ?? 1.0)
            .Select(h => h.Value.Value)
            .FirstOrDefault(v => v!.StartsWith("en", StringComparison.OrdinalIgnoreCase) || v.StartsWith("vi", StringComparison.OrdinalIgnoreCase));
        return UiLanguages.Parse(preferred);
    }

    /// <summary>The Content-Language to send back.</summary>
    public static string Tag(UiLanguage language) => language == UiLanguage.English ? "en" : "vi";

    internal static void Mark(HttpContext context, UiLanguage language) =>
        context.Response.Headers[HeaderNames.ContentLanguage] = Tag(language);
}
