using System.Text.RegularExpressions;
using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// <c>{% include "khoi/dau-van-ban.docx" %}</c>, alone in its paragraph: the block's body (paragraphs and tables) takes
/// the paragraph's place (<see cref="IncludeExpander"/>). The tag itself writes nothing and its paragraph disappears,
/// like a line holding only <c>{% assign %}</c>; Fluid never sees it.
/// </summary>
internal static partial class IncludeTag
{
    public const string Name = "include";

    /// <summary>
    /// The block's path when <paramref name="paragraphText"/> (a paragraph's text, Word's runs joined) is exactly one
    /// include tag with a quoted path: <c>{% include "a.docx" %}</c>, <c>{%- include 'a.docx' -%}</c>, curly quotes too.
    /// </summary>
    public static bool TryParse(string paragraphText, out string path)
    {
        path = string.Empty;
        if (!paragraphText.Contains(Name, StringComparison.Ordinal))
        {
            return false;
        }

        var match = WholeParagraph().Match(TagText.Straighten(paragraphText));
        if (!match.Success)
        {
            return false;
        }

        path = match.Groups["path"].Value;
        return true;
    }

    /// <summary>Whether the text holds an include tag at all (alone or not): <c>{%</c>, then <c>include</c> as the keyword.</summary>
    public static bool Mentions(string text) => text.Contains(Name, StringComparison.Ordinal) && AnyTag().IsMatch(text);

    /// <summary>TPL040 for each include tag the expander did not take: not alone in its paragraph, or its path not quoted.</summary>
    public static void CheckPlaced(IReadOnlyList<TemplateTag> tags, List<Diagnostic> diagnostics)
    {
        foreach (var tag in tags)
        {
            if (tag.Name == Name && !HandledInclude.IsOn(tag.Paragraph))
            {
                diagnostics.Add(TemplateDiagnostics.Error("TPL040", tag.Location, tag.Source));
            }
        }
    }

    /// <summary>
    /// TPL049 for a block (<c>if</c>, <c>for</c>…) opened in an included block and closed outside it, or the reverse: a
    /// block's tags must pair inside the block, or editing one document would silently change what the other repeats.
    /// </summary>
    public static void CheckBlocksClosedInside(IEnumerable<Parsing.TemplateBlock> blocks, List<Diagnostic> diagnostics)
    {
        foreach (var block in blocks)
        {
            var origin = OriginOf(block.Open.Paragraph);
            var stray = block.Tags.FirstOrDefault(t => !ReferenceEquals(OriginOf(t.Paragraph), origin));
            if (stray is not null)
            {
                diagnostics.Add(TemplateDiagnostics.Error("TPL049", origin is null ? stray.Location : block.Open.Location, block.Open.Source, stray.Source));
            }
        }
    }

    /// <summary>The inclusion a paragraph came from (null: the template's own).</summary>
    private static IncludedLocation? OriginOf(XElement paragraph) =>
        (IncludedElement.Of(paragraph) ?? paragraph.Ancestors().Select(IncludedElement.Of).FirstOrDefault(e => e is not null))?.Origin;

    /// <summary>The paragraph's text as the lexer reads it (its own <c>w:t</c>, Word's runs joined).</summary>
    public static string TextOf(XElement paragraph) => string.Concat(ParagraphLexer.OwnTextElements(paragraph).Select(t => t.Value));

    [GeneratedRegex("""^\s*\{%-?\s*include\s+(?:"(?<path>[^"]*)"|'(?<path>[^']*)')\s*-?%\}\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex WholeParagraph();

    [GeneratedRegex(@"\{%-?\s*include\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
