using Fluid;
using System.Text;
using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Layout;
using LucBinh.Docs.Templating.Parsing;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating;

/// <summary>
/// The compile stages for one part: lex the paragraphs (undoing Word's run splits), pair the blocks, place each block
/// on its scope (text, paragraphs or table rows), then write the part's XML as one Liquid template.
/// </summary>
internal static class PartCompiler
{
    public static CompiledPart Compile(Uri uri, DocumentPart kind, XDocument document, List<Diagnostic> diagnostics, Charts.ChartScope? charts = null)
    {
        var root = document.Root!;
        ContentControls.Convert(root);
        var tags = new List<TemplateTag>();
        var lexer = new ParagraphLexer(tags, diagnostics);
        var locator = new ParagraphLocator(kind, root);
        var number = 0;
        foreach (var paragraph in root.Descendants(WordNames.Paragraph).ToList())
        {
            number++;
            var paragraphNumber = number;
            lexer.Lex(paragraph, () => locator.Locate(paragraph, paragraphNumber));
        }

        ImageSlots.Find(root, uri.OriginalString, tags, locator);
        Charts.ChartSlots.Find(root, uri.OriginalString, tags, locator, charts, diagnostics);
        if (tags.Count == 0)
        {
            return new CompiledPart(uri, kind, string.Empty, null);
        }

        var errorsBefore = diagnostics.Count(d => d.IsError);
        foreach (var tag in tags)
        {
            TagSyntaxChecker.Check(tag, diagnostics);
        }

        var blocks = BlockParser.Pair(tags, diagnostics);
        var mayEmpty = BlockLayout.Apply(tags, blocks, diagnostics);
        var source = LiquidSource(document, tags, out var markerPositions);
        var needsRepairs = mayEmpty || blocks.Any(b => b.Open.Name == "for" && b.Close is not null && CopiesIds(source, markerPositions, b));
        if (diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return new CompiledPart(uri, kind, source, null);
        }

        if (!LiquidEnvironment.Parser.TryParse(source, out var template, out var error))
        {
            // Every tag parsed alone and every block paired, so this is the engine's fault, not the author's.
            diagnostics.Add(TemplateDiagnostics.Error("TPL013", new DocumentLocation(kind, 0), error));
            return new CompiledPart(uri, kind, source, null);
        }

        return new CompiledPart(uri, kind, source, template, [.. tags.Select(t => (t.Source, t.Location))]) { NeedsRepairs = needsRepairs };
    }

    /// <summary>
    /// Serialises the part and swaps each marker for its tag's Liquid text. Braces that Liquid would read as a tag
    /// outside our tags (in tracked deletions, field codes, attributes) are wrapped in <c>{% raw %}</c>.
    /// </summary>
    /// <summary>A loop copies what lies between its tags: drawings and bookmarks there would repeat their ids.</summary>
    private static bool CopiesIds(string source, Dictionary<int, int> markerPositions, TemplateBlock loop)
    {
        if (!markerPositions.TryGetValue(loop.Open.Index, out var start) || !markerPositions.TryGetValue(loop.Close!.Index, out var end) || end <= start)
        {
            return true;
        }

        var scope = source.AsSpan(start, end - start);
        return scope.Contains("docPr", StringComparison.Ordinal) || scope.Contains("bookmarkStart", StringComparison.Ordinal);
    }

    private static string LiquidSource(XDocument document, List<TemplateTag> tags, out Dictionary<int, int> markerPositions)
    {
        markerPositions = [];
        var xml = Declaration(document) + document.Root!.ToString(SaveOptions.DisableFormatting);
        var builder = new StringBuilder(xml.Length + (tags.Count * 16));
        var verbatim = false;
        var literalStart = 0;
        for (var i = 0; i < xml.Length; i++)
        {
            if (!TagMarkers.IsStart(xml[i]))
            {
                continue;
            }

            AppendLiteral(builder, xml.AsSpan(literalStart, i - literalStart), verbatim);
            var end = xml.IndexOf(TagMarkers.End, i);
            var tag = tags[int.Parse(xml.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture)];
            markerPositions[tag.Index] = builder.Length;
            builder.Append(tag.Name switch
            {
                PageBreak.TagName => PageBreak.Markup(tag),
                NumberingRestart.TagName => NumberingRestart.Markup,
                _ => tag.Source,
            });
            if (tag.Kind == TagKind.Verbatim)
            {
                verbatim = TagCatalog.IsVerbatimOpener(tag.Name);
            }

            i = end;
            literalStart = end + 1;
        }

        AppendLiteral(builder, xml.AsSpan(literalStart), verbatim);
        return builder.ToString();
    }

    private static void AppendLiteral(StringBuilder builder, ReadOnlySpan<char> literal, bool verbatim)
    {
        if (verbatim)
        {
            builder.Append(literal);
            return;
        }

        // Copy whole runs of text; only a '{' followed by '{' or '%' needs attention (hot at Load: see bench/README).
        while (true)
        {
            var brace = literal.IndexOf('{');
            if (brace < 0 || brace == literal.Length - 1)
            {
                builder.Append(literal);
                return;
            }

            builder.Append(literal[..brace]);
            if (literal[brace + 1] is '{' or '%')
            {
                builder.Append("{% raw %}{").Append(literal[brace + 1]).Append("{% endraw %}");
                literal = literal[(brace + 2)..];
            }
            else
            {
                builder.Append('{');
                literal = literal[(brace + 1)..];
            }
        }
    }

    private static string Declaration(XDocument document) =>
        document.Declaration is null
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"" + (document.Declaration.Standalone is { } s ? " standalone=\"" + s + "\"" : string.Empty) + "?>";
}
