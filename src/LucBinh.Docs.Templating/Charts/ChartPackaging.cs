using System.Xml.Linq;
using LucBinh.Docs.Templating.Packaging;
using LucBinh.Docs.Templating.Rendering;
using static LucBinh.Docs.Templating.Charts.ChartNames;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// Puts a render's charts into the package. A chart rewritten in place replaces its part and its workbook's bytes.
/// A copy (a chart in a loop) gets its own chart part, workbook and copies of the parts the chart refers to (Word's
/// chart style and colours), a relationship from the text part under the id the drawing uses, and content types
/// (OPC, ECMA-376 Part 2).
/// </summary>
internal static class ChartPackaging
{
    /// <param name="package">The template's package (never modified).</param>
    /// <param name="session">The charts the render wrote.</param>
    /// <param name="texts">New XML by part name; may already hold rels and content types changed for images.</param>
    /// <param name="entries">New entry data by part name: replaces the template's entry of that name, or is added.</param>
    public static void AddToPackage(TemplatePackage package, ChartSession session, Dictionary<string, string> texts, Dictionary<string, EntryData> entries)
    {
        if (session.Outputs.Count == 0)
        {
            return;
        }

        foreach (var output in session.Outputs.Where(o => o.Copy == 0))
        {
            texts[output.Slot.Source.PartName] = output.Xml;
            entries[output.Slot.Source.EmbeddingName] = EntryData.Store(output.Workbook); // a zip already: stored as it is
        }

        var copies = session.Outputs.Where(o => o.Copy > 0).ToList();
        if (copies.Count == 0)
        {
            return;
        }

        var types = Load(package, texts, "/[Content_Types].xml")!;
        foreach (var part in copies.GroupBy(c => c.Slot.TextPart))
        {
            var textRels = RelsName(part.Key);
            var rels = Load(package, texts, textRels) ?? new XDocument(new XElement(Relationships + "Relationships"));
            foreach (var copy in part)
            {
                var original = rels.Root!.Elements(Relationships + "Relationship").First(r => (string?)r.Attribute("Id") == copy.Slot.RelationshipId);
                var chartName = Renamed(copy.Slot.Source.PartName, copy.Copy);
                rels.Root.Add(new XElement(Relationships + "Relationship",
                    new XAttribute("Id", copy.RelationshipId),
                    new XAttribute("Type", ChartRelationship),
                    new XAttribute("Target", Renamed((string)original.Attribute("Target")!, copy.Copy))));
                texts[chartName] = copy.Xml;
                CopyOverride(types, copy.Slot.Source.PartName, chartName);
                CopyChartRelationships(package, types, copy, chartName, texts, entries);
            }

            texts[textRels] = PartXml.Serialize(rels);
        }

        texts["/[Content_Types].xml"] = PartXml.Serialize(types);
    }

    /// <summary>The chart's own relationships, each target copied beside its original; the workbook is the copy's data.</summary>
    private static void CopyChartRelationships(TemplatePackage package, XDocument types, ChartOutput copy, string chartName, Dictionary<string, string> texts, Dictionary<string, EntryData> entries)
    {
        var source = copy.Slot.Source;
        var rels = Load(package, null, RelsName(source.PartName));
        if (rels is null)
        {
            return;
        }

        foreach (var relationship in rels.Root!.Elements(Relationships + "Relationship"))
        {
            if ((string?)relationship.Attribute("TargetMode") == "External" || (string?)relationship.Attribute("Target") is not { } target)
            {
                continue;
            }

            var targetName = Resolve(source.PartName, target);
            var newName = Renamed(targetName, copy.Copy);
            if (string.Equals(targetName, source.EmbeddingName, StringComparison.OrdinalIgnoreCase))
            {
                entries[newName] = EntryData.Store(copy.Workbook);
            }
            else if (package.Find(targetName) is { } entry)
            {
                entries[newName] = entry.Data; // the chart's style and colours, copied still compressed
            }
            else
            {
                continue;
            }

            relationship.SetAttributeValue("Target", Renamed(target, copy.Copy));
            CopyOverride(types, targetName, newName);
        }

        texts[RelsName(chartName)] = PartXml.Serialize(rels);
    }

    /// <summary>A part typed by an <c>Override</c> needs one for its copy; a part typed by its extension needs nothing.</summary>
    private static void CopyOverride(XDocument types, string originalName, string newName)
    {
        var original = types.Root!.Elements(ContentTypes + "Override")
            .FirstOrDefault(o => string.Equals((string?)o.Attribute("PartName"), originalName, StringComparison.OrdinalIgnoreCase));
        if (original is not null)
        {
            types.Root.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", newName), new XAttribute("ContentType", (string)original.Attribute("ContentType")!)));
        }
    }

    /// <summary><c>charts/chart1.xml</c>, copy 2 → <c>charts/lbd2-chart1.xml</c> (same folder, so relative targets stay right).</summary>
    private static string Renamed(string path, int copy)
    {
        var slash = path.LastIndexOf('/');
        return path[..(slash + 1)] + "lbd" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + path[(slash + 1)..];
    }

    private static string RelsName(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return partName[..(slash + 1)] + "_rels/" + partName[(slash + 1)..] + ".rels";
    }

    private static string Resolve(string partName, string target) =>
        target.StartsWith('/') ? target : Uri.UnescapeDataString(new Uri(new Uri("http://package" + partName), target).AbsolutePath);

    private static XDocument? Load(TemplatePackage package, Dictionary<string, string>? texts, string name)
    {
        if (texts is not null && texts.TryGetValue(name, out var xml))
        {
            return XDocument.Parse(xml);
        }

        return package.Find(name) is { } entry ? PartReader.Load(entry.Data) : null;
    }
}
