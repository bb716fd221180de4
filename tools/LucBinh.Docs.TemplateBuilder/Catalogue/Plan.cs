using DocumentFormat.OpenXml;
using static LucBinh.Docs.TemplateBuilder.Content;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>ke-hoach: mục đích, yêu cầu; nội dung as a table of tasks with the unit in charge and the deadline; tổ chức thực hiện.</summary>
internal static class Plan
{
    public static IEnumerable<OpenXmlElement> Content()
    {
        yield return Code("""{% assign muc_dich = muc_dich_yeu_cau | where: "loai", "Mục đích" %}""");
        yield return Code("""{% assign yeu_cau = muc_dich_yeu_cau | where: "loai", "Yêu cầu" %}""");
        foreach (var element in TitleBlock("KẾ HOẠCH", "{{ ttc.trich_yeu }}"))
        {
            yield return element;
        }

        yield return Body("{{ ttc.can_cu_ban_hanh }}, {{ ttc.cap_ban_hanh }} xây dựng Kế hoạch {{ ttc.trich_yeu }} như sau:");

        yield return Heading1("I. MỤC ĐÍCH, YÊU CẦU");
        yield return Heading2("1. Mục đích");
        yield return Code("{% for md in muc_dich %}");
        yield return Body("- {{ md.noi_dung }}");
        yield return Code("{% endfor %}");
        yield return Heading2("2. Yêu cầu");
        yield return Code("{% for yc in yeu_cau %}");
        yield return Body("- {{ yc.noi_dung }}");
        yield return Code("{% endfor %}");

        yield return Heading1("II. NỘI DUNG");
        yield return KeepWithNext(Body("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành:"));
        yield return GridTable(
            [600, 3755, 1800, 1800, 1400],
            ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
            "{% for nv in nhiem_vu %}",
            ["{{ forloop.index }}", "{{ nv.noi_dung }}", "{{ nv.don_vi_chu_tri }}", "{{ nv.don_vi_phoi_hop }}", """{{ nv.thoi_han | vi_date: "short" }}"""],
            [true, false, false, false, true]);

        yield return Heading1("III. TỔ CHỨC THỰC HIỆN");
        yield return Code("{% for tc in to_chuc_thuc_hien %}");
        yield return BoldLabelled("{{ forloop.index }}. {{ tc.don_vi }}:", " {{ tc.trach_nhiem }}");
        yield return Code("{% endfor %}");
    }
}
