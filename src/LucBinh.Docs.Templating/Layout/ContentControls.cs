using System.Text.RegularExpressions;
using System.Xml.Linq;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Templating.Layout;

/// <summary>
/// Word content controls as Power Automate's "Populate a Microsoft Word template" uses them, turned into tags before
/// lexing, so such a template works unchanged:
/// <list type="bullet">
/// <item>a plain-text, rich-text, date or drop-down control whose tag (else title) names a field receives its value;</item>
/// <item>a repeating-section control named after a list repeats its item once per row, the controls inside it naming
/// the row's fields.</item>
/// </list>
/// A control that already holds Liquid tags is left to them.
/// </summary>
internal static partial class ContentControls
{
    private const string ItemVariable = "muc";

    private static readonly XName Sdt = WordNames.W + "sdt";
    private static readonly XName SdtPr = WordNames.W + "sdtPr";
    private static readonly XName SdtContent = WordNames.W + "sdtContent";

    public static void Convert(XElement root)
    {
        foreach (var control in root.Descendants(Sdt).Where(IsOutermostOrInSection).ToList())
        {
            ConvertControl(control, prefix: null);
        }
    }

    private static bool IsOutermostOrInSection(XElement control) =>
        !control.Ancestors(Sdt).Any();

    private static void ConvertControl(XElement control, string? prefix)
    {
        var properties = control.Element(SdtPr);
        var content = control.Element(SdtContent);
        if (properties is null || content is null)
        {
            return;
        }

        if (HasChild(properties, "repeatingSection"))
        {
            ConvertRepeatingSection(control, properties, content, prefix);
            return;
        }

        if (HasChild(properties, "repeatingSectionItem"))
        {
            foreach (var inner in content.Descendants(Sdt).Where(s => s.Ancestors(Sdt).First() == control).ToList())
            {
                ConvertControl(inner, prefix);
            }

            return;
        }

        if (HasChild(properties, "picture") || HasChild(properties, "checkbox") || HasChild(properties, "docPartObj")
            || HasChild(properties, "citation") || HasChild(properties, "bibliography") || HasChild(properties, "group"))
        {
            return;
        }

        var name = FieldName(properties);
        if (name is null || ContainsLiquid(content))
        {
            foreach (var inner in content.Descendants(Sdt).Where(s => s.Ancestors(Sdt).First() == control).ToList())
            {
                ConvertControl(inner, prefix);
            }

            return;
        }

        var expression = prefix is null ? name : prefix + "." + name;
        if (HasChild(properties, "date"))
        {
            expression += " | vi_date: \"short\""; // a date picker shows a date, not the value's ISO form
        }

        if (WriteIntoFirstRun(content, "{{ " + expression + " }}"))
        {
            properties.Elements(WordNames.W + "showingPlcHdr").Remove();
        }
    }

    private static void ConvertRepeatingSection(XElement control, XElement properties, XElement content, string? prefix)
    {
        var name = FieldName(properties);
        var items = content.Elements(Sdt).Where(s => s.Element(SdtPr) is { } p && HasChild(p, "repeatingSectionItem")).ToList();
        if (name is null || items.Count == 0)
        {
            return;
        }

        // Keep one item as the pattern; Word writes one per row the author typed.
        foreach (var extra in items.Skip(1))
        {
            extra.Remove();
        }

        var item = items[0];
        var list = prefix is null ? name : prefix + "." + name;
        var itemContent = item.Element(SdtContent);
        if (itemContent is null)
        {
            return;
        }

        foreach (var inner in itemContent.Descendants(Sdt).Where(s => s.Ancestors(Sdt).First() == item).ToList())
        {
            ConvertControl(inner, ItemVariable);
        }

        var open = "{% for " + ItemVariable + " in " + list + " %}";
        const string close = "{% endfor %}";
        var rows = itemContent.Elements(WordNames.TableRow).ToList();
        if (rows.Count > 0)
        {
            // Rows: the tags go into the first and last cells, so the rows between them repeat.
            PrependText(rows[0].Descendants(WordNames.Paragraph).First(), open);
            AppendText(rows[^1].Descendants(WordNames.Paragraph).Last(), close);
        }
        else
        {
            // Paragraphs: a line of its own before and after the item; those lines disappear when rendered.
            item.AddBeforeSelf(TagParagraph(open));
            item.AddAfterSelf(TagParagraph(close));
        }

        properties.Elements(WordNames.W + "showingPlcHdr").Remove();
    }

    /// <summary>The field a control names: its tag, else its title, as written when it is a valid name, else folded.</summary>
    private static string? FieldName(XElement properties)
    {
        var raw = (string?)properties.Element(WordNames.W + "tag")?.Attribute(WordNames.W + "val")
                  ?? (string?)properties.Element(WordNames.W + "alias")?.Attribute(WordNames.W + "val");
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        raw = raw.Trim();
        if (Identifier().IsMatch(raw))
        {
            return raw;
        }

        var folded = NameFolding.ToKey(raw);
        return folded.Length == 0 ? null : char.IsDigit(folded[0]) ? "_" + folded : folded;
    }

    private static bool WriteIntoFirstRun(XElement content, string tag)
    {
        var runs = content.Descendants(WordNames.Run).ToList();
        if (runs.Count == 0)
        {
            var paragraph = content.Descendants(WordNames.Paragraph).FirstOrDefault();
            var run = new XElement(WordNames.Run, new XElement(WordNames.Text, tag));
            if (paragraph is not null)
            {
                paragraph.Add(run);
            }
            else if (content.Parent?.Parent?.Name == WordNames.Paragraph || content.Parent?.Parent?.Name == WordNames.W + "hyperlink")
            {
                content.Add(run);
            }
            else
            {
                return false;
            }

            return true;
        }

        var first = runs[0];
        first.Element(WordNames.W + "rPr")?.Elements(WordNames.W + "rStyle")
            .Where(s => ((string?)s.Attribute(WordNames.W + "val"))?.Contains("Placeholder", StringComparison.OrdinalIgnoreCase) == true)
            .Remove();
        foreach (var text in content.Descendants(WordNames.Text).ToList())
        {
            text.Remove();
        }

        first.Add(new XElement(WordNames.Text, new XAttribute(WordNames.XmlSpace, "preserve"), tag));

        // A block control keeps its first paragraph only: the value replaces the whole placeholder.
        var paragraphs = content.Elements(WordNames.Paragraph).ToList();
        foreach (var extra in paragraphs.Skip(1))
        {
            extra.Remove();
        }

        return true;
    }

    private static void PrependText(XElement paragraph, string text)
    {
        var first = paragraph.Elements().FirstOrDefault(e => e.Name != WordNames.W + "pPr");
        if (first is null)
        {
            paragraph.Add(TagRun(text));
        }
        else
        {
            first.AddBeforeSelf(TagRun(text));
        }
    }

    private static void AppendText(XElement paragraph, string text) => paragraph.Add(TagRun(text));

    private static XElement TagRun(string text) =>
        new(WordNames.Run, new XElement(WordNames.Text, new XAttribute(WordNames.XmlSpace, "preserve"), text));

    private static XElement TagParagraph(string text) => new(WordNames.Paragraph, TagRun(text));

    private static bool HasChild(XElement properties, string localName) =>
        properties.Elements().Any(e => e.Name.LocalName == localName);

    private static bool ContainsLiquid(XElement content)
    {
        var text = string.Concat(content.Descendants(WordNames.Text).Select(t => t.Value));
        return text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex Identifier();
}
