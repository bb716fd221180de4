using System.Xml;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// Finds a Word document's parts by following its relationships (OPC, ECMA-376 Part 2): the main document from the
/// package's relationships, then its headers, footers, footnotes, endnotes and numbering, in relationship order.
/// </summary>
internal sealed class WordParts
{
    private const string RelationshipsBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The content types of a main part that WordprocessingDocument.Open accepts: document, template, macro-enabled both.</summary>
    private static readonly HashSet<string> MainContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    private WordParts(List<(string Name, DocumentPart Kind)> textParts, string? numbering, string? styles = null)
    {
        TextParts = textParts;
        Numbering = numbering;
        Styles = styles;
    }

    /// <summary>The style definitions part, if any.</summary>
    public string? Styles { get; }

    /// <summary>Part names (<c>/word/document.xml</c>) of the parts holding text, the main document first.</summary>
    public IReadOnlyList<(string Name, DocumentPart Kind)> TextParts { get; }

    /// <summary>The numbering definitions part, if any.</summary>
    public string? Numbering { get; }

    /// <exception cref="InvalidDataException">Not a Word document.</exception>
    public static WordParts Find(TemplatePackage package)
    {
        var main = Targets(ReadRelationships(package, "/"), RelationshipsBase + "officeDocument").FirstOrDefault()
            ?? throw new InvalidDataException("The package has no main document part.");
        if (package.Find(main) is null || !MainContentTypes.Contains(ContentTypeOf(package, main) ?? string.Empty))
        {
            throw new InvalidDataException("The package's main part is not a Word document.");
        }

        var parts = new List<(string Name, DocumentPart Kind)> { (main, DocumentPart.Body) };
        var mainRelationships = ReadRelationships(package, main); // read once: it is asked for five types
        foreach (var (type, kind) in new[] { ("header", DocumentPart.Header), ("footer", DocumentPart.Footer), ("footnotes", DocumentPart.Footnotes), ("endnotes", DocumentPart.Endnotes) })
        {
            foreach (var target in Targets(mainRelationships, RelationshipsBase + type))
            {
                if (package.Find(target) is not null && !parts.Any(p => string.Equals(p.Name, target, StringComparison.OrdinalIgnoreCase)))
                {
                    parts.Add((target, kind));
                }
            }
        }

        var numbering = Targets(mainRelationships, RelationshipsBase + "numbering").FirstOrDefault(t => package.Find(t) is not null);
        var styles = Targets(mainRelationships, RelationshipsBase + "styles").FirstOrDefault(t => package.Find(t) is not null);
        return new WordParts(parts, numbering, styles);
    }

    /// <summary>The relationships part of a part: <c>/word/document.xml</c> → <c>/word/_rels/document.xml.rels</c>.</summary>
    public static string RelationshipsOf(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return partName[..(slash + 1)] + "_rels/" + partName[(slash + 1)..] + ".rels";
    }

    /// <summary>The type and part name of one internal relationship of a part, by its id; null when there is none.</summary>
    public static (string Type, string Target)? Relationship(TemplatePackage package, string source, string id)
    {
        if (package.Find(RelationshipsOf(source)) is not { } rels)
        {
            return null;
        }

        using var stream = rels.Data.Open();
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == Relationships
                && reader.GetAttribute("Id") == id
                && !string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                && reader.GetAttribute("Target") is { Length: > 0 } target)
            {
                return (reader.GetAttribute("Type") ?? string.Empty, Resolve(source, target));
            }
        }

        return null;
    }

    /// <summary>A part's relationships as a document (null when it has none), for the parts included blocks bring.</summary>
    public static System.Xml.Linq.XDocument? RelationshipsDocument(TemplatePackage package, string source)
    {
        if (package.Find(RelationshipsOf(source)) is not { } rels)
        {
            return null;
        }

        using var stream = rels.Data.Open();
        using var reader = XmlReader.Create(stream, Settings);
        return System.Xml.Linq.XDocument.Load(reader);
    }

    /// <summary>A relationship's target resolved against its source part (RFC 3986), as a part name.</summary>
    public static string ResolveTarget(string source, string target) => Resolve(source, target);

    /// <summary>The content type of a part, from the package's [Content_Types].xml (override, else by extension).</summary>
    public static string? ContentType(TemplatePackage package, string partName) => ContentTypeOf(package, partName);

    /// <summary>Internal targets of the relationships of one type, resolved to part names, in document order.</summary>
    private static IEnumerable<string> Targets(List<(string Type, string Target)> relationships, string type) =>
        relationships.Where(r => r.Type == type).Select(r => r.Target);

    /// <summary>A part's internal relationships (type, resolved target), in the order of its relationships part.</summary>
    private static List<(string Type, string Target)> ReadRelationships(TemplatePackage package, string source)
    {
        var result = new List<(string Type, string Target)>();
        if (package.Find(RelationshipsOf(source)) is not { } rels)
        {
            return result;
        }

        using var stream = rels.Data.Open(); // disposed here: an inflater left to the finalizer costs more than the read
        using var reader = XmlReader.Create(stream, Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == Relationships
                && !string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                && reader.GetAttribute("Target") is { Length: > 0 } target)
            {
                result.Add((reader.GetAttribute("Type") ?? string.Empty, Resolve(source, target)));
            }
        }

        return result;
    }

    /// <summary>A relative reference resolved against the source part's folder (RFC 3986), as a part name.</summary>
    private static string Resolve(string source, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var path = target.StartsWith('/') ? target : source[..(source.LastIndexOf('/') + 1)] + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(segment);
        }

        return "/" + string.Join('/', segments);
    }

    private static string? ContentTypeOf(TemplatePackage package, string partName)
    {
        if (package.Find("[Content_Types].xml") is not { } entry)
        {
            throw new InvalidDataException("The package has no [Content_Types].xml.");
        }

        using var stream = entry.Data.Open();
        using var reader = XmlReader.Create(stream, Settings);
        var extension = partName[(partName.LastIndexOf('.') + 1)..];
        string? byExtension = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypes)
            {
                continue;
            }

            if (reader.LocalName == "Override" && string.Equals(reader.GetAttribute("PartName"), partName, StringComparison.OrdinalIgnoreCase))
            {
                return reader.GetAttribute("ContentType");
            }

            if (reader.LocalName == "Default" && byExtension is null && string.Equals(reader.GetAttribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
            {
                byExtension = reader.GetAttribute("ContentType");
            }
        }

        return byExtension;
    }
}
