using DocumentFormat.OpenXml;
using static LucBinh.Docs.TemplateBuilder.Content;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>to-trinh: "Kính gửi:", the căn cứ lines, the parts of the submission (I. Sự cần thiết, II. Nội dung đề nghị…) and the request.</summary>
internal static class Submission
{
    public static IEnumerable<OpenXmlElement> Content()
    {
        yield return Code("""{% assign cac_phan = noi_dung_to_trinh | group_by: "phan" %}""");
        yield return Code("""{% assign noi_trinh = kinh_gui | map: "co_quan_don_vi" | join_vi %}""");
        foreach (var element in TitleBlock("TỜ TRÌNH", "{{ ttc.trich_yeu }}"))
        {
            yield return element;
        }

        foreach (var element in CatalogueFrame.Addressees())
        {
            yield return element;
        }

        yield return Code("{% for cc in can_cu %}");
        yield return Body("{{ cc.noi_dung }};");
        yield return Code("{% endfor %}");
        yield return Body("{{ ttc.cap_ban_hanh }} kính trình {{ noi_trinh }} {{ ttc.trich_yeu }}, cụ thể như sau:");
        yield return Code("{% for phan in cac_phan %}");
        yield return Heading1("{{ forloop.index | roman }}. {{ phan.name | upcase }}");
        yield return Code("{% for nd in phan.items %}");
        yield return Body("{{ nd.noi_dung }}");
        yield return Code("{% endfor %}");
        yield return Code("{% endfor %}");
        yield return KeepWithNext(Body("{{ ttc.cap_ban_hanh }} kính trình {{ noi_trinh }} xem xét, quyết định."));
    }
}
