using System.Text;
using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Includes;

namespace LucBinh.Docs.Templating.Syntax;

/// <summary>
/// Finds the Liquid tags in the text of each paragraph of a part, even when Word has split a tag over several runs
/// (spell-check marks, bookmarks, rsid changes), and collapses each tag into the first <c>w:t</c> it starts in,
/// so the tag's output keeps that run's formatting. The paragraph's other text is left exactly as it was.
/// </summary>
internal sealed class ParagraphLexer(List<TemplateTag> tags, List<Diagnostic> diagnostics)
{
    /// <summary>The closing keyword awaited while inside <c>{% raw %}</c> or <c>{% comment %}</c>.</summary>
    private string? _verbatimEnd;

    public bool InsideVerbatim => _verbatimEnd is not null;

    public void Lex(XElement paragraph, Func<DiagnosticLocation> locate)
    {
        var texts = OwnTextElements(paragraph);
        if (!texts.Exists(t => t.Value.Contains('{', StringComparison.Ordinal)))
        {
            return; // most paragraphs: no brace, nothing to map character by character
        }

        var builder = new StringBuilder();
        var owner = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            var value = texts[i].Value;
            builder.Append(value);
            for (var k = 0; k < value.Length; k++)
            {
                owner.Add(i);
            }
        }

        var text = builder.ToString();
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return;
        }

        var found = new List<(int Start, int End, TemplateTag Tag)>();
        DiagnosticLocation? location = null;
        var position = 0;
        while (position < text.Length - 1)
        {
            var start = IndexOfTagStart(text, position);
            if (start < 0)
            {
                break;
            }

            var isOutput = text[start + 1] == '{';
            var close = text.IndexOf(isOutput ? "}}" : "%}", start + 2, StringComparison.Ordinal);
            location ??= locate();
            if (close < 0)
            {
                diagnostics.Add(TemplateDiagnostics.Error("TPL001", location, Shorten(text[start..])));
                break;
            }

            var end = close + 2;
            var source = TagText.Straighten(text[start..end]);
            position = end;
            var name = isOutput ? string.Empty : TagText.Keyword(source);
            if (_verbatimEnd is not null && name != _verbatimEnd)
            {
                continue; // text inside raw/comment is literal
            }

            TagKind kind;
            if (isOutput)
            {
                kind = TagKind.Output;
            }
            else if (!TagCatalog.TryGetKind(name, out kind))
            {
                diagnostics.Add(TemplateDiagnostics.Error(
                    "TPL004", location.WithTag(source), source, TemplateDiagnostics.DidYouMean(name, TagCatalog.Names)));
                kind = TagKind.Statement;
            }

            if (kind == TagKind.Verbatim)
            {
                _verbatimEnd = TagCatalog.IsVerbatimOpener(name) ? TagCatalog.CloserOf(name) : null;
            }

            var tag = new TemplateTag
            {
                Index = tags.Count,
                Kind = kind,
                Name = name,
                Source = source,
                Typed = text[start..end],
                SpannedTextElements = owner[end - 1] - owner[start] + 1,
                Paragraph = paragraph,
                Location = location.WithTag(source),
            };
            tags.Add(tag);
            found.Add((start, end, tag));
        }

        if (found.Count > 0)
        {
            Collapse(texts, owner, found);
        }
    }

    /// <summary>Rewrites the paragraph's <c>w:t</c> elements: each tag becomes a marker in the run where it starts.</summary>
    private static void Collapse(List<XElement> texts, List<int> owner, List<(int Start, int End, TemplateTag Tag)> found)
    {
        var rebuilt = new StringBuilder[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            rebuilt[i] = new StringBuilder();
        }

        var offset = 0;
        var next = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var value = texts[i].Value;
            for (var k = 0; k < value.Length; k++, offset++)
            {
                while (next < found.Count && offset >= found[next].End)
                {
                    next++;
                }

                if (next < found.Count && offset == found[next].Start)
                {
                    rebuilt[owner[offset]].Append(found[next].Tag.Marker);
                    found[next].Tag.TextElement = texts[owner[offset]];
                }

                if (next < found.Count && offset >= found[next].Start)
                {
                    continue;
                }

                rebuilt[i].Append(value[k]);
            }
        }

        for (var i = 0; i < texts.Count; i++)
        {
            var value = rebuilt[i].ToString();
            if (value != texts[i].Value)
            {
                texts[i].Value = value;
                texts[i].SetAttributeValue(WordNames.XmlSpace, "preserve");
            }
        }
    }

    private static int IndexOfTagStart(string text, int from)
    {
        for (var i = text.IndexOf('{', from); i >= 0 && i < text.Length - 1; i = text.IndexOf('{', i + 1))
        {
            if (text[i + 1] is '{' or '%')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The <c>w:t</c> of this paragraph, not those of paragraphs nested in its text boxes.</summary>
    internal static List<XElement> OwnTextElements(XElement paragraph)
    {
        var result = new List<XElement>();
        Collect(paragraph, result);
        return result;

        static void Collect(XElement element, List<XElement> result)
        {
            foreach (var child in element.Elements())
            {
                if (child.Name == WordNames.Text)
                {
                    result.Add(child);
                }
                else if (child.Name != WordNames.Paragraph)
                {
                    Collect(child, result);
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
