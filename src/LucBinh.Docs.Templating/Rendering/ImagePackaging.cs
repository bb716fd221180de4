using System.Globalization;
using System.Xml.Linq;
using LucBinh.Docs.Templating.Packaging;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Puts the images a render placed into the package: a media part each, a relationship from the part that shows it,
/// a content type for its extension (OPC, ECMA-376 Part 2), and the picture fitted into its placeholder's box.
/// </summary>
internal static class ImagePackaging
{
    private const string ImageRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Shrinks or grows each placed picture to fit its placeholder's box, keeping the image's proportions.</summary>
    public static void FitPictures(XDocument document, string partName, RenderSession session)
    {
        var placed = session.Images.Where(i => i.Part == partName).ToDictionary(i => i.RelationshipId, i => i.Image, StringComparer.Ordinal);
        if (placed.Count == 0)
        {
            return;
        }

        foreach (var blip in document.Descendants(A + "blip"))
        {
            if ((string?)blip.Attribute(R + "embed") is not { } id || !placed.TryGetValue(id, out var image))
            {
                continue;
            }

            var holder = blip.Ancestors().FirstOrDefault(e => e.Name == WordNames.Wp + "inline" || e.Name == WordNames.Wp + "anchor");
            var extent = holder?.Element(WordNames.Wp + "extent");
            if (extent is null || !long.TryParse((string?)extent.Attribute("cx"), out var boxWidth) || !long.TryParse((string?)extent.Attribute("cy"), out var boxHeight))
            {
                continue;
            }

            var scale = Math.Min((double)boxWidth / image.Width, (double)boxHeight / image.Height);
            var width = Math.Max(1L, (long)(image.Width * scale)).ToString(CultureInfo.InvariantCulture);
            var height = Math.Max(1L, (long)(image.Height * scale)).ToString(CultureInfo.InvariantCulture);
            extent.SetAttributeValue("cx", width);
            extent.SetAttributeValue("cy", height);
            foreach (var ext in holder!.Descendants(A + "xfrm").Elements(A + "ext"))
            {
                ext.SetAttributeValue("cx", width);
                ext.SetAttributeValue("cy", height);
            }
        }
    }

    /// <summary>Adds media parts, relationships and content types for the session's images.</summary>
    public static void AddToPackage(TemplatePackage package, RenderSession session, Dictionary<string, string> replacements, Dictionary<string, byte[]> additions)
    {
        if (session.Images.Count == 0)
        {
            return;
        }

        var types = Load(package, "[Content_Types].xml")!;
        var counter = 0;
        foreach (var part in session.Images.GroupBy(i => i.Part))
        {
            var folder = part.Key.TrimStart('/')[..(part.Key.TrimStart('/').LastIndexOf('/') + 1)];
            var relsName = folder + "_rels/" + part.Key[(part.Key.LastIndexOf('/') + 1)..] + ".rels";
            var rels = Load(package, relsName) ?? new XDocument(new XElement(Relationships + "Relationships"));
            foreach (var (_, id, image) in part)
            {
                var media = "media/lbd-image-" + (++counter).ToString(CultureInfo.InvariantCulture) + "." + image.Extension;
                additions[folder + media] = image.Bytes;
                rels.Root!.Add(new XElement(Relationships + "Relationship", new XAttribute("Id", id), new XAttribute("Type", ImageRelationship), new XAttribute("Target", media)));
                if (!types.Root!.Elements(ContentTypes + "Default").Any(d => string.Equals((string?)d.Attribute("Extension"), image.Extension, StringComparison.OrdinalIgnoreCase)))
                {
                    types.Root.AddFirst(new XElement(ContentTypes + "Default", new XAttribute("Extension", image.Extension), new XAttribute("ContentType", image.ContentType)));
                }
            }

            replacements["/" + relsName] = Declared(rels);
        }

        replacements["/[Content_Types].xml"] = Declared(types);
    }

    private static XDocument? Load(TemplatePackage package, string name)
    {
        var entry = package.Find(name);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Data.Open();
        return XDocument.Load(stream);
    }

    private static string Declared(XDocument document) => PartXml.Serialize(document);
}
