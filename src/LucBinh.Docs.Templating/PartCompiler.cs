using Fluid;
using System.Xml;
using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Layout;
using LucBinh.Docs.Templating.Packaging;
using LucBinh.Docs.Templating.Parsing;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating;

/// <summary>
/// The compile stages for one part: lex the paragraphs (undoing Word's run splits), pair the blocks, place each block
/// on its scope (text, paragraphs or table rows), then write the part's XML as one Liquid template.
/// </summary>
internal static class PartCompiler
{
    private static readonly XmlWriterSettings SerializerSettings = new() { OmitXmlDeclaration = true };

    public static CompiledPart Compile(Uri uri, DocumentPart kind, XDocument document, List<Diagnostic> diagnostics, Charts.ChartScope? charts = null, TemplateLimits? limits = null)
    {
        limits ??= TemplateLimits.Default;
        var root = document.Root!;
        ContentControls.Convert(root);
        var tags = new List<TemplateTag>();
        var lexer = new ParagraphLexer(tags, diagnostics);
        var locator = new ParagraphLocator(kind, root);
        foreach (var (paragraph, number) in locator.Paragraphs())
        {
            lexer.Lex(paragraph, () => locator.Locate(paragraph, number));
        }

        ImageSlots.Find(root, uri.OriginalString, tags, locator);
        Charts.ChartSlots.Find(root, uri.OriginalString, tags, locator, charts, diagnostics);
        if (tags.Count == 0)
        {
            return new CompiledPart(uri, kind, string.Empty, null);
        }

        var errorsBefore = diagnostics.Count(d => d.IsError);
        var firstNew = diagnostics.Count;

        // Before anything parses a tag: one with thousands of filters or brackets would overflow Fluid's stack.
        var tooComplex = tags.FirstOrDefault(t => TagComplexity.Of(t.Source) > limits.MaxTagComplexity);
        if (tooComplex is not null)
        {
            diagnostics.Add(TemplateDiagnostics.Error("TPL037", tooComplex.Location, FilterValues.Excerpt(tooComplex.Source), limits.MaxTagComplexity));
            return new CompiledPart(uri, kind, string.Empty, null);
        }

        Includes.IncludeTag.CheckPlaced(tags, diagnostics);
        var blocks = BlockParser.Pair(tags, diagnostics, limits.MaxRecursion);
        Includes.IncludeTag.CheckBlocksClosedInside(blocks, diagnostics);
        if (diagnostics.Skip(firstNew).Any(d => d.Code == "TPL027"))
        {
            return new CompiledPart(uri, kind, string.Empty, null); // nothing more is done with blocks that deep
        }

        var mayEmpty = BlockLayout.Apply(tags, blocks, diagnostics);
        var source = LiquidSource(document, tags, out var markerPositions);
        var needsRepairs = mayEmpty || blocks.Any(b => b.Open.Name == "for" && b.Close is not null && CopiesIds(source, markerPositions, b));

        // The whole part is parsed first: when it parses, so does each of its tags, and parsing every tag again on
        // its own (to place a syntax error at its tag) is needed only when something is wrong (hot at Load).
        IFluidTemplate? template = null;
        string? error = null;
        var parsed = diagnostics.Count(d => d.IsError) == errorsBefore && LiquidEnvironment.Parser.TryParse(source, out template, out error);
        var syntaxStart = diagnostics.Count;
        foreach (var tag in tags)
        {
            TagSyntaxChecker.Check(tag, diagnostics, parseAlone: !parsed);
        }

        // Each tag's own problems are listed before those of pairing and layout, as when the tags were checked first.
        if (syntaxStart > firstNew && diagnostics.Count > syntaxStart)
        {
            var syntax = diagnostics.GetRange(syntaxStart, diagnostics.Count - syntaxStart);
            diagnostics.RemoveRange(syntaxStart, syntax.Count);
            diagnostics.InsertRange(firstNew, syntax);
        }

        if (diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return new CompiledPart(uri, kind, source, null);
        }

        if (!parsed)
        {
            // Every tag parsed alone and every block paired, so this is the engine's fault, not the author's.
            diagnostics.Add(TemplateDiagnostics.Error("TPL013", new DocumentLocation(kind, 0), error));
            return new CompiledPart(uri, kind, source, null);
        }

        // Outputs escaped unless typed as markup, ranges and captures bounded (Rendering.TemplateGuards).
        template = Rendering.TemplateGuards.Apply(template!, limits.MaxRangeLength, out var oversize);
        foreach (var (from, to, length) in oversize)
        {
            var at = tags.FirstOrDefault(t => t.Source.Contains("..", StringComparison.Ordinal) && t.Source.Contains(to, StringComparison.Ordinal))
                ?? tags.FirstOrDefault(t => t.Source.Contains("..", StringComparison.Ordinal));
            diagnostics.Add(TemplateDiagnostics.Error("TPL023", at?.Location ?? new DocumentLocation(kind, 0), from + ".." + to, length, limits.MaxRangeLength));
        }

        if (oversize.Count > 0)
        {
            return new CompiledPart(uri, kind, source, null);
        }

        return new CompiledPart(uri, kind, source, template, [.. tags.Select(t => (t.Source, t.Location))])
        {
            NeedsRepairs = needsRepairs,
            Streamable = IsStreamable(source, tags, needsRepairs),
        };
    }

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

    /// <summary>
    /// Serialises the part and swaps each marker for its tag's Liquid text (<see cref="LiquidSourceWriter"/>), in one
    /// pass over the XML writer's output.
    /// </summary>
    private static string LiquidSource(XDocument document, List<TemplateTag> tags, out Dictionary<int, int> markerPositions)
    {
        var writer = new LiquidSourceWriter(tags, Declaration(document));
        if (!CompactXmlSerializer.TryWrite(document.Root!, writer))
        {
            writer.Dispose();
            writer = new LiquidSourceWriter(tags, Declaration(document));
            using var xml = XmlWriter.Create(writer, SerializerSettings); // the settings of XElement.ToString(SaveOptions.DisableFormatting)
            WriteWithXmlWriter(document.Root!, xml);
        }

        markerPositions = writer.MarkerPositions;
        var source = writer.Source();
        writer.Dispose();
        return source;
    }

    /// <summary>XmlWriter's way, for what <see cref="CompactXmlSerializer"/> leaves to it; markup kept verbatim is written as it is.</summary>
    private static void WriteWithXmlWriter(XElement element, XmlWriter xml)
    {
        if (VerbatimXml.Of(element) is { } verbatim)
        {
            xml.WriteRaw(verbatim.Markup.ToString());
            return;
        }

        if (!element.Descendants().Any(e => VerbatimXml.Of(e) is not null))
        {
            element.WriteTo(xml);
            return;
        }

        xml.WriteStartElement(element.GetPrefixOfNamespace(element.Name.Namespace) ?? string.Empty, element.Name.LocalName, element.Name.NamespaceName);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                var isDefault = attribute.Name.Namespace == XNamespace.None;
                xml.WriteAttributeString(isDefault ? string.Empty : "xmlns", isDefault ? "xmlns" : attribute.Name.LocalName, XNamespace.Xmlns.NamespaceName, attribute.Value);
            }
            else
            {
                var ns = attribute.Name.Namespace;
                xml.WriteAttributeString(ns == XNamespace.None ? null : element.GetPrefixOfNamespace(ns), attribute.Name.LocalName, ns == XNamespace.None ? null : ns.NamespaceName, attribute.Value);
            }
        }

        foreach (var node in element.Nodes())
        {
            if (node is XElement child)
            {
                WriteWithXmlWriter(child, xml);
            }
            else
            {
                node.WriteTo(xml);
            }
        }

        xml.WriteFullEndElement();
    }

    /// <summary>
    /// Whether the part's output can go from Fluid straight into the package (deflated while it is rendered): nothing
    /// to repair, and no tag that leaves a processing instruction or a picture for a later pass (<c>vmerge</c>,
    /// <c>restart_numbering</c>, pictures from data).
    /// </summary>
    private static bool IsStreamable(string source, List<TemplateTag> tags, bool needsRepairs) =>
        !needsRepairs
        && !source.Contains("<?lbd-", StringComparison.Ordinal)
        && !tags.Any(t => t.Source.Contains('|', StringComparison.Ordinal)
            && TagSyntaxChecker.FilterNamesIn(t.Source).Any(f => f is ImageFilters.FilterName or "vmerge"));

    private static string Declaration(XDocument document) =>
        document.Declaration is null
            ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"" + (document.Declaration.Standalone is { } s ? " standalone=\"" + s + "\"" : string.Empty) + "?>";
}
