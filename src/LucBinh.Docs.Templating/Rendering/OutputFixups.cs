using System.Globalization;
using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Repairs what repeating and removing content can break in WordprocessingML, so Word never asks to repair the file:
/// a table cell must end with a paragraph (§17.4.66), a table needs a row, and drawing ids (<c>wp:docPr/@id</c>) and
/// bookmark ids must stay unique after a loop copied them.
/// </summary>
internal static class OutputFixups
{
    public static void Apply(XElement root)
    {
        Layout.VerticalMerge.Apply(root);
        foreach (var table in root.Descendants(WordNames.Table).Where(t => !t.Descendants(WordNames.TableRow).Any()).ToList())
        {
            table.Remove();
        }

        foreach (var cell in root.Descendants(WordNames.TableCell))
        {
            var last = cell.Elements().LastOrDefault(e => e.Name != WordNames.W + "tcPr");
            if (last is null || last.Name != WordNames.Paragraph)
            {
                cell.Add(new XElement(WordNames.Paragraph));
            }
        }

        MakeUnique(root.Descendants(WordNames.DocProperties), "id");
        RenumberBookmarks(root);
    }

    private static void MakeUnique(IEnumerable<XElement> elements, string attribute)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = elements.ToList();
        var next = list.Count == 0 ? 1 : list.Max(e => int.TryParse((string?)e.Attribute(attribute), out var v) ? v : 0) + 1;
        foreach (var element in list)
        {
            var value = (string?)element.Attribute(attribute) ?? string.Empty;
            if (!seen.Add(value))
            {
                element.SetAttributeValue(attribute, (next++).ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>A loop copies <c>w:bookmarkStart</c>/<c>w:bookmarkEnd</c> pairs: give each copy its own id and name.</summary>
    private static void RenumberBookmarks(XElement root)
    {
        var starts = root.Descendants(WordNames.BookmarkStart).ToList();
        if (starts.Count == 0 || starts.Select(s => (string?)s.Attribute(WordNames.Id)).Distinct().Count() == starts.Count)
        {
            return;
        }

        var ends = root.Descendants(WordNames.BookmarkEnd).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pendingEnds = new Dictionary<string, Queue<XElement>>(StringComparer.Ordinal);
        foreach (var end in ends)
        {
            var id = (string?)end.Attribute(WordNames.Id) ?? string.Empty;
            if (!pendingEnds.TryGetValue(id, out var queue))
            {
                pendingEnds[id] = queue = new Queue<XElement>();
            }

            queue.Enqueue(end);
        }

        var next = 0;
        foreach (var start in starts)
        {
            var oldId = (string?)start.Attribute(WordNames.Id) ?? string.Empty;
            var newId = (next++).ToString(CultureInfo.InvariantCulture);
            start.SetAttributeValue(WordNames.Id, newId);
            var name = (string?)start.Attribute(WordNames.Name) ?? "_bm";
            var unique = name;
            for (var copy = 2; !names.Add(unique); copy++)
            {
                unique = name + "_" + copy.ToString(CultureInfo.InvariantCulture);
            }

            start.SetAttributeValue(WordNames.Name, unique);
            if (pendingEnds.TryGetValue(oldId, out var queue) && queue.Count > 0)
            {
                queue.Dequeue().SetAttributeValue(WordNames.Id, newId);
            }
        }
    }
}
