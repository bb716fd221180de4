using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LucBinh.Docs.Templating.Packaging;
using LucBinh.Docs.Templating.Rendering;

namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// Carries what a block's content refers to into the template's package, once per block: styles (a missing id is
/// copied; the same id with another definition is copied under a new id <c>{id}-{block}</c>; the block's default
/// styles — Normal… — become the template's), lists (each list definition copied with new <c>abstractNumId</c>,
/// <c>numId</c> and <c>nsid</c>), and relationships (pictures, charts, hyperlinks…: each part copied under a new
/// name with its own relationships, a fresh relationship id in the part that shows it, its content type). Drawing and
/// bookmark ids of the content are renumbered past the template's.
/// </summary>
internal sealed partial class BlockMerger
{
    private const string RelationshipsBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static readonly XNamespace W = WordNames.W;
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>Relationships that belong to the document as a whole, never carried with a block's body.</summary>
    private static readonly HashSet<string> DocumentLevel = new(StringComparer.Ordinal)
    {
        RelationshipsBase + "header", RelationshipsBase + "footer", RelationshipsBase + "footnotes", RelationshipsBase + "endnotes",
        RelationshipsBase + "comments", RelationshipsBase + "styles", RelationshipsBase + "numbering", RelationshipsBase + "settings",
        RelationshipsBase + "theme", RelationshipsBase + "fontTable", RelationshipsBase + "webSettings",
    };

    private readonly TemplatePackage _host;
    private readonly WordParts _hostParts;
    private readonly TemplateLimits _limits;
    private readonly string _mainPart;
    private readonly HashSet<string> _partNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, XDocument> _relationships = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntryData> _addedParts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _bookmarkNames = new(StringComparer.Ordinal);
    private XDocument? _styles;
    private string? _stylesPart;
    private XDocument? _numbering;
    private string? _numberingPart;
    private XDocument? _contentTypes;
    private int _nextAbstractNum = -1;
    private int _nextNum = -1;
    private long _nextDrawingId = -1;
    private long _nextBookmarkId = -1;
    private int _relationshipCounter;

    public BlockMerger(TemplatePackage host, WordParts hostParts, TemplateLimits limits)
    {
        _host = host;
        _hostParts = hostParts;
        _limits = limits;
        _mainPart = hostParts.TextParts[0].Name;
        foreach (var entry in host.Entries)
        {
            _partNames.Add("/" + entry.Name);
        }
    }

    /// <summary>Whether anything was carried over (otherwise the template's package stays as it is).</summary>
    public bool Changed { get; private set; }

    /// <summary>Rewrites one inclusion's content (already cloned) so that it refers to the template's styles, lists and parts.</summary>
    /// <param name="block">The block the content was cloned from.</param>
    /// <param name="content">The cloned body elements.</param>
    /// <param name="hostPart">The template's part the content goes into (its relationships get the new ids).</param>
    public void Carry(LoadedBlock block, IReadOnlyList<XElement> content, string hostPart)
    {
        Changed = true;
        var all = content.SelectMany(e => e.DescendantsAndSelf()).ToList();
        foreach (var element in all)
        {
            if (element.Name == W + "pStyle" || element.Name == W + "rStyle" || element.Name == W + "tblStyle")
            {
                MapAttribute(element, W + "val", id => MapStyle(block, id));
            }
            else if (element.Name == W + "numId" && element.Parent?.Name == W + "numPr")
            {
                MapAttribute(element, W + "val", id => MapNum(block, id));
            }
        }

        foreach (var element in all)
        {
            foreach (var attribute in element.Attributes().Where(a => a.Name.Namespace == R).ToList())
            {
                if (CarryRelationship(block, attribute.Value, hostPart) is { } id)
                {
                    attribute.Value = id;
                }
            }
        }

        RenumberDrawings(all);
        RenumberBookmarks(all);
    }

    /// <summary>The template's package with every carried part; the limits of a package apply to it.</summary>
    public TemplatePackage Build()
    {
        var replaced = new Dictionary<string, EntryData>(StringComparer.OrdinalIgnoreCase);
        var added = new List<PackageEntry>();
        void Put(string partName, XDocument document)
        {
            var data = EntryData.DeflateText(PartXml.Serialize(document));
            var name = partName.TrimStart('/');
            if (_host.Find(name) is not null)
            {
                replaced[name] = data;
            }
            else
            {
                added.Add(new PackageEntry(name, data));
            }
        }

        if (_styles is not null)
        {
            Put(_stylesPart!, _styles);
        }

        if (_numbering is not null)
        {
            Put(_numberingPart!, _numbering);
        }

        foreach (var (source, relationships) in _relationships)
        {
            Put(WordParts.RelationshipsOf(source), relationships);
        }

        if (_contentTypes is not null)
        {
            Put("/[Content_Types].xml", _contentTypes);
        }

        added.AddRange(_addedParts.Select(p => new PackageEntry(p.Key.TrimStart('/'), p.Value)));
        return _host.With(replaced, added, _limits);
    }

    private static void MapAttribute(XElement element, XName name, Func<string, string> map)
    {
        if (element.Attribute(name) is { } attribute)
        {
            attribute.Value = map(attribute.Value);
        }
    }

    // ---- styles ------------------------------------------------------------------------------------------------

    private XElement HostStyles()
    {
        if (_styles is null)
        {
            (_stylesPart, _styles) = HostPart(_hostParts.Styles, "styles", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        }

        return _styles.Root!;
    }

    private string MapStyle(LoadedBlock block, string id)
    {
        if (block.StyleMap.TryGetValue(id, out var mapped))
        {
            return mapped;
        }

        var own = block.Style(id);
        if (own is null)
        {
            return id; // the block refers to a style it does not define: Word falls back to the default, so shall we
        }

        var styles = HostStyles();
        var type = (string?)own.Attribute(W + "type") ?? "paragraph";
        if ((string?)own.Attribute(W + "default") is "1" or "true"
            && styles.Elements(W + "style").FirstOrDefault(s => (string?)s.Attribute(W + "type") == type && (string?)s.Attribute(W + "default") is "1" or "true") is { } hostDefault)
        {
            return block.StyleMap[id] = (string)hostDefault.Attribute(W + "styleId")!;
        }

        var same = StyleById(styles, id);
        if (same is not null && Canonical(same) == Canonical(own))
        {
            return block.StyleMap[id] = id;
        }

        var newId = same is null ? id : UniqueStyleId(styles, id + "-" + block.Slug);
        block.StyleMap[id] = newId;
        var copy = new XElement(own);
        copy.SetAttributeValue(W + "styleId", newId);
        copy.SetAttributeValue(W + "default", null);
        copy.Elements(W + "rsid").Remove();
        if (copy.Element(W + "name") is { } name && (same is not null || styles.Elements(W + "style").Any(s => (string?)s.Element(W + "name")?.Attribute(W + "val") == (string?)name.Attribute(W + "val"))))
        {
            name.SetAttributeValue(W + "val", (string?)name.Attribute(W + "val") + " (" + block.Slug + ")");
        }

        foreach (var reference in copy.Elements().Where(e => e.Name == W + "basedOn" || e.Name == W + "next" || e.Name == W + "link"))
        {
            MapAttribute(reference, W + "val", v => MapStyle(block, v));
        }

        foreach (var numId in copy.Descendants(W + "numId").Where(n => n.Parent?.Name == W + "numPr"))
        {
            MapAttribute(numId, W + "val", v => MapNum(block, v));
        }

        styles.Add(copy);
        return newId;
    }

    private static XElement? StyleById(XElement styles, string id) =>
        styles.Elements(W + "style").FirstOrDefault(s => (string?)s.Attribute(W + "styleId") == id);

    private static string UniqueStyleId(XElement styles, string wanted)
    {
        var candidate = wanted;
        for (var n = 2; StyleById(styles, candidate) is not null; n++)
        {
            candidate = wanted + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>A style's definition for comparison: names, attributes in order of name, text; revision ids left out.</summary>
    private static string Canonical(XElement element)
    {
        var builder = new StringBuilder();
        Write(element);
        return builder.ToString();

        void Write(XElement e)
        {
            builder.Append('<').Append(e.Name.ToString());
            foreach (var attribute in e.Attributes().Where(a => !a.IsNamespaceDeclaration && !a.Name.LocalName.StartsWith("rsid", StringComparison.Ordinal)).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal))
            {
                builder.Append(' ').Append(attribute.Name.ToString()).Append("=\"").Append(attribute.Value).Append('"');
            }

            builder.Append('>');
            foreach (var node in e.Nodes())
            {
                if (node is XElement child && child.Name != W + "rsid")
                {
                    Write(child);
                }
                else if (node is XText text)
                {
                    builder.Append(text.Value.Trim());
                }
            }

            builder.Append("</>");
        }
    }

    // ---- numbering ---------------------------------------------------------------------------------------------

    private XElement HostNumbering()
    {
        if (_numbering is null)
        {
            (_numberingPart, _numbering) = HostPart(_hostParts.Numbering, "numbering", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");

            var root = _numbering.Root!;
            _nextAbstractNum = root.Elements(W + "abstractNum").Select(a => IntOf(a.Attribute(W + "abstractNumId"))).DefaultIfEmpty(-1).Max() + 1;
            _nextNum = root.Elements(W + "num").Select(n => IntOf(n.Attribute(W + "numId"))).DefaultIfEmpty(0).Max() + 1;
        }

        return _numbering.Root!;
    }

    private string MapNum(LoadedBlock block, string numId)
    {
        if (numId == "0")
        {
            return numId;
        }

        if (block.NumMap.TryGetValue(numId, out var mapped))
        {
            return mapped;
        }

        var own = block.Num(numId);
        if (own is null)
        {
            return block.NumMap[numId] = "0"; // a list the block does not define: no numbering, as Word shows it
        }

        var numbering = HostNumbering();
        var abstractId = MapAbstractNum(block, (string?)own.Element(W + "abstractNumId")?.Attribute(W + "val") ?? string.Empty);
        var newId = (_nextNum++).ToString(CultureInfo.InvariantCulture);
        block.NumMap[numId] = newId;
        var copy = new XElement(own);
        copy.SetAttributeValue(W + "numId", newId);
        copy.Element(W + "abstractNumId")?.SetAttributeValue(W + "val", abstractId);
        foreach (var style in copy.Descendants(W + "pStyle"))
        {
            MapAttribute(style, W + "val", v => MapStyle(block, v));
        }

        copy.Descendants(W + "lvlPicBulletId").Remove();
        var lastNum = numbering.Elements(W + "num").LastOrDefault();
        if (lastNum is not null)
        {
            lastNum.AddAfterSelf(copy);
        }
        else if (numbering.Elements(W + "abstractNum").LastOrDefault() is { } lastAbstract)
        {
            lastAbstract.AddAfterSelf(copy);
        }
        else
        {
            AddAfterPictureBullets(numbering, copy);
        }

        return newId;
    }

    private string MapAbstractNum(LoadedBlock block, string abstractId)
    {
        if (block.AbstractNumMap.TryGetValue(abstractId, out var mapped))
        {
            return mapped;
        }

        var numbering = HostNumbering();
        var newId = (_nextAbstractNum++).ToString(CultureInfo.InvariantCulture);
        block.AbstractNumMap[abstractId] = newId;
        var own = block.AbstractNum(abstractId);
        if (own is null)
        {
            return newId;
        }

        var copy = new XElement(own);
        copy.SetAttributeValue(W + "abstractNumId", newId);

        // Word joins lists whose definitions share an nsid: a new one, derived from the block and the definition.
        var nsid = SHA256.HashData(Encoding.UTF8.GetBytes(block.Path + "\n" + abstractId));
        copy.Element(W + "nsid")?.SetAttributeValue(W + "val", Convert.ToHexString(nsid, 0, 4));
        copy.Descendants(W + "lvlPicBulletId").Remove(); // picture bullets stay in the block: a plain bullet is shown
        foreach (var style in copy.Descendants().Where(e => e.Name == W + "pStyle" || e.Name == W + "styleLink" || e.Name == W + "numStyleLink"))
        {
            MapAttribute(style, W + "val", v => MapStyle(block, v));
        }

        if (numbering.Elements(W + "abstractNum").LastOrDefault() is { } lastAbstract)
        {
            lastAbstract.AddAfterSelf(copy);
        }
        else
        {
            AddAfterPictureBullets(numbering, copy);
        }

        return newId;
    }

    private static void AddAfterPictureBullets(XElement numbering, XElement element)
    {
        if (numbering.Elements(W + "numPicBullet").LastOrDefault() is { } last)
        {
            last.AddAfterSelf(element);
        }
        else
        {
            numbering.AddFirst(element);
        }
    }

    private static int IntOf(XAttribute? attribute) =>
        int.TryParse(attribute?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    // ---- relationships and parts -------------------------------------------------------------------------------

    /// <summary>The new relationship id in <paramref name="hostPart"/> for the block's relationship <paramref name="id"/>; null to leave it.</summary>
    private string? CarryRelationship(LoadedBlock block, string id, string hostPart)
    {
        var key = hostPart + "\n" + id;
        if (block.RelationshipMap.TryGetValue(key, out var mapped))
        {
            return mapped;
        }

        var relationship = block.MainRelationships?.Root?.Elements(PackageRelationships + "Relationship").FirstOrDefault(r => (string?)r.Attribute("Id") == id);
        var type = (string?)relationship?.Attribute("Type") ?? string.Empty;
        if (relationship is null || DocumentLevel.Contains(type))
        {
            return null;
        }

        var external = string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
        var target = (string?)relationship.Attribute("Target") ?? string.Empty;
        if (!external)
        {
            if (CopyPart(block, WordParts.ResolveTarget(block.MainPart, target)) is not { } copied)
            {
                return null;
            }

            target = RelativeTarget(hostPart, copied);
        }

        var newId = AddRelationship(hostPart, type, target, external);
        block.RelationshipMap[key] = newId;
        return newId;
    }

    private string AddRelationship(string source, string type, string target, bool external)
    {
        if (!_relationships.TryGetValue(source, out var relationships))
        {
            relationships = WordParts.RelationshipsDocument(_host, source)
                ?? new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(PackageRelationships + "Relationships"));
            _relationships[source] = relationships;
        }

        var taken = relationships.Root!.Elements(PackageRelationships + "Relationship").Select(r => (string?)r.Attribute("Id")).ToHashSet(StringComparer.Ordinal);
        string id;
        do
        {
            id = "lbdInc" + (++_relationshipCounter).ToString(CultureInfo.InvariantCulture);
        }
        while (taken.Contains(id));

        var element = new XElement(PackageRelationships + "Relationship", new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", target));
        if (external)
        {
            element.Add(new XAttribute("TargetMode", "External"));
        }

        relationships.Root.Add(element);
        return id;
    }

    /// <summary>Copies a part of the block (and the parts it refers to) under a new name; the new part name, or null when the block lacks it.</summary>
    private string? CopyPart(LoadedBlock block, string blockPart)
    {
        if (block.PartMap.TryGetValue(blockPart, out var copied))
        {
            return copied;
        }

        if (block.Package.Find(blockPart) is not { } entry)
        {
            return null;
        }

        var slash = blockPart.LastIndexOf('/');
        var wanted = blockPart[..(slash + 1)] + "lbd-" + block.Slug + "-" + blockPart[(slash + 1)..];
        var name = wanted;
        for (var n = 2; _partNames.Contains(name); n++)
        {
            var dot = wanted.LastIndexOf('.');
            name = (dot > slash ? wanted[..dot] : wanted) + "-" + n.ToString(CultureInfo.InvariantCulture) + (dot > slash ? wanted[dot..] : string.Empty);
        }

        _partNames.Add(name);
        block.PartMap[blockPart] = name;
        _addedParts[name] = entry.Data; // still compressed as the block holds it
        AddContentType(block, blockPart, name);

        // The part's own relationships (a chart's workbook, a diagram's drawing…), their parts copied too.
        if (WordParts.RelationshipsDocument(block.Package, blockPart) is { } relationships)
        {
            foreach (var relationship in relationships.Root!.Elements(PackageRelationships + "Relationship"))
            {
                if (string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                    || (string?)relationship.Attribute("Target") is not { Length: > 0 } target)
                {
                    continue;
                }

                var inner = CopyPart(block, WordParts.ResolveTarget(blockPart, target));
                relationship.SetAttributeValue("Target", inner is null ? target : RelativeTarget(name, inner));
            }

            _relationships[name] = relationships;
            _partNames.Add(WordParts.RelationshipsOf(name));
        }

        return name;
    }

    private XElement HostContentTypes()
    {
        if (_contentTypes is null)
        {
            using var stream = _host.Find("[Content_Types].xml")!.Data.Open();
            _contentTypes = XDocument.Load(stream);
        }

        return _contentTypes.Root!;
    }

    private void AddContentType(LoadedBlock block, string blockPart, string hostPart)
    {
        var type = WordParts.ContentType(block.Package, blockPart);
        if (type is null)
        {
            return;
        }

        var types = HostContentTypes();
        var extension = hostPart[(hostPart.LastIndexOf('.') + 1)..];
        var byExtension = types.Elements(ContentTypes + "Default").FirstOrDefault(d => string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase));
        if (byExtension is not null && (string?)byExtension.Attribute("ContentType") == type)
        {
            return;
        }

        if (byExtension is null && !hostPart.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            types.AddFirst(new XElement(ContentTypes + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", type)));
            return;
        }

        types.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", hostPart), new XAttribute("ContentType", type)));
    }

    /// <summary>A styles or numbering part for a template that has none: the part, its relationship, its content type.</summary>
    /// <summary>The template's styles or numbering part, read once; a new empty one (and its relationship) when it has none.</summary>
    private (string Part, XDocument Xml) HostPart(string? existing, string name, string contentType) =>
        existing is { } part
            ? (part, PartReader.Load(_host.Find(part)!.Data, part, _limits))
            : (NewDocumentPart(name, "/word/" + name + ".xml", contentType),
                new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(W + name, new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName))));

    private string NewDocumentPart(string relationship, string wanted, string contentType)
    {
        var name = wanted;
        for (var n = 2; _partNames.Contains(name); n++)
        {
            name = wanted[..^4] + n.ToString(CultureInfo.InvariantCulture) + ".xml";
        }

        _partNames.Add(name);
        AddRelationship(_mainPart, RelationshipsBase + relationship, RelativeTarget(_mainPart, name), external: false);
        HostContentTypes().Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", name), new XAttribute("ContentType", contentType)));
        return name;
    }

    /// <summary>The path from <paramref name="source"/>'s folder to <paramref name="target"/>, as a relationship writes it.</summary>
    private static string RelativeTarget(string source, string target)
    {
        var from = source.Split('/', StringSplitOptions.RemoveEmptyEntries)[..^1];
        var to = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to[common..]));
    }

    // ---- ids ---------------------------------------------------------------------------------------------------

    /// <summary>Drawing ids (<c>wp:docPr/@id</c>) must be unique in the document: the block's follow the template's highest.</summary>
    private void RenumberDrawings(List<XElement> content)
    {
        var drawings = content.Where(e => e.Name == WordNames.DocProperties).ToList();
        if (drawings.Count == 0)
        {
            return;
        }

        if (_nextDrawingId < 0)
        {
            _nextDrawingId = HighestInTextParts(DrawingId()) + 1;
        }

        foreach (var drawing in drawings)
        {
            drawing.SetAttributeValue("id", (_nextDrawingId++).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Bookmark ids past the template's; a name already used gets a suffix; Word's own <c>_GoBack</c> is dropped.</summary>
    private void RenumberBookmarks(List<XElement> content)
    {
        var starts = content.Where(e => e.Name == WordNames.BookmarkStart).ToList();
        if (starts.Count == 0)
        {
            return;
        }

        if (_nextBookmarkId < 0)
        {
            _nextBookmarkId = HighestInTextParts(BookmarkId()) + 1;
            foreach (var (name, _) in _hostParts.TextParts)
            {
                foreach (Match match in BookmarkName().Matches(_host.ReadText(name) ?? string.Empty))
                {
                    _bookmarkNames.Add(match.Groups[1].Value);
                }
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            var oldId = (string?)start.Attribute(WordNames.Id) ?? string.Empty;
            var name = (string?)start.Attribute(WordNames.Name) ?? string.Empty;
            if (name == "_GoBack")
            {
                ids[oldId] = string.Empty;
                start.Remove();
                continue;
            }

            var unique = name;
            for (var n = 2; !_bookmarkNames.Add(unique); n++)
            {
                unique = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            }

            var newId = (_nextBookmarkId++).ToString(CultureInfo.InvariantCulture);
            ids[oldId] = newId;
            start.SetAttributeValue(WordNames.Id, newId);
            start.SetAttributeValue(WordNames.Name, unique);
        }

        foreach (var end in content.Where(e => e.Name == WordNames.BookmarkEnd).ToList())
        {
            if (ids.TryGetValue((string?)end.Attribute(WordNames.Id) ?? string.Empty, out var newId))
            {
                if (newId.Length == 0)
                {
                    end.Remove();
                }
                else
                {
                    end.SetAttributeValue(WordNames.Id, newId);
                }
            }
        }
    }

    /// <summary>The highest id the pattern finds in the template's text parts (read as text: parts of them are never built as trees).</summary>
    private long HighestInTextParts(Regex pattern)
    {
        var highest = 0L;
        foreach (var (name, _) in _hostParts.TextParts)
        {
            foreach (Match match in pattern.Matches(_host.ReadText(name) ?? string.Empty))
            {
                if (long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    highest = Math.Max(highest, value);
                }
            }
        }

        return highest;
    }

    [GeneratedRegex(@"<wp:docPr\b[^>]*?\sid=""(\d{1,9})""", RegexOptions.CultureInvariant)]
    private static partial Regex DrawingId();

    [GeneratedRegex(@"<w:bookmarkStart\b[^>]*?\sw:id=""(\d{1,9})""", RegexOptions.CultureInvariant)]
    private static partial Regex BookmarkId();

    [GeneratedRegex(@"<w:bookmarkStart\b[^>]*?\sw:name=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex BookmarkName();
}
