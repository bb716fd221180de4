using DocumentFormat.OpenXml;
using static LucBinh.Docs.TemplateBuilder.Content;

namespace LucBinh.Docs.TemplateBuilder.Catalogue;

/// <summary>
/// bao-cao-dinh-ky: the report of a month, quarter, 6 or 9 months or a year, whichever "Thông tin chung" (or
/// <c>--period</c>) says: results of the period grouped by field, the main figures against the same period last year,
/// the evaluation, and the tasks whose deadline falls in the next period of the same length.
/// </summary>
internal static class PeriodicReport
{
    public static IEnumerable<OpenXmlElement> Content()
    {
        string[] assignments =
        [
            """{% assign tu_cung_ky = ttc.tu_ngay | same_period_last_year %}""",
            """{% assign den_cung_ky = ttc.den_ngay | same_period_last_year %}""",
            """{% assign so_lieu_ky = so_lieu | in_period: "ngay", ttc.tu_ngay, ttc.den_ngay %}""",
            """{% assign so_lieu_cung_ky = so_lieu | in_period: "ngay", tu_cung_ky, den_cung_ky %}""",
            """{% assign ket_qua_ky = ket_qua | in_period: "ngay", ttc.tu_ngay, ttc.den_ngay %}""",
            """{% assign nhom_ket_qua = ket_qua_ky | group_by: "linh_vuc" %}""",
            // The next period has the length of this one (a 9-month report is followed by the last quarter).
            """{% assign tu_ngay_ngan = ttc.tu_ngay | vi_date: "short" %}""",
            """{% assign den_ngay_ngan = ttc.den_ngay | vi_date: "short" %}""",
            """{% assign dau_thang = ttc.den_ngay | period_start: "month" | vi_date: "short" %}""",
            """{% assign dau_quy = ttc.den_ngay | period_start: "quarter" | vi_date: "short" %}""",
            """{% assign dau_nua_nam = ttc.den_ngay | period_start: "half" | vi_date: "short" %}""",
            """{% assign cuoi_nam = ttc.den_ngay | period_end: "year" | vi_date: "short" %}""",
            """{% assign loai_ky_sau = "quarter" %}""",
            """{% if tu_ngay_ngan == dau_thang %}{% assign loai_ky_sau = "month" %}{% elsif tu_ngay_ngan == dau_quy %}{% assign loai_ky_sau = "quarter" %}{% elsif tu_ngay_ngan == dau_nua_nam %}{% assign loai_ky_sau = "half" %}{% elsif den_ngay_ngan == cuoi_nam %}{% assign loai_ky_sau = "year" %}{% endif %}""",
            """{% assign tu_ky_sau = ttc.den_ngay | period_start: "month", 1 %}""",
            """{% assign den_ky_sau = ttc.den_ngay | period_end: loai_ky_sau, 1 %}""",
            """{% assign nhiem_vu_ky_sau = nhiem_vu | in_period: "thoi_han", tu_ky_sau, den_ky_sau %}""",
        ];
        foreach (var line in assignments)
        {
            yield return Code(line);
        }

        foreach (var element in TitleBlock("BÁO CÁO", "kết quả thực hiện nhiệm vụ {{ ttc.ky_bao_cao }},", "phương hướng, nhiệm vụ {{ ttc.ky_tiep_theo }}"))
        {
            yield return element;
        }

        yield return Body("{{ ttc.can_cu_ban_hanh }}, {{ ttc.ten_co_quan }} báo cáo kết quả thực hiện nhiệm vụ {{ ttc.ky_bao_cao }} như sau:");

        yield return Heading1("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ {{ ttc.ky_bao_cao | upcase }}");
        yield return Code("{% for nhom in nhom_ket_qua %}");
        yield return Heading2("{{ forloop.index }}. {{ nhom.name }}");
        yield return Code("{% for kq in nhom.items %}");
        yield return Body("- {{ kq.noi_dung }}");
        yield return Code("{% endfor %}");
        yield return Code("{% endfor %}");
        yield return Heading2("{{ nhom_ket_qua.size | plus: 1 }}. Một số chỉ tiêu chủ yếu so với cùng kỳ năm trước");
        yield return KeepWithNext(Body("""Kết quả {{ ttc.ky_bao_cao }} so với cùng kỳ năm trước (từ ngày {{ tu_cung_ky | vi_date: "short" }} đến ngày {{ den_cung_ky | vi_date: "short" }}):"""));
        yield return GridTable(
            [600, 3655, 1200, 1200, 1350, 1350],
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", "Cùng kỳ năm trước", "So với cùng kỳ"],
            "{% for ct in chi_tieu %}",
            [
                """{% assign nay = so_lieu_ky | where: "ten_chi_tieu", ct.ten_chi_tieu | sum: "so_luong" %}{% assign truoc = so_lieu_cung_ky | where: "ten_chi_tieu", ct.ten_chi_tieu | sum: "so_luong" %}{{ forloop.index }}""",
                "{{ ct.ten_chi_tieu }}",
                "{{ ct.don_vi_tinh }}",
                "{{ nay | vi_number }}",
                "{{ truoc | vi_number }}",
                """{{ nay | vi_change: truoc | default: "-" }}""",
            ],
            [true, false, true, true, true, true]);

        yield return Heading1("II. ĐÁNH GIÁ CHUNG");
        yield return Heading2("1. Ưu điểm");
        yield return Body("{{ ttc.uu_diem }}");
        yield return Heading2("2. Hạn chế, nguyên nhân");
        yield return Body("{{ ttc.han_che }}");

        yield return Heading1("III. PHƯƠNG HƯỚNG, NHIỆM VỤ {{ ttc.ky_tiep_theo | upcase }}");
        yield return Code("{% for nv in nhiem_vu_ky_sau %}");
        yield return BoldLabelled("{{ forloop.index }}.", " {{ nv.noi_dung }}");
        yield return Code("{% endfor %}");

        yield return KeepWithNext(Body("Trên đây là báo cáo kết quả thực hiện nhiệm vụ {{ ttc.ky_bao_cao }}, phương hướng, nhiệm vụ {{ ttc.ky_tiep_theo }} của {{ ttc.ten_co_quan }}."));
    }
}
