using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace LucBinh.Docs.TestSupport;

/// <summary>The text a reader sees in a .docx: one string per paragraph, line breaks as '\n', tabs as '\t'.</summary>
public static class WordText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<string> BodyParagraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx, false);
        using var document = WordprocessingDocument.Open(stream, false);
        return Paragraphs(document.MainDocumentPart!);
    }

    public static IReadOnlyList<string> Paragraphs(OpenXmlPart part)
    {
        using var partStream = part.GetStream();
        var xml = XDocument.Load(partStream, LoadOptions.PreserveWhitespace);
        return xml.Descendants(W + "p").Where(p => !p.Ancestors(W + "p").Any()).Select(Text).ToList();
    }

    public static IReadOnlyList<string> HeaderParagraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx, false);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.HeaderParts.SelectMany(Paragraphs).ToList();
    }

    public static IReadOnlyList<string> FooterParagraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx, false);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.FooterParts.SelectMany(Paragraphs).ToList();
    }

    /// <summary>All body text, paragraphs joined by '\n'.</summary>
    public static string Body(byte[] docx) => string.Join("\n", BodyParagraphs(docx));

    public static XDocument BodyXml(byte[] docx)
    {
        using var stream = new MemoryStream(docx, false);
        using var document = WordprocessingDocument.Open(stream, false);
        using var partStream = document.MainDocumentPart!.GetStream();
        return XDocument.Load(partStream, LoadOptions.PreserveWhitespace);
    }

    private static string Text(XElement paragraph)
    {
        var builder = new StringBuilder();
        foreach (var e in paragraph.Descendants())
        {
            if (e.Ancestors(W + "p").First() != paragraph)
            {
                continue;
            }

            if (e.Name == W + "t")
            {
                builder.Append(e.Value);
            }
            else if (e.Name == W + "br" || e.Name == W + "cr")
            {
                builder.Append('\n');
            }
            else if (e.Name == W + "tab" && e.Parent?.Name == W + "r")
            {
                builder.Append('\t');
            }
        }

        return builder.ToString();
    }
}
