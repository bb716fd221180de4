using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Layout;
using LucBinh.Docs.Templating.Packaging;

namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// Expands the include tags of a template's text parts before they are compiled (issue 13): each paragraph holding only
/// <c>{% include "path.docx" %}</c> is followed by a copy of the block's body, which is then compiled as part of the
/// template (its tags filled from the same data); the paragraph itself disappears like a line holding only
/// <c>{% assign %}</c>. Blocks may include blocks. Every block is measured by <see cref="TemplateLimits"/> before it
/// is parsed; paths, cycles, depth and the number of includes are checked; every problem names the block and where it
/// was included (<see cref="IncludedLocation"/>).
/// </summary>
internal sealed partial class IncludeExpander
{
    private readonly TemplatePackage _package;
    private readonly WordParts _parts;
    private readonly string _templateName;
    private readonly string _templatePath;
    private readonly ITemplateIncludes? _includes;
    private readonly TemplateLimits _limits;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, LoadedBlock?> _blocks = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _warnedNotes = new(StringComparer.OrdinalIgnoreCase);
    private BlockMerger? _merger;
    private int _count;
    private long _blockBytes;
    private long _elements;

    private IncludeExpander(TemplatePackage package, WordParts parts, string templateName, TemplateLoadOptions options, List<Diagnostic> diagnostics)
    {
        _package = package;
        _parts = parts;
        _templateName = Path.GetFileName(templateName.Replace('\\', '/').TrimEnd('/')) is { Length: > 0 } file ? file : templateName;
        _templatePath = options.TemplatePath is { Length: > 0 } path ? path.Replace('\\', '/').TrimStart('/') : _templateName;
        _includes = options.Includes;
        _limits = options.Limits;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Expands the include tags of <paramref name="parts"/>' trees in place. Returns the package with what the blocks
    /// brought (styles, lists, pictures…), or null when no block was included (the template's package is used as it is).
    /// </summary>
    public static TemplatePackage? Expand(
        TemplatePackage package, WordParts parts, IReadOnlyList<(string Name, DocumentPart Kind, XDocument? Xml)> texts, string templateName, TemplateLoadOptions options, List<Diagnostic> diagnostics)
    {
        IncludeExpander? expander = null;
        foreach (var (name, kind, xml) in texts)
        {
            if (xml?.Root is not { } root || !MayInclude(root))
            {
                continue; // the usual case: one look at the paragraphs that hold a tag
            }

            expander ??= new IncludeExpander(package, parts, templateName, options, diagnostics);
            var locator = new ParagraphLocator(kind, root);
            foreach (var paragraph in Sites(root.Descendants(WordNames.Paragraph)))
            {
                expander.Include(paragraph, name, locator, expander._templatePath, [expander._templatePath], 1);
            }
        }

        return expander?._merger is { Changed: true } merger ? merger.Build() : null;
    }

    /// <summary>Whether a paragraph of the part mentions an include tag (each paragraph holding a brace is read once).</summary>
    private static bool MayInclude(XElement root)
    {
        XElement? checkedParagraph = null;
        foreach (var text in root.Descendants(WordNames.Text))
        {
            if (!text.Value.Contains('{', StringComparison.Ordinal) || text.Ancestors(WordNames.Paragraph).FirstOrDefault() is not { } paragraph
                || paragraph == checkedParagraph)
            {
                continue;
            }

            checkedParagraph = paragraph;
            if (IncludeTag.Mentions(IncludeTag.TextOf(paragraph)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The paragraphs holding only an include tag, in document order, outside <c>raw</c> and <c>comment</c> blocks.</summary>
    private static List<XElement> Sites(IEnumerable<XElement> paragraphs)
    {
        var sites = new List<XElement>();
        string? verbatimEnd = null;
        foreach (var paragraph in paragraphs.ToList())
        {
            var text = IncludeTag.TextOf(paragraph);
            if (!text.Contains("{%", StringComparison.Ordinal))
            {
                continue;
            }

            if (verbatimEnd is null && IncludeTag.TryParse(text, out _))
            {
                sites.Add(paragraph);
                continue;
            }

            foreach (Match match in VerbatimTag().Matches(text))
            {
                var name = match.Groups[1].Value;
                verbatimEnd = verbatimEnd is null ? name switch { "raw" => "endraw", "comment" => "endcomment", _ => null }
                    : name == verbatimEnd ? null : verbatimEnd;
            }
        }

        return sites;
    }

    /// <summary>Expands one include tag, then the blocks its block includes.</summary>
    /// <param name="paragraph">The paragraph holding only the tag.</param>
    /// <param name="hostPart">The template's part the content goes into.</param>
    /// <param name="locator">Places paragraphs of that part (blocks' paragraphs by their own numbers).</param>
    /// <param name="includingPath">The path, from the root, of the document holding the tag.</param>
    /// <param name="chain">The documents from the template down to the one holding the tag.</param>
    /// <param name="depth">1 for the template's own include tags.</param>
    private void Include(XElement paragraph, string hostPart, ParagraphLocator locator, string includingPath, List<string> chain, int depth)
    {
        paragraph.AddAnnotation(HandledInclude.Instance);
        if (!IncludeTag.TryParse(IncludeTag.TextOf(paragraph), out var written))
        {
            return; // only paragraphs that parse are sites
        }

        var tag = IncludeTag.TextOf(paragraph).Trim();
        var site = locator.Locate(paragraph) is IncludedLocation { Place: { } within } included
            ? included with { Place = within with { Tag = tag } }
            : new IncludedLocation(_templateName, (locator.Locate(paragraph) as DocumentLocation)! with { Tag = tag });

        if (_includes is null)
        {
            Report("TPL047", site, written);
            return;
        }

        var resolution = IncludePath.Resolve(includingPath, written);
        if (resolution.Path is null)
        {
            Report("TPL042", site, written);
            return;
        }

        if (resolution.NotDocx)
        {
            Report("TPL043", site, resolution.Path);
            return;
        }

        var path = resolution.Path;
        if (chain.Contains(path, StringComparer.OrdinalIgnoreCase))
        {
            Report("TPL044", site, path, string.Join(" → ", chain.Append(path)));
            return;
        }

        if (depth > _limits.MaxIncludeDepth)
        {
            Report("TPL045", site, path, _limits.MaxIncludeDepth);
            return;
        }

        if (++_count > _limits.MaxIncludes)
        {
            if (_count == _limits.MaxIncludes + 1)
            {
                Report("TPL046", site, _limits.MaxIncludes);
            }

            return;
        }

        var origin = new IncludedLocation(path, null, site);
        if (Load(path, site, origin) is not { } block)
        {
            return;
        }

        var insertedDepth = paragraph.Ancestors().Count() + block.Depth;
        if (insertedDepth >= _limits.MaxXmlDepth)
        {
            Report("TPL034", origin, path, _limits.MaxXmlDepth);
            return;
        }

        _elements += block.ElementCount;
        if (_elements > _limits.MaxXmlElements)
        {
            Report("TPL035", origin, path, _limits.MaxXmlElements);
            return;
        }

        if (block.DroppedNotes && _warnedNotes.Add(path))
        {
            _diagnostics.Add(TemplateDiagnostics.Warning("TPL048", origin, path));
        }

        var content = block.Clone(origin);
        _merger ??= new BlockMerger(_package, _parts, _limits);
        _merger.Carry(block, content, hostPart);
        paragraph.AddAfterSelf(content);

        var nested = new List<string>(chain) { path };
        foreach (var inner in Sites(content.SelectMany(e => e.DescendantsAndSelf(WordNames.Paragraph))))
        {
            Include(inner, hostPart, locator, path, nested, depth + 1);
        }
    }

    /// <summary>The block read, measured and parsed once per load; null (reported at <paramref name="site"/>) when it cannot be included.</summary>
    private LoadedBlock? Load(string path, IncludedLocation site, IncludedLocation origin)
    {
        if (_blocks.TryGetValue(path, out var known))
        {
            if (known is null)
            {
                Report("TPL043", site, path); // already reported where first included; here too, so each place is found
            }

            return known;
        }

        LoadedBlock? block = null;
        try
        {
            using var stream = _includes!.Open(path);
            if (stream is null)
            {
                Report("TPL041", site, path);
            }
            else if (ReadBounded(stream, _limits.MaxUnpackedBytes) is not { } bytes)
            {
                Report("TPL032", origin, Rendering.RenderBudget.Megabytes(_limits.MaxUnpackedBytes));
            }
            else
            {
                // Measured before any part is inflated: the same limits as the template's own package.
                var package = TemplatePackage.Read(bytes, _limits);
                _blockBytes += package.Entries.Sum(e => e.Data.Size);
                if (_blockBytes > _limits.MaxUnpackedBytes)
                {
                    Report("TPL032", origin, Rendering.RenderBudget.Megabytes(_limits.MaxUnpackedBytes));
                }
                else
                {
                    block = new LoadedBlock(ParsedBlockCache.GetOrParse(path, bytes, _limits, () =>
                    {
                        var parts = WordParts.Find(package);
                        var main = parts.TextParts[0].Name;
                        return new ParsedBlock(path, package, parts, PartReader.Load(package.Find(main)!.Data, main, _limits), _limits);
                    }));
                }
            }
        }
        catch (IncludeRefusedException)
        {
            Report("TPL042", site, path);
        }
        catch (TemplateLimitException e)
        {
            _diagnostics.Add(TemplateDiagnostics.Error(e.Code, origin, e.Arguments));
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or FileFormatException)
        {
            Report("TPL043", site, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report("TPL041", site, path);
        }

        _blocks[path] = block;
        return block;
    }

    /// <summary>The stream's bytes, or null when it holds more than <paramref name="max"/> (read no further than that).</summary>
    private static byte[]? ReadBounded(Stream stream, long max)
    {
        if (stream.CanSeek && stream.Length > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private void Report(string code, DiagnosticLocation location, params object?[] arguments) =>
        _diagnostics.Add(TemplateDiagnostics.Error(code, location, arguments));

    [GeneratedRegex(@"\{%-?\s*(raw|endraw|comment|endcomment)\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbatimTag();
}
