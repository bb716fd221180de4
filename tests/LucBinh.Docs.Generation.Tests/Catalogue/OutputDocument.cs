using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>
/// Reads a generated .docx as Word lays it out: each paragraph's text and its effective formatting (direct run and
/// paragraph properties over the paragraph style's chain over the document defaults), the section's page geometry
/// and its headers. Everything the Party-format tests measure comes from here, i.e. from the output.
/// </summary>
internal sealed class OutputDocument
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Dictionary<string, XElement> _styles;
    private readonly XElement? _defaultRunProperties;
    private readonly Dictionary<string, XDocument> _headersById = new(StringComparer.Ordinal);

    public OutputDocument(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        Document = Load(zip, "word/document.xml");
        Styles = Load(zip, "word/styles.xml");
        _styles = Styles.Root!.Elements(W + "style")
            .Where(s => (string?)s.Attribute(W + "styleId") is not null)
            .ToDictionary(s => (string)s.Attribute(W + "styleId")!, StringComparer.Ordinal);
        _defaultRunProperties = Styles.Root!.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr");
        var rels = Load(zip, "word/_rels/document.xml.rels");
        foreach (var rel in rels.Root!.Elements())
        {
            if (((string?)rel.Attribute("Type"))?.EndsWith("/header", StringComparison.Ordinal) == true)
            {
                var target = (string)rel.Attribute("Target")!;
                _headersById[(string)rel.Attribute("Id")!] = Load(zip, target.StartsWith('/') ? target[1..] : "word/" + target);
            }
        }
    }

    public XDocument Document { get; }

    public XDocument Styles { get; }

    public XElement Body => Document.Root!.Element(W + "body")!;

    /// <summary>The elements of the body: paragraphs and tables, in order (the section properties left out).</summary>
    public IReadOnlyList<XElement> Blocks => [.. Body.Elements().Where(e => e.Name == W + "p" || e.Name == W + "tbl")];

    public XElement Section => Body.Element(W + "sectPr")!;

    /// <summary>The header of this type (default, first), by the section's reference.</summary>
    public XDocument? Header(string type)
    {
        var id = Section.Elements(W + "headerReference").FirstOrDefault(h => (string?)h.Attribute(W + "type") == type)?.Attribute(R + "id")?.Value;
        return id is not null && _headersById.TryGetValue(id, out var header) ? header : null;
    }

    public static string TextOf(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var e in paragraph.Descendants())
        {
            if (e.Ancestors(W + "p").First() != paragraph)
            {
                continue;
            }

            if (e.Name == W + "t")
            {
                text.Append(e.Value);
            }
            else if (e.Name == W + "tab")
            {
                text.Append('\t');
            }
            else if (e.Name == W + "br")
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Paragraphs directly in the body (not in tables) with some text.</summary>
    public IEnumerable<XElement> BodyParagraphs => Body.Elements(W + "p").Where(p => TextOf(p).Trim().Length > 0);

    public static IReadOnlyList<XElement> Cells(XElement table) => [.. table.Elements(W + "tr").First().Elements(W + "tc")];

    public static IReadOnlyList<XElement> Paragraphs(XElement container) => [.. container.Elements(W + "p").Where(p => TextOf(p).Trim().Length > 0)];

    /// <summary>The effective formatting of the paragraph's first run with text (what a reader sees at its start).</summary>
    public RunLook Look(XElement paragraph)
    {
        var run = paragraph.Descendants(W + "r").FirstOrDefault(r => r.Elements(W + "t").Any(t => t.Value.Trim().Length > 0))
            ?? throw new AssertFailedException($"no text run in «{TextOf(paragraph)}»");
        return Look(paragraph, run);
    }

    /// <summary>The looks of every run with text in the paragraph.</summary>
    public IEnumerable<RunLook> Looks(XElement paragraph) =>
        paragraph.Descendants(W + "r").Where(r => r.Elements(W + "t").Any(t => t.Value.Trim().Length > 0)).Select(r => Look(paragraph, r));

    public RunLook Look(XElement paragraph, XElement run)
    {
        var chain = new List<XElement?> { run.Element(W + "rPr") };
        chain.AddRange(StyleChain(paragraph).Select(s => s.Element(W + "rPr")));
        chain.Add(_defaultRunProperties);
        var props = chain.OfType<XElement>().ToList();

        var size = props.Select(p => (string?)p.Element(W + "sz")?.Attribute(W + "val")).FirstOrDefault(v => v is not null);
        var font = props.Select(p => (string?)p.Element(W + "rFonts")?.Attribute(W + "ascii")).FirstOrDefault(v => v is not null);
        var underline = props.Select(p => (string?)p.Element(W + "u")?.Attribute(W + "val")).FirstOrDefault(v => v is not null);
        return new RunLook(
            Font: font,
            Points: size is null ? 10 : double.Parse(size, System.Globalization.CultureInfo.InvariantCulture) / 2,
            Bold: OnOff(props, "b"),
            Italic: OnOff(props, "i"),
            Underlined: underline is not null && underline != "none");
    }

    /// <summary>The effective justification (w:jc) of the paragraph: direct, else its style chain's; "left" when none says.</summary>
    public string Justification(XElement paragraph) =>
        new[] { paragraph.Element(W + "pPr") }.Concat(StyleChain(paragraph).Select(s => s.Element(W + "pPr")))
            .OfType<XElement>()
            .Select(p => (string?)p.Element(W + "jc")?.Attribute(W + "val"))
            .FirstOrDefault(v => v is not null) ?? "left";

    /// <summary>The effective indentation attribute (left, right, firstLine) in twips, 0 when none says.</summary>
    public int Indent(XElement paragraph, string side) =>
        new[] { paragraph.Element(W + "pPr") }.Concat(StyleChain(paragraph).Select(s => s.Element(W + "pPr")))
            .OfType<XElement>()
            .Select(p => (string?)p.Element(W + "ind")?.Attribute(W + side))
            .Where(v => v is not null)
            .Select(v => int.Parse(v!, System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();

    private IEnumerable<XElement> StyleChain(XElement paragraph)
    {
        var id = (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")
            ?? _styles.Values.FirstOrDefault(s => (string?)s.Attribute(W + "type") == "paragraph" && (string?)s.Attribute(W + "default") == "1")?.Attribute(W + "styleId")?.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (id is not null && seen.Add(id) && _styles.TryGetValue(id, out var style))
        {
            yield return style;
            id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val");
        }
    }

    private static bool OnOff(IEnumerable<XElement> chain, string name)
    {
        foreach (var props in chain)
        {
            if (props.Element(W + name) is { } element)
            {
                var value = (string?)element.Attribute(W + "val");
                return value is null or "1" or "true" or "on";
            }
        }

        return false;
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = (zip.GetEntry(name) ?? throw new AssertFailedException($"no {name} in the output")).Open();
        return XDocument.Load(stream);
    }
}

/// <summary>A run's effective font, size (points), bold, italic and underline.</summary>
internal sealed record RunLook(string? Font, double Points, bool Bold, bool Italic, bool Underlined);
