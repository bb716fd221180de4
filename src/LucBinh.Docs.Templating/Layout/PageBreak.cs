using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Layout;

/// <summary>
/// <c>{% pagebreak %}</c>: starts a new page. Alone on its line it becomes a paragraph holding a page break; inside
/// text it breaks the page within the run. Between the items of a loop but not after the last:
/// <c>{% unless forloop.last %}{% pagebreak %}{% endunless %}</c> on a line of its own.
/// </summary>
internal static class PageBreak
{
    public const string TagName = "pagebreak";

    public static string Markup(TemplateTag tag) => tag.BetweenParagraphs
        ? "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        : "</w:t><w:br w:type=\"page\"/><w:t xml:space=\"preserve\">";
}
