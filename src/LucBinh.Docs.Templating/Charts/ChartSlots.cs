using System.Text.RegularExpressions;
using System.Xml.Linq;
using Fluid;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Includes;
using LucBinh.Docs.Templating.Layout;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Charts;

/// <summary>
/// Finds charts whose alternative text or title is a chart tag, <c>{{ tuyen_truyen | chart: category: "thon", values:
/// "so_nguoi" }}</c>, and turns their chart reference (<c>c:chart/@r:id</c>) into an output tag, as
/// <see cref="ImageSlots"/> does for pictures: rendering writes the chart's data and puts the chart's id there.
/// </summary>
internal static partial class ChartSlots
{
    private static readonly HashSet<string> ArgumentNames = new(StringComparer.Ordinal) { "category", "values", "names" };

    public static void Find(XElement root, string partName, List<TemplateTag> tags, ParagraphLocator locator, ChartScope? scope, List<Diagnostic> diagnostics)
    {
        foreach (var properties in root.Descendants(WordNames.DocProperties).ToList())
        {
            var attribute = new[] { properties.Attribute("descr"), properties.Attribute("title") }
                .FirstOrDefault(a => a is not null && OutputTag().IsMatch(a.Value));
            var drawing = properties.Ancestors(WordNames.Drawing).FirstOrDefault();
            var graphicData = drawing?.Descendants(ChartNames.A + "graphicData").FirstOrDefault();
            var uri = (string?)graphicData?.Attribute("uri");
            var paragraph = drawing?.Ancestors(WordNames.Paragraph).FirstOrDefault();
            if (attribute is null || paragraph is null || uri is not (ChartNames.ChartUri or ChartNames.ChartExUri))
            {
                continue;
            }

            var location = locator.Locate(paragraph).WithTag(attribute.Value).WithoutEmptyExcerpt();

            var chartName = (string?)properties.Attribute("name") ?? string.Empty;
            var reference = graphicData!.Element(ChartNames.C + "chart")?.Attribute(ChartNames.R + "id");
            if (uri == ChartNames.ChartExUri || reference is null)
            {
                diagnostics.Add(TemplateDiagnostics.Error("TPL018", location, chartName, "chartex"));
                continue;
            }

            var expression = TagText.Straighten(OutputTag().Match(attribute.Value).Groups[1].Value.Trim());
            if (!TrySplit(expression, out var list, out var arguments))
            {
                diagnostics.Add(TemplateDiagnostics.Error("TPL017", location, chartName, attribute.Value));
                continue;
            }

            // Parsed as the author typed it (Liquid does not check filter names while parsing), so the error's position
            // and text are the author's, not those of the compiled form.
            if (!LiquidEnvironment.Parser.TryParse("{{ " + expression + " }}", out _, out var error))
            {
                var message = (error ?? "?").ReplaceLineEndings(" ");
                var echo = message.IndexOf(" Source:", StringComparison.Ordinal);
                diagnostics.Add(TemplateDiagnostics.Error("TPL010", location, attribute.Value, echo > 0 ? message[..echo] : message));
                continue;
            }

            if (scope is null)
            {
                continue;
            }

            var (source, code, detail) = ChartCatalog.Read(scope.Package, scope.PartName, reference.Value);
            if (source is null)
            {
                diagnostics.Add(TemplateDiagnostics.Error(code!, location, chartName, detail));
                continue;
            }

            var slot = scope.Catalog.Add(partName, reference.Value, source, location, chartName, list);
            var tag = new TemplateTag
            {
                Index = tags.Count,
                Kind = TagKind.Output,
                Name = string.Empty,
                Source = "{{ " + list + " | " + ChartFilter.FilterName + ": " + slot.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + arguments + " }}",
                Typed = attribute.Value,
                Paragraph = paragraph,
                Location = location,
            };
            tags.Add(tag);
            reference.Value = tag.Marker;
            attribute.Value = list; // the alternative text a reader hears: what the chart shows, not a tag
        }
    }

    /// <summary>
    /// Splits <c>list | where: "a", 1 | chart: category: "x", values: "y"</c> at its last filter, which must be
    /// <c>chart</c> with named arguments among category, values (required) and names.
    /// </summary>
    internal static bool TrySplit(string expression, out string list, out string arguments)
    {
        list = arguments = string.Empty;
        var blanked = StringLiteral().Replace(expression, m => new string('"', m.Length));
        var matches = ChartFilterCall().Matches(blanked);
        if (matches.Count == 0)
        {
            return false;
        }

        var call = matches[^1];
        list = expression[..call.Index].Trim();
        arguments = expression[(call.Index + call.Length)..].Trim();
        var names = ArgumentName().Matches(blanked[(call.Index + call.Length)..]).Select(m => m.Groups[1].Value).ToList();
        return list.Length > 0 && names.Contains("values") && names.All(ArgumentNames.Contains)
            && !blanked[(call.Index + call.Length)..].Contains('|', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*\{\{(.+)\}\}\s*$", RegexOptions.Singleline)]
    private static partial Regex OutputTag();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\|\s*chart\s*:")]
    private static partial Regex ChartFilterCall();

    [GeneratedRegex(@"(?:^|,)\s*([A-Za-z_][A-Za-z0-9_]*)\s*:")]
    private static partial Regex ArgumentName();
}
