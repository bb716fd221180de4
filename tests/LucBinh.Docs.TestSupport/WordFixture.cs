using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LucBinh.Docs.TestSupport;

/// <summary>Small .docx files built in code, written the way Word writes them (namespaces, runs, section properties).</summary>
public static class WordFixture
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    /// <summary>A document whose body holds <paramref name="bodyXml"/> (w:p, w:tbl… with the w: prefix).</summary>
    /// <summary>
    /// A document whose body holds <paramref name="bodyXml"/>, where <c>PICTURE</c> is replaced by an inline picture of
    /// <paramref name="placeholder"/> (a PNG) sized <paramref name="widthEmu"/>×<paramref name="heightEmu"/> with the alt text.
    /// </summary>
    public static byte[] CreateWithPicture(string bodyXml, byte[] placeholder, string altText, long widthEmu = 1_800_000, long heightEmu = 1_800_000)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var image = main.AddImagePart(ImagePartType.Png);
            using (var data = new MemoryStream(placeholder))
            {
                image.FeedData(data);
            }

            var picture =
                "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">" +
                $"<wp:extent cx=\"{widthEmu}\" cy=\"{heightEmu}\"/><wp:docPr id=\"1\" name=\"Ảnh 1\" descr=\"{Escape(altText)}\"/>" +
                "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
                "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr>" +
                $"<pic:blipFill><a:blip r:embed=\"{main.GetIdOfPart(image)}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
                $"<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{widthEmu}\" cy=\"{heightEmu}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>" +
                "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
            main.Document = new Document(
                $"<w:document {Namespaces}><w:body>{bodyXml.Replace("PICTURE", picture, StringComparison.Ordinal)}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
        }

        return stream.ToArray();
    }

    public static byte[] Create(string bodyXml, string? headerXml = null, string? footerXml = null, string? numberingXml = null, string? footnoteXml = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var references = string.Empty;
            if (footnoteXml is not null)
            {
                var footnotes = main.AddNewPart<FootnotesPart>();
                footnotes.Footnotes = new Footnotes(
                    $"<w:footnotes {Namespaces}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>" +
                    $"<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>" +
                    $"<w:footnote w:id=\"1\">{footnoteXml}</w:footnote></w:footnotes>");
            }

            if (numberingXml is not null)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering($"<w:numbering {Namespaces}>{numberingXml}</w:numbering>");
            }

            if (headerXml is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header($"<w:hdr {Namespaces}>{headerXml}</w:hdr>");
                references += $"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(header)}\"/>";
            }

            if (footerXml is not null)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer($"<w:ftr {Namespaces}>{footerXml}</w:ftr>");
                references += $"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(footer)}\"/>";
            }

            main.Document = new Document(
                $"<w:document {Namespaces}><w:body>{bodyXml}<w:sectPr>{references}<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
        }

        return stream.ToArray();
    }

    /// <summary>A decimal list definition (abstractNum 0) used by list number 1.</summary>
    public const string DecimalList =
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>" +
        "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

    /// <summary>A paragraph of list number 1.</summary>
    public static string NumberedP(string text) =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r></w:p>";

    /// <summary>A paragraph of one run.</summary>
    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r></w:p>";

    /// <summary>A paragraph whose text is split into runs at each '|' (as Word splits on edits and spell-check).</summary>
    public static string SplitP(string text) =>
        "<w:p>" + string.Concat(text.Split('|').Select((piece, i) =>
            (i % 2 == 1 ? "<w:proofErr w:type=\"spellStart\"/>" : string.Empty) +
            $"<w:r><w:rPr>{(i == 0 ? "<w:b/>" : "<w:i/>")}</w:rPr><w:t xml:space=\"preserve\">{Escape(piece)}</w:t></w:r>")) + "</w:p>";

    /// <summary>A table whose rows are given as cells' paragraph XML.</summary>
    public static string Table(params string[][] rows) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" +
        string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"2000\"/>", rows.Max(r => r.Length))) + "</w:tblGrid>" +
        string.Concat(rows.Select(r => "<w:tr>" + string.Concat(r.Select(c => $"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{c}</w:tc>")) + "</w:tr>")) +
        "</w:tbl>";

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
