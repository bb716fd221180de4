using System.Text;
using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Layout;

/// <summary>
/// <c>{{ g.name | vmerge }}</c> in a table cell of a repeated row: where consecutive rows show the same value in that
/// column, their cells are merged vertically (Word's "Merge Cells", <c>w:vMerge</c>, ECMA-376 §17.4.85) and the value
/// shows once, as in a grouped table whose group name spans its items.
/// The filter leaves a processing instruction in the cell; after rendering they are turned into merges.
/// </summary>
internal static class VerticalMerge
{
    public const string PiTarget = "lbd-vmerge";

    /// <summary>tcPr children that precede w:vMerge in the schema's sequence.</summary>
    private static readonly HashSet<string> BeforeVMerge = ["cnfStyle", "tcW", "gridSpan", "hMerge"];

    public static string Marker(string value) =>
        "</w:t><?" + PiTarget + " " + Convert.ToHexString(Encoding.UTF8.GetBytes(value)) + "?><w:t xml:space=\"preserve\">";

    public static void Apply(XElement root)
    {
        var marks = root.DescendantNodes().OfType<XProcessingInstruction>().Where(p => p.Target == PiTarget).ToList();
        if (marks.Count == 0)
        {
            return;
        }

        var cells = new List<(XElement Row, int Column, string Key, XElement Cell)>();
        foreach (var mark in marks)
        {
            var cell = mark.Ancestors(WordNames.TableCell).FirstOrDefault();
            var row = cell?.Parent;
            if (cell is not null && row?.Name == WordNames.TableRow)
            {
                cells.Add((row, row.Elements(WordNames.TableCell).ToList().IndexOf(cell), mark.Data, cell));
            }

            mark.Remove();
        }

        foreach (var column in cells.GroupBy(c => (Table: c.Row.Parent, c.Column)))
        {
            var ordered = column.ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var previous = i > 0 ? ordered[i - 1] : default;
                var continues = i > 0 && previous.Key == ordered[i].Key && previous.Row.ElementsAfterSelf(WordNames.TableRow).FirstOrDefault() == ordered[i].Row;
                SetVMerge(ordered[i].Cell, continues ? null : "restart");
                if (continues)
                {
                    // Word shows only the first cell of a merge; the others keep one empty paragraph (§17.4.66).
                    var paragraph = ordered[i].Cell.Elements(WordNames.Paragraph).First();
                    foreach (var other in ordered[i].Cell.Elements(WordNames.Paragraph).Skip(1).ToList())
                    {
                        other.Remove();
                    }

                    paragraph.Elements().Where(e => e.Name != WordNames.W + "pPr").Remove();
                }
            }
        }
    }

    private static void SetVMerge(XElement cell, string? value)
    {
        var properties = cell.Element(WordNames.W + "tcPr");
        if (properties is null)
        {
            properties = new XElement(WordNames.W + "tcPr");
            cell.AddFirst(properties);
        }

        properties.Elements(WordNames.W + "vMerge").Remove();
        var merge = new XElement(WordNames.W + "vMerge", value is null ? null : new XAttribute(WordNames.W + "val", value));
        var anchor = properties.Elements().LastOrDefault(e => BeforeVMerge.Contains(e.Name.LocalName));
        if (anchor is null)
        {
            properties.AddFirst(merge);
        }
        else
        {
            anchor.AddAfterSelf(merge);
        }
    }
}
