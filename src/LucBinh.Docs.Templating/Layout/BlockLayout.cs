using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Parsing;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Layout;

/// <summary>
/// Decides what each block repeats or removes, from where its tags sit, and moves the tag markers there:
/// <list type="bullet">
/// <item>all tags in one paragraph → the text between them (inline);</item>
/// <item>tags in different rows, or different cells of one row, of a table → those whole rows;</item>
/// <item>otherwise → the whole paragraphs (and tables) between them; each tag must then stand alone in its
/// paragraph, and that paragraph disappears from the output.</item>
/// </list>
/// A paragraph holding only statements such as <c>{% assign %}</c> disappears too.
/// </summary>
internal static class BlockLayout
{
    /// <returns>Whether the output can need repairs: a cell or a table that rendering may leave empty.</returns>
    public static bool Apply(IReadOnlyList<TemplateTag> tags, IReadOnlyList<TemplateBlock> blocks, List<Diagnostic> diagnostics)
    {
        var mayEmpty = false;
        var rowScoped = new HashSet<TemplateTag>();
        foreach (var block in blocks)
        {
            if (block.Close is null)
            {
                continue;
            }

            var blockTags = block.Tags.ToList();
            if (blockTags.All(t => t.Paragraph == block.Open.Paragraph))
            {
                CheckInline(block, blockTags, diagnostics);
            }
            else if (RowSpan(block) is { } rows)
            {
                // A block over every row of a table can leave the table without rows.
                mayEmpty |= !rows.First.ElementsBeforeSelf(WordNames.TableRow).Any() && !rows.Last.ElementsAfterSelf(WordNames.TableRow).Any();
                MoveToRows(block, rows, rowScoped);
            }
            else
            {
                CheckParagraphs(block, blockTags, tags, diagnostics);
            }
        }

        // A line of tags removed from a table cell can leave the cell without a paragraph.
        mayEmpty |= RemoveTagOnlyParagraphs(tags, rowScoped);
        return mayEmpty;
    }

    /// <summary>
    /// Inline blocks are cut out of the text between their markers; that is well-formed only when every marker's
    /// run has the same parent (all plain runs of the paragraph, or all inside one hyperlink).
    /// </summary>
    private static void CheckInline(TemplateBlock block, List<TemplateTag> blockTags, List<Diagnostic> diagnostics)
    {
        var container = block.Open.TextElement?.Parent?.Parent;
        if (blockTags.Any(t => t.TextElement?.Parent?.Parent != container))
        {
            diagnostics.Add(TemplateDiagnostics.Error("TPL007", block.Open.Location, block.Open.Source));
        }
    }

    private static (XElement First, XElement Last)? RowSpan(TemplateBlock block)
    {
        var openRow = Row(block.Open.Paragraph, out var openCell);
        var closeRow = Row(block.Close!.Paragraph, out var closeCell);
        if (openRow is null || closeRow is null || openRow.Parent != closeRow.Parent)
        {
            return null;
        }

        if (openRow == closeRow && openCell == closeCell)
        {
            return null; // same cell: the block works on paragraphs inside the cell
        }

        return (openRow, closeRow);
    }

    private static void MoveToRows(TemplateBlock block, (XElement First, XElement Last) rows, HashSet<TemplateTag> rowScoped)
    {
        foreach (var tag in block.Tags)
        {
            rowScoped.Add(tag);
            RemoveMarker(tag);
        }

        rows.First.AddBeforeSelf(new XText(block.Open.Marker));
        foreach (var middle in block.Middles)
        {
            var row = Row(middle.Paragraph, out _);
            if (row is not null && row.Parent == rows.First.Parent && row != rows.First)
            {
                row.AddBeforeSelf(new XText(middle.Marker));
            }
            else
            {
                // A divider in the first row divides at the row's start: the block's rows all fall on one side.
                rows.First.AddBeforeSelf(new XText(middle.Marker));
            }
        }

        rows.Last.AddAfterSelf(new XText(block.Close!.Marker));
    }

    private static void CheckParagraphs(TemplateBlock block, List<TemplateTag> blockTags, IReadOnlyList<TemplateTag> tags, List<Diagnostic> diagnostics)
    {
        var parent = block.Open.Paragraph.Parent;
        foreach (var tag in blockTags)
        {
            if (tag.Paragraph.Parent != parent)
            {
                diagnostics.Add(TemplateDiagnostics.Error("TPL009", tag.Location, block.Open.Source));
                return;
            }
        }

        foreach (var tag in blockTags)
        {
            if (!IsTagOnly(tag.Paragraph, TagLookup(tags)))
            {
                diagnostics.Add(TemplateDiagnostics.Error("TPL008", tag.Location, block.Open.Source, tag.Source));
            }
        }
    }

    /// <summary>Replaces each paragraph that holds only block tags and statements by those tags.</summary>
    private static bool RemoveTagOnlyParagraphs(IReadOnlyList<TemplateTag> tags, HashSet<TemplateTag> rowScoped)
    {
        var inCell = false;
        foreach (var group in tags.GroupBy(t => t.Paragraph))
        {
            var paragraph = group.Key;
            if (paragraph.Parent is null)
            {
                continue;
            }

            var remaining = group.Where(t => !rowScoped.Contains(t)).ToList();
            if (remaining.Count == 0)
            {
                // Only row tags were here and they moved out; drop the now empty line unless the cell needs it.
                if (IsEmpty(paragraph) && paragraph.Parent.Elements(WordNames.Paragraph).Skip(1).Any())
                {
                    paragraph.Remove();
                }

                continue;
            }

            if (remaining.Count == group.Count() && IsTagOnly(paragraph, TagLookup(tags)))
            {
                foreach (var tag in remaining)
                {
                    tag.BetweenParagraphs = true;
                }

                inCell |= paragraph.Parent.Name == WordNames.TableCell;
                paragraph.ReplaceWith(remaining.Select(t => new XText(t.Marker)));
            }
        }

        return inCell;
    }

    /// <summary>
    /// True when the paragraph's text is only markers of tags that write nothing (blocks, statements), and it holds
    /// no picture, object or field: such a line exists only to carry the tags.
    /// </summary>
    internal static bool IsTagOnly(XElement paragraph, Func<string, TemplateTag?>? tagAt = null)
    {
        var hasMarker = false;
        foreach (var text in ParagraphLexer.OwnTextElements(paragraph))
        {
            var value = text.Value;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] == TagMarkers.OutputStart)
                {
                    return false;
                }

                if (value[i] == TagMarkers.Start)
                {
                    hasMarker = true;
                    var end = value.IndexOf(TagMarkers.End, i);
                    if (tagAt is not null && tagAt(value[(i + 1)..end]) is { Kind: TagKind.Verbatim, Name: "comment" })
                    {
                        // The comment's text is not shown: skip to the marker that ends it.
                        var close = value.IndexOf(TagMarkers.Start, end);
                        end = close < 0 ? value.Length - 1 : value.IndexOf(TagMarkers.End, close);
                    }

                    i = end;
                }
                else if (!char.IsWhiteSpace(value[i]))
                {
                    return false;
                }
            }
        }

        return hasMarker && !HasVisibleContent(paragraph);
    }

    private static Func<string, TemplateTag?> TagLookup(IReadOnlyList<TemplateTag> tags) =>
        index => int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < tags.Count ? tags[i] : null;

    private static bool IsEmpty(XElement paragraph) =>
        ParagraphLexer.OwnTextElements(paragraph).All(t => string.IsNullOrWhiteSpace(t.Value)) && !HasVisibleContent(paragraph);

    private static bool HasVisibleContent(XElement paragraph) =>
        paragraph.Descendants().Any(e =>
            e.Name == WordNames.Drawing || e.Name == WordNames.Picture || e.Name == WordNames.EmbeddedObject
            || e.Name.LocalName is "fldSimple" or "fldChar" or "sym");

    private static void RemoveMarker(TemplateTag tag)
    {
        if (tag.TextElement is { } text)
        {
            text.Value = text.Value.Replace(tag.Marker, string.Empty, StringComparison.Ordinal);
        }
    }

    private static XElement? Row(XElement paragraph, out XElement? cell)
    {
        cell = paragraph.Ancestors(WordNames.TableCell).FirstOrDefault();
        return cell?.Ancestors(WordNames.TableRow).FirstOrDefault();
    }
}
