using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static LucBinh.Docs.TemplateBuilder.Content;
using static LucBinh.Docs.TemplateBuilder.Wml;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>
/// cong-van: no kind name; "V/v …" (12 pt italic) under the number in the header's left column; "Kính gửi:"; the
/// letter's paragraphs from the tracker.
/// </summary>
internal static class Letter
{
    public static IEnumerable<OpenXmlElement> Content()
    {
        yield return Subject();
        foreach (var element in CatalogueFrame.Addressees())
        {
            yield return element;
        }

        yield return Code("{% for doan in noi_dung_cong_van %}");
        yield return Body("{{ doan.noi_dung }}");
        yield return Code("{% endfor %}");
    }

    /// <summary>
    /// The trích yếu of a công văn (vn-party-format.md, 5b): in the left column under "Số …", 12 pt italic. It is the
    /// paragraph right after the shared header table, indented on the right by the header's right column, so it stands
    /// centred under the number whatever the header block holds.
    /// </summary>
    private static Paragraph Subject()
    {
        var p = P(StyleIds.DocumentHead, "V/v {{ ttc.ve_viec }}", Size12Italic);
        p.ParagraphProperties!.Append(
            new SpacingBetweenLines { Before = "60", After = "240" },
            new Indentation { Right = N(Blocks.Columns[1]) });
        return p;
    }
}
