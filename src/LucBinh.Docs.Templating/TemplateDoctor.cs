using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Layout;
using LucBinh.Docs.Templating.Packaging;
using LucBinh.Docs.Templating.Rendering;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating;

/// <summary>
/// The template doctor (<c>lucbinh-docs check --fix</c>): rewrites a template so that each tag Word split over several
/// runs sits whole in one run, smart quotes inside tags become straight quotes, and duplicate drawing ids are
/// renumbered. It reports each change; the caller writes the result to a new file and keeps the original.
/// </summary>
public static class TemplateDoctor
{
    public sealed record Result(byte[] Document, IReadOnlyList<Diagnostic> Changes);

    /// <summary>Repairs a template whose include tags (if any) are refused: only its own parts are read and repaired.</summary>
    public static Result Repair(byte[] content, string name) => Repair(content, name, new TemplateLoadOptions());

    /// <summary>Repairs a template; <paramref name="options"/> says where its blocks are (they are read, never repaired).</summary>
    public static Result Repair(byte[] content, string name, TemplateLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        _ = DocxTemplate.Load(content, name, options); // same messages as check for files that are not templates
        var changes = new List<Diagnostic>();
        var replacements = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var package = TemplatePackage.Read(content);
        foreach (var (partName, kind) in WordParts.Find(package).TextParts)
        {
            var xml = PartReader.Load(package.Find(partName)!.Data);
            if (RepairPart(xml, kind, changes))
            {
                replacements[partName] = PartXml.Serialize(xml);
            }
        }

        return new Result(replacements.Count == 0 ? content : PackageWriter.Replace(package, replacements), changes);
    }

    private static bool RepairPart(XDocument xml, DocumentPart kind, List<Diagnostic> changes)
    {
        var root = xml.Root!;
        var tags = new List<TemplateTag>();
        var lexer = new ParagraphLexer(tags, []);
        var locator = new ParagraphLocator(kind, root);
        var number = 0;
        foreach (var paragraph in root.Descendants(WordNames.Paragraph).ToList())
        {
            var paragraphNumber = ++number;
            lexer.Lex(paragraph, () => locator.Locate(paragraph, paragraphNumber));
        }

        var changed = false;
        foreach (var tag in tags)
        {
            if (tag.TextElement is { } text)
            {
                text.Value = text.Value.Replace(tag.Marker, tag.Source, StringComparison.Ordinal);
            }

            if (tag.SpannedTextElements > 1)
            {
                changes.Add(TemplateDiagnostics.Warning("TPL101", tag.Location, tag.Source, tag.SpannedTextElements));
                changed = true;
            }

            if (tag.Typed != tag.Source)
            {
                changes.Add(TemplateDiagnostics.Warning("TPL102", tag.Location, tag.Typed));
                changed = true;
            }
        }

        var drawingIds = root.Descendants(WordNames.DocProperties).Select(d => (string?)d.Attribute("id")).ToList();
        if (drawingIds.Count != drawingIds.Distinct().Count())
        {
            OutputFixups.Apply(root);
            changes.Add(TemplateDiagnostics.Warning("TPL103", new DocumentLocation(kind, 0), drawingIds.Count - drawingIds.Distinct().Count()));
            changed = true;
        }

        return changed;
    }
}
