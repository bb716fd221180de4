using DocumentFormat.OpenXml;
using static LucBinh.Docs.TemplateBuilder.Content;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>quyet-dinh: the căn cứ lines, "<c>BAN THƯỜNG VỤ ĐẢNG ỦY</c> QUYẾT ĐỊNH", then Điều 1, 2, 3… numbered from the rows.</summary>
internal static class Decision
{
    public static IEnumerable<OpenXmlElement> Content()
    {
        foreach (var element in TitleBlock("QUYẾT ĐỊNH", "{{ ttc.trich_yeu }}"))
        {
            yield return element;
        }

        yield return Code("{% for cc in can_cu %}");
        yield return Body("- {{ cc.noi_dung }}{% if forloop.last %},{% else %};{% endif %}");
        yield return Code("{% endfor %}");
        yield return CatalogueFrame.Spaced(CatalogueFrame.Centred("{{ ttc.cap_ban_hanh | upcase }} QUYẾT ĐỊNH", Fmt.B), before: 120, after: 240);
        yield return Code("{% for dieu_khoan in dieu %}");
        yield return BoldLabelled("Điều {{ forloop.index }}.", " {{ dieu_khoan.noi_dung }}");
        yield return Code("{% endfor %}");
    }
}
