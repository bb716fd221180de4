using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>
/// Checks the built package before it is written: the Open XML schema validator (Office 2019) must report nothing,
/// and the Liquid must be laid out the way the template engine needs it.
/// </summary>
internal static partial class TemplateChecks
{
    private static readonly string[] Openers = ["for", "if", "unless", "case", "capture"];

    public static List<string> Run(byte[] package)
    {
        var problems = new List<string>();
        using var stream = new MemoryStream(package, writable: false);
        using var doc = WordprocessingDocument.Open(stream, isEditable: false);

        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        foreach (var error in validator.Validate(doc).Take(50))
        {
            problems.Add($"schema: {error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        }

        var main = doc.MainDocumentPart ?? throw new InvalidOperationException("no main document part");
        var roots = new List<OpenXmlPartRootElement> { main.Document };
        roots.AddRange(main.HeaderParts.Select(h => h.Header));

        foreach (var root in roots)
        {
            CheckTexts(root, problems);
            CheckParagraphs(root, problems);
            CheckRuns(root, problems);
        }

        CheckNesting(main.Document, problems);
        if (doc.PackageProperties.Title is null && !HasCoreTitle(doc))
        {
            problems.Add("core properties: no title");
        }

        return problems;
    }

    /// <summary>Each tag lies whole inside one w:t, and the quotes inside tags are straight ASCII quotes.</summary>
    private static void CheckTexts(OpenXmlElement root, List<string> problems)
    {
        foreach (var text in root.Descendants<Text>())
        {
            var t = text.Text;
            if (Count(t, "{{") != Count(t, "}}") || Count(t, "{%") != Count(t, "%}"))
            {
                problems.Add($"tag split across runs: \"{t}\"");
            }

            foreach (Match tag in TagPattern().Matches(t))
            {
                if (tag.Value.IndexOfAny(['“', '”', '‘', '’']) >= 0)
                {
                    problems.Add($"curly quote inside a tag: {tag.Value}");
                }
            }
        }
    }

    /// <summary>
    /// A "Lệnh mẫu" paragraph holds nothing but tags; any other paragraph closes every block it opens.
    /// </summary>
    private static void CheckParagraphs(OpenXmlElement root, List<string> problems)
    {
        foreach (var p in root.Descendants<Paragraph>())
        {
            var text = p.InnerText;
            var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style == StyleIds.TemplateCode)
            {
                if (!TagOnlyPattern().IsMatch(text))
                {
                    problems.Add($"a tag line holds more than tags: \"{text}\"");
                }

                continue;
            }

            // A loop over a table row opens in the row's first cell and closes in its last: checked per row below.
            if (p.Ancestors<TableRow>().Any())
            {
                continue;
            }

            if (Depth(text) != 0)
            {
                problems.Add($"a block opened or closed in a text paragraph must stand alone in its paragraph: \"{text}\"");
            }
        }

        foreach (var row in root.Descendants<TableRow>())
        {
            var text = string.Concat(row.Elements<TableCell>().SelectMany(c => c.Elements<Paragraph>())
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value != StyleIds.TemplateCode)
                .Select(p => p.InnerText));
            if (Depth(text) != 0)
            {
                problems.Add($"a table row's text paragraphs must close every block they open: \"{text}\"");
            }
        }
    }

    private static int Depth(string text)
    {
        var depth = 0;
        foreach (var name in BlockTagNames(text))
        {
            depth += Openers.Contains(name) ? 1 : name.StartsWith("end", StringComparison.Ordinal) ? -1 : 0;
            if (depth < 0)
            {
                return depth;
            }
        }

        return depth;
    }

    /// <summary>Every run is marked Vietnamese (w:lang w:val="vi-VN").</summary>
    private static void CheckRuns(OpenXmlElement root, List<string> problems)
    {
        foreach (var run in root.Descendants<Run>())
        {
            if (run.RunProperties?.Languages?.Val?.Value != Wml.Language)
            {
                problems.Add($"run without w:lang vi-VN: \"{run.InnerText}\"");
            }
        }
    }

    /// <summary>Blocks nest properly over the whole document.</summary>
    private static void CheckNesting(Document document, List<string> problems)
    {
        var stack = new Stack<string>();
        foreach (var name in BlockTagNames(string.Concat(document.Descendants<Paragraph>().Select(p => p.InnerText))))
        {
            if (Openers.Contains(name))
            {
                stack.Push(name);
            }
            else if (name.StartsWith("end", StringComparison.Ordinal))
            {
                if (stack.Count == 0 || "end" + stack.Pop() != name)
                {
                    problems.Add($"unbalanced {{% {name} %}}");
                    return;
                }
            }
        }

        if (stack.Count > 0)
        {
            problems.Add($"{{% {stack.Peek()} %}} is never closed");
        }
    }

    private static bool HasCoreTitle(WordprocessingDocument doc)
    {
        using var reader = new StreamReader(doc.CoreFilePropertiesPart!.GetStream());
        return reader.ReadToEnd().Contains("<dc:title>", StringComparison.Ordinal);
    }

    private static IEnumerable<string> BlockTagNames(string text) =>
        BlockTagPattern().Matches(text).Select(m => m.Groups[1].Value);

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^(\{%.*?%\})+$")]
    private static partial Regex TagOnlyPattern();

    [GeneratedRegex(@"\{%-?\s*(\w+)")]
    private static partial Regex BlockTagPattern();
}
