using System.Text.RegularExpressions;
using System.Xml.Linq;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Includes;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Layout;

/// <summary>
/// Finds pictures whose alternative text or title is a tag (<c>{{ logo }}</c>) and turns their image reference into an
/// output tag, so rendering puts the data's image in the placeholder's place and size.
/// </summary>
internal static partial class ImageSlots
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Find(XElement root, string partName, List<TemplateTag> tags, ParagraphLocator locator)
    {
        foreach (var properties in root.Descendants(WordNames.DocProperties).ToList())
        {
            var attribute = new[] { properties.Attribute("descr"), properties.Attribute("title") }
                .FirstOrDefault(a => a is not null && OutputTag().IsMatch(a.Value));
            var drawing = properties.Ancestors(WordNames.Drawing).FirstOrDefault();
            var blip = drawing?.Descendants(A + "blip").FirstOrDefault();
            var embed = blip?.Attribute(R + "embed");
            var paragraph = drawing?.Ancestors(WordNames.Paragraph).FirstOrDefault();
            if (attribute is null || embed is null || paragraph is null)
            {
                continue;
            }

            var expression = OutputTag().Match(attribute.Value).Groups[1].Value.Trim();
            var source = TagText.Straighten("{{ " + expression + " | " + ImageFilters.FilterName + ": \"" + partName + "\", \"" + embed.Value + "\" }}");
            var tag = new TemplateTag
            {
                Index = tags.Count,
                Kind = TagKind.Output,
                Name = string.Empty,
                Source = source,
                Typed = attribute.Value,
                Paragraph = paragraph,
                Location = locator.Locate(paragraph).WithTag(attribute.Value),
            };
            tags.Add(tag);
            embed.Value = tag.Marker;
            attribute.Value = expression; // the alternative text a reader hears: the field's name, not a tag
        }
    }

    [GeneratedRegex(@"^\s*\{\{(.+)\}\}\s*$", RegexOptions.Singleline)]
    private static partial Regex OutputTag();
}
