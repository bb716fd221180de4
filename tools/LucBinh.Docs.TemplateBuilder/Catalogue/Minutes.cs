using DocumentFormat.OpenXml;
using static LucBinh.Docs.TemplateBuilder.Content;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>
/// bien-ban-hoi-nghi: time, place, chủ trì, thư ký, the attendance computed from the list of delegates ("có mặt 17/19
/// đồng chí, vắng 02 đồng chí (có lý do): …"), the proceedings, the conclusions, and the two signatures.
/// </summary>
internal static class Minutes
{
    public static IEnumerable<OpenXmlElement> Content()
    {
        yield return Code("""{% assign co_mat = dai_bieu | where: "tinh_trang", "Có mặt" %}""");
        yield return Code("""{% assign vang_co_ly_do = dai_bieu | where: "tinh_trang", "Vắng có lý do" %}""");
        yield return Code("""{% assign vang_khong_ly_do = dai_bieu | where: "tinh_trang", "Vắng không lý do" %}""");
        foreach (var element in TitleBlock("BIÊN BẢN", "{{ ttc.trich_yeu }}"))
        {
            yield return element;
        }

        yield return Heading1("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
        yield return BoldLabelled("- Thời gian:", " bắt đầu lúc {{ ttc.gio_bat_dau }}, {{ ttc.ngay_hop | vi_date }}.");
        yield return BoldLabelled("- Địa điểm:", " {{ ttc.dia_diem }}.");
        yield return BoldLabelled("- Chủ trì:", " đồng chí {{ ttc.chu_tri }}, {{ ttc.chuc_vu_chu_tri }}.");
        yield return BoldLabelled("- Thư ký:", " đồng chí {{ ttc.thu_ky }}, {{ ttc.chuc_vu_thu_ky }}.");
        yield return BoldLabelled(
            "- Thành phần:",
            """ {{ ttc.thanh_phan }}; có mặt {{ co_mat.size | pad: 2 }}/{{ dai_bieu.size | pad: 2 }} đồng chí{% if vang_co_ly_do.size > 0 %}, vắng {{ vang_co_ly_do.size | pad: 2 }} đồng chí (có lý do): đồng chí {{ vang_co_ly_do | map: "ho_ten" | join: ", đồng chí " }}{% endif %}{% if vang_khong_ly_do.size > 0 %}, vắng {{ vang_khong_ly_do.size | pad: 2 }} đồng chí (không có lý do): đồng chí {{ vang_khong_ly_do | map: "ho_ten" | join: ", đồng chí " }}{% endif %}.""");

        yield return Heading1("II. NỘI DUNG HỘI NGHỊ");
        yield return Code("{% for db in dien_bien %}");
        yield return Body("{{ db.noi_dung }}");
        yield return Code("{% endfor %}");

        yield return Heading1("III. KẾT LUẬN CỦA HỘI NGHỊ");
        yield return Code("{% for kl in ket_luan %}");
        yield return BoldLabelled("{{ forloop.index }}.", " {{ kl.noi_dung }}");
        yield return Code("{% endfor %}");
        yield return KeepWithNext(Body("Hội nghị kết thúc vào hồi {{ ttc.gio_ket_thuc }} cùng ngày. Biên bản đã được đọc lại cho hội nghị nghe và nhất trí thông qua."));
    }
}
