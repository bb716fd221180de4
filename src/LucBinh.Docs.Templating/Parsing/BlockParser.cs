using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Parsing;

/// <summary>
/// Pairs the block tags of a part (<c>if</c>…<c>endif</c>, <c>for</c>…<c>endfor</c>) and reports every unpaired or
/// misplaced tag instead of stopping at the first, so an author can fix a template in one pass.
/// </summary>
internal static class BlockParser
{
    /// <param name="tags">The part's tags in document order.</param>
    /// <param name="diagnostics">Where problems are added.</param>
    /// <param name="maxDepth">How deeply blocks may nest (<see cref="TemplateLimits.MaxRecursion"/>): checked here, before
    /// Fluid's parser (which descends once per level) ever sees the part; past it, TPL027 at the first tag too deep.</param>
    public static List<TemplateBlock> Pair(IReadOnlyList<TemplateTag> tags, List<Diagnostic> diagnostics, int maxDepth = int.MaxValue)
    {
        var tooDeep = false;
        var blocks = new List<TemplateBlock>();
        var open = new Stack<TemplateBlock>();
        foreach (var tag in tags)
        {
            switch (tag.Kind)
            {
                case TagKind.Open:
                    Push(tag);
                    break;
                case TagKind.Verbatim when TagCatalog.IsVerbatimOpener(tag.Name):
                    Push(tag);
                    break;
                case TagKind.Middle:
                    if (open.Count > 0 && TagCatalog.MiddleFits(tag.Name, open.Peek().Open.Name))
                    {
                        open.Peek().Middles.Add(tag);
                    }
                    else
                    {
                        var fits = tag.Name == "when" ? "case" : tag.Name == "elsif" ? "if" : "if/for/case";
                        diagnostics.Add(TemplateDiagnostics.Error("TPL006", tag.Location, tag.Source, fits));
                    }

                    break;
                case TagKind.Close:
                case TagKind.Verbatim:
                    Close(tag);
                    break;
            }
        }

        foreach (var unclosed in open)
        {
            diagnostics.Add(TemplateDiagnostics.Error(
                "TPL003", unclosed.Open.Location, unclosed.Open.Source, TagCatalog.CloserOf(unclosed.Open.Name)));
        }

        return blocks;

        void Push(TemplateTag tag)
        {
            if (open.Count >= maxDepth && !tooDeep)
            {
                tooDeep = true;
                diagnostics.Add(TemplateDiagnostics.Error("TPL027", tag.Location, tag.Source, maxDepth));
            }

            var block = new TemplateBlock(tag);
            blocks.Add(block);
            open.Push(block);
        }

        void Close(TemplateTag tag)
        {
            if (open.Count > 0 && TagCatalog.CloserOf(open.Peek().Open.Name) == tag.Name)
            {
                open.Pop().Close = tag;
                return;
            }

            var matching = open.FirstOrDefault(b => TagCatalog.CloserOf(b.Open.Name) == tag.Name);
            if (matching is null)
            {
                diagnostics.Add(TemplateDiagnostics.Error("TPL002", tag.Location, tag.Source));
                return;
            }

            // The closer belongs to an outer block: every block opened inside it was left open.
            while (open.Peek() != matching)
            {
                var inner = open.Pop();
                diagnostics.Add(TemplateDiagnostics.Error(
                    "TPL005", tag.Location, tag.Source, inner.Open.Source, TagCatalog.CloserOf(inner.Open.Name)));
            }

            open.Pop().Close = tag;
        }
    }
}
