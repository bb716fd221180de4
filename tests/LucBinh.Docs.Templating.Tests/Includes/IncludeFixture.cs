using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LucBinh.Docs.Data;
using LucBinh.Docs.Templating.Includes;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>Templates and blocks for the include tests, built with the Open XML SDK as Word lays them out.</summary>
internal static class IncludeFixture
{
    /// <summary>A style the template lacks: bold 15 pt, centred.</summary>
    public const string BlockTitleStyle =
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"KhoiTieuDe\"><w:name w:val=\"Khối tiêu đề\"/><w:basedOn w:val=\"Normal\"/>" +
        "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"30\"/></w:rPr></w:style>";

    public const string NormalStyle =
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:rPr><w:sz w:val=\"28\"/></w:rPr></w:style>";

    /// <summary>A bulleted list (abstractNum 0, num 1) as a block defines it.</summary>
    public const string BulletList =
        "<w:abstractNum w:abstractNumId=\"0\"><w:nsid w:val=\"1A2B3C4D\"/><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>" +
        "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1)\"/><w:lvlJc w:val=\"left\"/></w:lvl></w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";

    /// <summary>
    /// The committee's header block: a title in a style the template lacks, a table with tags, a numbered list, a
    /// picture and a hyperlink.
    /// </summary>
    public static byte[] HeaderBlock(string committee = "{{ thong_tin_chung.co_quan_ban_hanh | upcase }}") => Document(
        $"<w:p><w:pPr><w:pStyle w:val=\"KhoiTieuDe\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{WordFixture.Escape(committee)}</w:t></w:r></w:p>" +
        WordFixture.Table(
            [WordFixture.P("ĐẢNG BỘ {{ thong_tin_chung.cap_tren }}"), WordFixture.P("ĐẢNG CỘNG SẢN VIỆT NAM")],
            [WordFixture.P("Số {{ thong_tin_chung.so }}-BC/ĐU"), WordFixture.P("{{ thong_tin_chung.dia_danh }}, ngày 20 tháng 6 năm 2024")]) +
        WordFixture.NumberedP("Mục một của khối") +
        WordFixture.NumberedP("Mục hai của khối") +
        "<w:p>PICTURE</w:p>" +
        "<w:p><w:hyperlink r:id=\"LINK\"><w:r><w:t>Cổng thông tin</w:t></w:r></w:hyperlink></w:p>",
        styles: NormalStyle + BlockTitleStyle,
        numbering: BulletList,
        picture: TestImages.Png(6, 4, 10, 120, 200),
        link: new Uri("https://example.org/dang-uy"));

    /// <summary>A .docx whose body is <paramref name="bodyXml"/>; <c>PICTURE</c> becomes an inline picture, <c>LINK</c> the hyperlink's id.</summary>
    public static byte[] Document(string bodyXml, string? styles = null, string? numbering = null, byte[]? picture = null, Uri? link = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {WordFixture.Namespaces}>{styles}</w:styles>");
            }

            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering {WordFixture.Namespaces}>{numbering}</w:numbering>");
            }

            if (picture is not null)
            {
                var image = main.AddImagePart(ImagePartType.Png);
                using (var data = new MemoryStream(picture))
                {
                    image.FeedData(data);
                }

                bodyXml = bodyXml.Replace("PICTURE", Picture(main.GetIdOfPart(image)), StringComparison.Ordinal);
            }

            if (link is not null)
            {
                bodyXml = bodyXml.Replace("LINK", main.AddHyperlinkRelationship(link, true).Id, StringComparison.Ordinal);
            }

            main.Document = new Document(
                $"<w:document {WordFixture.Namespaces}><w:body>{bodyXml}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        }

        return stream.ToArray();
    }

    public static string Include(string path) => WordFixture.P("{% include \"" + path + "\" %}");

    public static DataRecord Record(string committee = "Đảng ủy xã Lục Bình")
    {
        var general = new DataRecord()
            .Set("co_quan_ban_hanh", committee)
            .Set("cap_tren", "HUYỆN BẠCH THÔNG")
            .Set("so", "07")
            .Set("dia_danh", "Lục Bình")
            .Set("nguoi_ky", "Đinh Thị Mỹ");
        return new DataRecord().Set("thong_tin_chung", general);
    }

    public static InMemoryTemplateIncludes Blocks(params (string Path, byte[] Content)[] blocks) =>
        new(blocks.Select(b => new KeyValuePair<string, byte[]>(b.Path, b.Content)));

    public static DocxTemplate Load(byte[] template, ITemplateIncludes? includes, TemplateLimits? limits = null, string name = "mau.docx") =>
        DocxTemplate.Load(template, name, new TemplateLoadOptions { Includes = includes, Limits = limits ?? TemplateLimits.Default });

    private static string Picture(string relationshipId) =>
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">" +
        "<wp:extent cx=\"571500\" cy=\"381000\"/><wp:docPr id=\"1\" name=\"Logo\" descr=\"Logo của Đảng ủy\"/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" +
        "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr>" +
        $"<pic:blipFill><a:blip r:embed=\"{relationshipId}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>" +
        "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"571500\" cy=\"381000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>" +
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
}
