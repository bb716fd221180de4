using DocumentFormat.OpenXml;
using static LucBinh.Docs.TemplateBuilder.Content;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>thong-bao: the conclusions (kết luận) of a meeting, numbered, and who is to carry them out.</summary>
internal static class Notice
{
    public static IEnumerable<OpenXmlElement> Content()
    {
        foreach (var element in TitleBlock("THÔNG BÁO", "{{ ttc.trich_yeu }}"))
        {
            yield return element;
        }

        yield return Body("{{ ttc.ngay_hop | vi_date | capitalize }}, {{ ttc.cap_ban_hanh }} tổ chức {{ ttc.hoi_nghi }} do đồng chí {{ ttc.chu_tri }}, {{ ttc.chuc_vu_chu_tri }} chủ trì. Sau khi nghe {{ ttc.noi_dung_hoi_nghi }} và ý kiến thảo luận của các đồng chí dự hội nghị, {{ ttc.cap_ban_hanh }} kết luận như sau:");
        yield return Code("{% for kl in ket_luan %}");
        yield return BoldLabelled("{{ forloop.index }}.", " {{ kl.noi_dung }}");
        yield return Code("{% endfor %}");
        yield return KeepWithNext(Body("{{ ttc.cap_ban_hanh }} thông báo để {{ ttc.doi_tuong_thuc_hien }} biết, thực hiện."));
    }
}
