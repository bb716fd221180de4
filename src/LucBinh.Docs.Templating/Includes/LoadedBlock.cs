using System.Xml.Linq;
using LucBinh.Docs.Templating.Packaging;

namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// A block as read and parsed: its package, its body's content (section properties and what cannot travel removed),
/// its styles, lists and relationships. Never changed once built (the merger copies what it carries), so the same
/// block's bytes are parsed once per process and shared by every load (<see cref="ParsedBlockCache"/>).
/// </summary>
internal sealed class ParsedBlock
{
    private static readonly XNamespace W = WordNames.W;

    private readonly Dictionary<XElement, int> _numbers = [];
    private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement> _nums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement> _abstractNums = new(StringComparer.Ordinal);

    public ParsedBlock(string path, TemplatePackage package, WordParts parts, XDocument document, TemplateLimits limits)
    {
        Path = path;
        Package = package;
        MainPart = parts.TextParts[0].Name;
        Slug = SlugOf(path);
        MainRelationships = WordParts.RelationshipsDocument(package, MainPart);
        if (parts.Styles is { } styles)
        {
            foreach (var style in PartReader.Load(package.Find(styles)!.Data, styles, limits).Root!.Elements(W + "style"))
            {
                _styles.TryAdd((string?)style.Attribute(W + "styleId") ?? string.Empty, style);
            }
        }

        if (parts.Numbering is { } numbering)
        {
            var root = PartReader.Load(package.Find(numbering)!.Data, numbering, limits).Root!;
            foreach (var num in root.Elements(W + "num"))
            {
                _nums.TryAdd((string?)num.Attribute(W + "numId") ?? string.Empty, num);
            }

            foreach (var definition in root.Elements(W + "abstractNum"))
            {
                _abstractNums.TryAdd((string?)definition.Attribute(W + "abstractNumId") ?? string.Empty, definition);
            }
        }

        var body = document.Root?.Element(WordNames.Body) ?? throw new InvalidDataException("The block has no body.");

        // Numbered as Word shows the block, before anything is removed.
        var paragraph = 0;
        var table = 0;
        foreach (var element in body.Descendants())
        {
            if (element.Name == WordNames.Paragraph)
            {
                _numbers[element] = ++paragraph;
            }
            else if (element.Name == WordNames.Table)
            {
                _numbers[element] = ++table;
            }
        }

        DroppedNotes = RemoveWhatCannotTravel(body);
        var content = body.Elements().Where(e => e.Name != WordNames.SectionProperties).ToList();

        // Word always ends a document with a paragraph, so a block that is a table ends with an empty one: not carried.
        if (content.Count >= 2 && content[^1].Name == WordNames.Paragraph && content[^2].Name == WordNames.Table && IsEmpty(content[^1]))
        {
            content.RemoveAt(content.Count - 1);
        }

        Content = content;
        ElementCount = content.Sum(e => e.DescendantsAndSelf().LongCount());
        Depth = content.Count == 0 ? 0 : content.Max(DepthOf);
    }

    /// <summary>The block's path from the includes' root, as messages show it.</summary>
    public string Path { get; }

    /// <summary>The block's file name folded for style ids and part names: <c>dau-van-ban</c>.</summary>
    public string Slug { get; }

    public TemplatePackage Package { get; }

    public string MainPart { get; }

    public XDocument? MainRelationships { get; }

    /// <summary>The body's elements to include (paragraphs, tables, content controls), originals never changed.</summary>
    public IReadOnlyList<XElement> Content { get; }

    public long ElementCount { get; }

    /// <summary>How deeply the content's elements nest.</summary>
    public int Depth { get; }

    /// <summary>Footnote, endnote or comment references were removed (their parts stay in the block).</summary>
    public bool DroppedNotes { get; }

    /// <summary>How many bytes its parts hold unpacked (what the cache keeps).</summary>
    public long UnpackedBytes => Package.Entries.Sum(e => e.Data.Size);

    public XElement? Style(string id) => _styles.GetValueOrDefault(id);

    public XElement? Num(string id) => _nums.GetValueOrDefault(id);

    public XElement? AbstractNum(string id) => _abstractNums.GetValueOrDefault(id);

    /// <summary>A copy of the content for one include, each paragraph and table marked with its number in the block.</summary>
    public List<XElement> Clone(IncludedLocation origin)
    {
        var result = new List<XElement>(Content.Count);
        foreach (var element in Content)
        {
            var clone = new XElement(element);
            using var originals = element.DescendantsAndSelf().GetEnumerator();
            using var copies = clone.DescendantsAndSelf().GetEnumerator();
            while (originals.MoveNext() && copies.MoveNext())
            {
                if (_numbers.TryGetValue(originals.Current, out var number))
                {
                    copies.Current.AddAnnotation(new IncludedElement(number, origin));
                }
            }

            result.Add(clone);
        }

        return result;
    }

    private static bool RemoveWhatCannotTravel(XElement body)
    {
        // A section break inside the block would bring the block's page setup and headers: the template's stay.
        body.Descendants(W + "pPr").Elements(WordNames.SectionProperties).Remove();
        var notes = body.Descendants().Where(e => e.Name.LocalName is "footnoteReference" or "endnoteReference" or "commentReference" or "commentRangeStart" or "commentRangeEnd"
            && e.Name.Namespace == W).ToList();
        notes.Remove();
        return notes.Any(n => n.Name.LocalName is "footnoteReference" or "endnoteReference" or "commentReference");
    }

    private static bool IsEmpty(XElement paragraph) =>
        !paragraph.Descendants().Any(e => (e.Name == WordNames.Text && e.Value.Length > 0) || e.Name == WordNames.Drawing || e.Name == WordNames.Picture
            || e.Name == WordNames.EmbeddedObject || e.Name.LocalName is "fldSimple" or "fldChar" or "sym" or "tab" or "br");

    private static int DepthOf(XElement element)
    {
        var deepest = 0;
        var stack = new Stack<(XElement Element, int Depth)>();
        stack.Push((element, 1));
        while (stack.Count > 0)
        {
            var (current, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in current.Elements())
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }

    private static string SlugOf(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        var folded = LucBinh.Docs.Text.NameFolding.ToKey(name).Replace('_', '-');
        return folded.Length == 0 ? "khoi" : folded.Length <= 40 ? folded : folded[..40];
    }
}

/// <summary>
/// A block included by one template load, however often: the parsed block (shared) and what the merger has already
/// carried over from it into this template (styles, lists, relationships, parts: per load).
/// </summary>
internal sealed class LoadedBlock(ParsedBlock parsed)
{
    public string Path => parsed.Path;

    public string Slug => parsed.Slug;

    public TemplatePackage Package => parsed.Package;

    public string MainPart => parsed.MainPart;

    public XDocument? MainRelationships => parsed.MainRelationships;

    public long ElementCount => parsed.ElementCount;

    public int Depth => parsed.Depth;

    public bool DroppedNotes => parsed.DroppedNotes;

    public Dictionary<string, string> StyleMap { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> NumMap { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> AbstractNumMap { get; } = new(StringComparer.Ordinal);

    /// <summary>New relationship ids by template part and the block's id.</summary>
    public Dictionary<string, string> RelationshipMap { get; } = new(StringComparer.Ordinal);

    /// <summary>The block's parts already copied, by their name in the block.</summary>
    public Dictionary<string, string> PartMap { get; } = new(StringComparer.OrdinalIgnoreCase);

    public XElement? Style(string id) => parsed.Style(id);

    public XElement? Num(string id) => parsed.Num(id);

    public XElement? AbstractNum(string id) => parsed.AbstractNum(id);

    public List<XElement> Clone(IncludedLocation origin) => parsed.Clone(origin);
}
