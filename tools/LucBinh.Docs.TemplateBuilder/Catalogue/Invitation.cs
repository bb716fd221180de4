using DocumentFormat.OpenXml;
using static LucBinh.Docs.TemplateBuilder.Catalogue.CatalogueFrame;
using static LucBinh.Docs.TemplateBuilder.Content;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>
/// giay-moi: one invitation per invitee (<c>--each khach_moi</c>, the invitee is <c>muc</c>): whom, to what, time, place,
/// and the composition of those invited (the list's groups).
/// </summary>
internal static class Invitation
{
    public static IEnumerable<OpenXmlElement> Content()
    {
        foreach (var element in TitleBlock("GIẤY MỜI", "{{ ttc.trich_yeu }}"))
        {
            yield return element;
        }

        yield return Spaced(Centred("{{ ttc.cap_ban_hanh }} trân trọng kính mời:"), before: 120, after: 0);
        yield return Spaced(Centred("Đồng chí {{ muc.ho_ten }}", Fmt.B), before: 0, after: 0);
        yield return Spaced(Centred("{{ muc.chuc_vu }}"), before: 0, after: 120);
        yield return BoldLabelled("Tới dự:", " {{ ttc.hoi_nghi }}.");
        yield return BoldLabelled("Thời gian:", " {{ ttc.gio_bat_dau }}, {{ ttc.ngay_hop | vi_date }}.");
        yield return BoldLabelled("Địa điểm:", " {{ ttc.dia_diem }}.");
        yield return BoldLabelled("Thành phần:", """ {{ khach_moi | map: "thanh_phan" | uniq | join: "; " }}.""");
        yield return KeepWithNext(Body("Đề nghị đồng chí sắp xếp thời gian tham dự đầy đủ, đúng giờ."));
    }
}
