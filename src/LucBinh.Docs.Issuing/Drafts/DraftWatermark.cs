using System.Globalization;
using System.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LucBinh.Docs.Issuing.Drafts;

/// <summary>
/// Marks every page of a rendered .docx as a draft with a diagonal text watermark, the way Word's Design → Watermark
/// does: a VML WordArt shape whose id starts with <c>PowerPlusWaterMarkObject</c> in the header parts, so Word lists it
/// as the document's watermark and "Remove Watermark" takes it away, and LibreOffice draws it on every page. Every
/// header a section uses (default, first page, even pages) gets the shape, existing content kept; a header type that
/// no section up to that point has is created with only the watermark (a section without its own header inherits the
/// previous section's, which already carries it). A pass over the finished package (Open XML SDK), after rendering.
/// </summary>
public static class DraftWatermark
{
    /// <summary>The watermark's text: the Party's draft mark.</summary>
    public const string DefaultText = "DỰ THẢO";

    /// <summary>The prefix of the shape id by which Word recognises a watermark.</summary>
    public const string ShapeIdPrefix = "PowerPlusWaterMarkObject";

    private const string VmlNamespace = "urn:schemas-microsoft-com:vml";
    private const string OfficeNamespace = "urn:schemas-microsoft-com:office:office";
    private const string WordVmlNamespace = "urn:schemas-microsoft-com:office:word";

    private static readonly HeaderFooterValues[] HeaderTypes = [HeaderFooterValues.Default, HeaderFooterValues.First, HeaderFooterValues.Even];

    /// <summary>The document with the watermark; the input is not changed.</summary>
    /// <exception cref="Diagnostics.LucBinhException">ISS010: the document cannot be opened as a Word package.</exception>
    public static byte[] Apply(byte[] docx, string text = DefaultText)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        using var stream = new MemoryStream();
        stream.Write(docx);
        stream.Position = 0;
        try
        {
            using (var document = WordprocessingDocument.Open(stream, true))
            {
                var main = document.MainDocumentPart ?? throw IssuingDiagnostics.Failure("ISS010", null, "word/document.xml");
                var body = main.Document.Body ?? throw IssuingDiagnostics.Failure("ISS010", null, "w:body");
                var shapeNumber = 0;
                foreach (var header in main.HeaderParts.ToList())
                {
                    AddWatermark(header, text, ++shapeNumber);
                }

                var inherited = new HashSet<HeaderFooterValues>();
                foreach (var section in Sections(body))
                {
                    foreach (var type in HeaderTypes)
                    {
                        if (section.Elements<HeaderReference>().Any(r => (r.Type?.Value ?? HeaderFooterValues.Default) == type) || inherited.Contains(type))
                        {
                            inherited.Add(type);
                            continue;
                        }

                        var header = main.AddNewPart<HeaderPart>();
                        header.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" })));
                        AddWatermark(header, text, ++shapeNumber);
                        // Header and footer references come first in a section's properties (CT_SectPr's order).
                        section.InsertAt(new HeaderReference { Type = type, Id = main.GetIdOfPart(header) }, 0);
                        inherited.Add(type);
                    }
                }

                main.Document.Save();
            }

            return stream.ToArray();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new Diagnostics.LucBinhException(IssuingDiagnostics.Error("ISS010", null, e.Message), e);
        }
    }

    /// <summary>True when a header of the document has a watermark shape (Word's or ours).</summary>
    public static bool HasWatermark(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx, false);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart?.HeaderParts.Any(h => HeaderHasWatermark(h)) == true;
    }

    /// <summary>True when this header part holds a watermark shape.</summary>
    public static bool HeaderHasWatermark(HeaderPart header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.Header?.Descendants().Any(IsWatermarkShape) == true;
    }

    /// <summary>Every section's properties in document order: those ending a section inside the body, then the body's last.</summary>
    private static List<SectionProperties> Sections(Body body)
    {
        var sections = body.Descendants<Paragraph>()
            .Select(p => p.ParagraphProperties?.SectionProperties)
            .OfType<SectionProperties>()
            .ToList();
        sections.Add(body.Elements<SectionProperties>().LastOrDefault() ?? body.AppendChild(new SectionProperties()));
        return sections;
    }

    private static void AddWatermark(HeaderPart part, string text, int number)
    {
        var header = part.Header ??= new Header();
        if (header.Descendants().Any(IsWatermarkShape))
        {
            return; // already a draft: applying twice changes nothing
        }

        foreach (var (prefix, uri) in new[] { ("v", VmlNamespace), ("o", OfficeNamespace), ("w10", WordVmlNamespace) })
        {
            if (header.LookupNamespace(prefix) is null)
            {
                header.AddNamespaceDeclaration(prefix, uri);
            }
        }

        // Word's own "Design → Watermark" shape: WordArt of type 136 (plain text path), rotated 315°, centred on the
        // margins, silver at half opacity, behind the text (negative z-index). Only the text, its font and id vary.
        var id = ShapeIdPrefix + number.ToString(CultureInfo.InvariantCulture);
        var spid = "_x0000_s" + (2048 + number).ToString(CultureInfo.InvariantCulture);
        var xml =
            "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:v=\"" + VmlNamespace + "\" xmlns:o=\"" + OfficeNamespace + "\" xmlns:w10=\"" + WordVmlNamespace + "\">" +
            "<w:rPr><w:noProof/></w:rPr><w:pict>" +
            "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\">" +
            "<v:formulas><v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/>" +
            "<v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/><v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/>" +
            "<v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/>" +
            "<v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/></v:formulas>" +
            "<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>" +
            "<v:textpath on=\"t\" fitshape=\"t\"/><v:handles><v:h position=\"#0,bottomRight\" xrange=\"6629,14971\"/></v:handles>" +
            "<o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>" +
            "<v:shape id=\"" + id + "\" o:spid=\"" + spid + "\" type=\"#_x0000_t136\" " +
            "style=\"position:absolute;margin-left:0;margin-top:0;width:430pt;height:143pt;rotation:315;z-index:-251654144;" +
            "mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin\" " +
            "o:allowincell=\"f\" fillcolor=\"silver\" stroked=\"f\">" +
            "<v:fill opacity=\".5\"/>" +
            "<v:textpath style=\"font-family:&quot;Times New Roman&quot;;font-size:1pt\" string=\"" + SecurityElement.Escape(text) + "\"/>" +
            "<w10:wrap anchorx=\"margin\" anchory=\"margin\"/></v:shape></w:pict></w:r>";

        // Like Word, the shape's run goes into the header's first paragraph: a paragraph of its own would make the
        // header one line taller and move the body text down.
        var paragraph = header.Elements<Paragraph>().FirstOrDefault() ?? header.Descendants<Paragraph>().FirstOrDefault();
        if (paragraph is null)
        {
            paragraph = header.AppendChild(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" })));
        }

        var run = new Run(xml);
        if (paragraph.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(run);
        }
        else
        {
            paragraph.PrependChild(run);
        }

        header.Save();
    }

    private static bool IsWatermarkShape(OpenXmlElement element) =>
        element.LocalName == "shape" && element.NamespaceUri == VmlNamespace
        && element.GetAttributes().Any(a => a.LocalName == "id" && a.Value?.StartsWith(ShapeIdPrefix, StringComparison.Ordinal) == true);
}
