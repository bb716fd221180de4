using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static LucBinh.Docs.TemplateBuilder.Content;
using static LucBinh.Docs.TemplateBuilder.Wml;

namespace LucBinh.Docs.TemplateBuilder;

/// <summary>
/// The content of templates/bao-cao-ket-qua-phoi-hop.docx: the report "kết quả thực hiện công tác phối hợp…" of an
/// Đảng ủy xã, with its static prose copied from the committee's real report and every period- or commune-specific
/// part written as Liquid over the tracker's data model (docs/data-model.md).
/// </summary>
/// <remarks>
/// Rules the template keeps so that the engine can render it:
/// every Liquid tag sits whole inside one run; a block tag that spans paragraphs (<c>for</c>, <c>if</c>) stands alone
/// in its paragraph (style "Lệnh mẫu"), and so do the <c>assign</c> lines; tags inside quotes use straight ASCII
/// quotes.
/// </remarks>
internal static class ReportContent
{
    /// <summary>The assignments the body relies on, one per line (each line vanishes from the report).</summary>
    public static readonly string[] Assignments =
    [
        """{% assign ttc = thong_tin_chung %}""",
        """{% assign yc = van_ban_can_cu | where: "vai_tro", "Yêu cầu báo cáo" | first %}""",
        """{% assign kh = van_ban_can_cu | where: "vai_tro", "Kế hoạch thực hiện" | first %}""",
        """{% assign can_cu_chi_dao = van_ban_can_cu | where: "vai_tro", "Căn cứ chỉ đạo" %}""",
        """{% assign tk = van_ban_can_cu | where: "vai_tro", "Văn bản triển khai" | first %}""",
        """{% assign vb_ky = van_ban_cung_cap | in_period: "ngay_cung_cap", ttc.tu_ngay, ttc.den_ngay %}""",
        """{% assign nq_hdnd = vb_ky | where: "co_quan_cung_cap", "HĐND" | where: "loai_van_ban", "Nghị quyết" %}""",
        """{% assign qd_ubnd = vb_ky | where: "co_quan_cung_cap", "UBND" | where: "loai_van_ban", "Quyết định" %}""",
        """{% assign kh_ubnd = vb_ky | where: "co_quan_cung_cap", "UBND" | where: "loai_van_ban", "Kế hoạch" %}""",
        """{% assign pbgdpl = tuyen_truyen | in_period: "ngay", ttc.tu_ngay, ttc.den_ngay | where: "hinh_thuc", "Phổ biến giáo dục pháp luật" %}""",
        """{% assign du_luan_ky = du_luan | in_period: "ngay_ghi_nhan", ttc.tu_ngay, ttc.den_ngay %}""",
    ];

    /// <summary>Everything in w:body before the final section properties.</summary>
    public static IEnumerable<OpenXmlElement> Elements()
    {
        foreach (var element in Blocks.Include(Blocks.Header))
        {
            yield return element;
        }

        foreach (var assignment in Assignments)
        {
            yield return Code(assignment);
        }

        foreach (var element in TitleBlock())
        {
            yield return element;
        }

        foreach (var element in MainText())
        {
            yield return element;
        }

        foreach (var element in Blocks.Include(Blocks.RecipientsAndSignature))
        {
            yield return element;
        }

        // The block's own closing paragraph stays in the block (an include does not carry it): the report keeps the
        // empty paragraph Word ends a body with after a table, as it had when the block was written in.
        if (!Blocks.Inline)
        {
            yield return Empty(StyleIds.Recipients);
        }
    }

    private static IEnumerable<OpenXmlElement> TitleBlock()
    {
        yield return P(StyleIds.Title, "BÁO CÁO");
        yield return P(
            StyleIds.Abstract,
            RunThenBreak("kết quả thực hiện công tác phối hợp trong việc"),
            RunThenBreak("thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội,"),
            Run("giải quyết các vấn đề nổi cộm, Nhân dân quan tâm {{ ttc.ky_bao_cao }}"));
        yield return P(StyleIds.AbstractRule, "-----");
    }

    private static IEnumerable<OpenXmlElement> MainText()
    {
        yield return Body(
            """Thực hiện {{ yc.loai_van_ban }} số {{ yc.so_ky_hieu }}, {{ yc.ngay_ban_hanh | vi_date }} {{ yc.dan_chieu }} {{ kh.loai_van_ban }} số {{ kh.so_ky_hieu }}, ngày {{ kh.ngay_ban_hanh | vi_date: "short" }}. {{ ttc.ten_co_quan }} báo cáo kết quả thực hiện như sau:""");

        // I.
        yield return P(StyleIds.Heading1, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TỔ CHỨC THỰC HIỆN");
        yield return Body(
            """Thực hiện {% for vb in can_cu_chi_dao %}{{ vb.loai_van_ban }} số {{ vb.so_ky_hieu }}, ngày {{ vb.ngay_ban_hanh | vi_date: "short" }} {{ vb.dan_chieu }}{% unless forloop.last %}; {% endunless %}{% endfor %}, Đảng ủy xã đã ban hành {{ tk.trich_yeu }} tại văn bản số {{ tk.so_ky_hieu }}, ngày {{ tk.ngay_ban_hanh | vi_date: "short" }}. Trong đó chỉ đạo Ban Tuyên giáo Đảng ủy, Hội đồng nhân dân và Ủy ban nhân dân xã nâng cao chất lượng công tác phối hợp, đẩy mạnh thực hiện, tạo chuyển biến tích cực, rõ nét trong thực hiện Quyết định số 238-QĐ/TW, ngày 30/9/2020 của Ban Bí thư về “Quy chế phối hợp giữa Ban Tuyên giáo các cấp với cơ quan nhà nước cùng cấp trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, nhân dân quan tâm”, chú trọng phối hợp tuyên truyền, vận động, tạo sự đồng thuận của người dân về các dự án phát triển kinh tế - XH, kịp thời xử lý, giải quyết thỏa đáng những vấn đề phát sinh, nổi cộm.""");

        // II.
        yield return P(StyleIds.Heading1, "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN CÔNG TÁC PHỐI HỢP");
        yield return P(StyleIds.Heading2, "1. Thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội");
        yield return Labelled(
            "1.1. Thực hiện việc cung cấp thông tin cho Ban Tuyên giáo xã để phối hợp tuyên truyền:",
            """ Thực hiện Quy chế phối hợp, trong {{ ttc.ky_bao_cao }}, Hội Đồng nhân dân, UBND xã đã cung cấp các Nghị quyết, kế hoạch, Quyết định về phát triển kinh tế xã hội của địa phương cho Ban Tuyên giáo Đảng ủy để phục vụ công tác tuyên truyền cụ thể: Hội đồng nhân dân xã đã cung cấp {{ nq_hdnd.size | pad: 2 }} nghị quyết, nội dung là {{ nq_hdnd | where: "neu_trong_bao_cao", "Có" | map: "trich_yeu" | join: ". " }}; UBND xã đã cung cấp {{ qd_ubnd.size | pad: 2 }} Quyết định, {{ kh_ubnd.size | pad: 2 }} Kế hoạch, nội dung các văn bản là cụ thể hóa thực hiện các Nghị quyết của cấp ủy và của HĐND xã; hình thức cung cấp là gửi văn {{ vb_ky | map: "hinh_thuc_gui" | uniq | join: " và " | downcase }} tới Ban Tuyên giáo Đảng ủy, Trên cơ sở các văn bản văn bản của {{ ttc.cac_cap_uy_cap_tren }} và các văn bản do HĐND, UBND xã cung cấp, Ban Tuyên giáo Đảng ủy tham mưu cho Đảng ủy ban hành văn bản định hướng tuyên truyền cho từng tháng. Văn bản định hướng tuyên truyền được gửi cho HĐND, UBND, UBMTTQ, các đoàn thể, các chi bộ trực thuộc, Ban Tuyên giáo Đảng ủy, các đồng chí tuyên truyền viên cơ sở để thực hiện nhiệm vụ tuyên truyền.""");
        yield return Labelled(
            "1.2. Công tác phối hợp tuyên truyền việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội:",
            """ Trong {{ ttc.ky_bao_cao }}, Ban Tuyên giáo Đảng ủy, các đồng chí Tuyên truyền cơ sở đã phối hợp tuyên truyền trong các buổi sinh hoạt chi bộ, họp thôn, sinh hoạt đoàn thể. Phối hợp thực hiện tuyên truyền phổ biến giáo dục pháp luật được {{ pbgdpl.size | pad: 2 }} buổi/{{ pbgdpl | map: "thon" | uniq | size | pad: 2 }} thôn, thu hút {{ pbgdpl | sum: "so_nguoi_tham_du" }} người tham dự, nội dung tuyên truyền chủ yếu về {{ pbgdpl | map: "noi_dung" | uniq | join: "; " }}...""");

        yield return P(StyleIds.Heading2, "2. Giải quyết các vấn đề nổi cộm, Nhân dân quan tâm");
        yield return Labelled(
            "2.1. Nắm tình hình dư luận xã hội:",
            " Việc nắm bắt dư luận xã hội, nắm tình hình cơ sở được cấp ủy, Ban tuyên giáo xã thực hiện thường xuyên thông qua các cuộc làm việc với các thôn, các đoàn thể, các hội nghị giao ban. Thông qua báo cáo trong Hội nghị cấp ủy hàng tháng của các đồng chí Đảng ủy viên phụ trách các chi bộ, báo cáo của Cộng tác viên dư luận xã hội.");
        yield return P(StyleIds.Heading3, "2.2. Kết quả giải quyết các vấn đề nổi cộm, Nhân dân quan tâm:");
        yield return Body(
            """Trong {{ ttc.ky_bao_cao }}, trên địa bản xã, tình hình tư tưởng của Nhân dân ổn định, kinh tế - xã hội tiếp tục ổn định và phát triển; an sinh xã hội được bảo đảm; đời sống Nhân dân được cải thiện; công tác xây dựng Đảng, củng cố chính quyền, đoàn thể đạt nhiều kết quả quan trọng; tình hình an ninh chính trị, trật tự an toàn xã hội được đảm bảo góp phần củng cố niềm tin trong cán bộ, đảng viên và Nhân dân đối với Đảng, Nhà nước.{% if du_luan_ky.size > 0 %} Tuy nhiên, cán bộ, đảng viên và Nhân dân còn băn khoăn, lo lắng trước {{ du_luan_ky | map: "noi_dung" | join: "; " }}.{% endif %}""");
        yield return Labelled(
            "2.3. Kết quả đấu tranh, phản bác các quan điểm sai trái, thù địch, thông tin giả, sai sự thật; ngăn cản việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội:",
            " Chỉ đạo thực hiện kịp thời các văn bản chỉ đạo của {{ ttc.cap_uy_cap_tren }}, {{ ttc.ban_chi_dao_35_cap_tren }} về thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị khóa XII về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh, phản bác các quan điểm sai trái, thù địch trong tình hình mới năm {{ ttc.nam }}. Duy trì các hoạt động trên trang fanpage “{{ ttc.trang_mang_xa_hoi }}”; tăng cường tuyên truyền đấu tranh, phản bác các quan điểm sai trái, thù địch, thông tin giả, sai sự thật; ngăn cản việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội");

        // III.
        yield return P(StyleIds.Heading1, "III. ĐÁNH GIÁ CHUNG");
        yield return P(StyleIds.Heading2, "1. Ưu điểm");
        yield return Body(
            "Trong {{ ttc.ky_bao_cao }}, Đảng ủy đã chỉ đạo thực hiện tốt quy chế phối hợp giữa Ban Tuyên giáo Đảng ủy, Hội đồng nhân dân và Ủy ban nhân dân xã trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, nhân dân quan tâm. Ban Tuyên giáo Đảng ủy đã chủ động tham mưu cho cấp ủy ban hành các văn bản lãnh đạo, chỉ đạo toàn diện các lĩnh vực công tác tuyên giáo, định hướng tuyên truyền các nhiệm vụ chính trị quan trọng của đất nước và địa phương; phối hợp chặt chẽ với các cơ quan liên quan trong thực hiện nhiệm vụ. góp phần động viên Nhân dân thực hiện thắng lợi các nhiệm vụ chính trị của địa phương.");
        yield return P(StyleIds.Heading2, "2. Khó khăn, hạn chế");
        yield return Body(
            "Công tác nắm tình hình cơ sở, định hướng tư tưởng, dư luận có lúc, có nơi chưa kịp thời. Các thông tin trên mạng xã hội nhiều luồng thông tin, thông tin trái chiều khó kiểm soát...");
        yield return P(StyleIds.Heading2, "3. Nguyên nhân");
        yield return Body(
            "Công tác lãnh đạo, chỉ đạo của cấp ủy trong thực hiện nhiệm vụ công tác phối hợp chưa sâu; công tác nắm tình hình dư luận xã hội; việc quán triệt triển khai các chỉ thị, nghị quyết, kết luận của Đảng, pháp luật của Nhà nước còn ít. Các thành viên Ban Tuyên giáo Đảng ủy, đội ngũ tuyên truyền viên cơ sở đều kiêm nhiệm công việc chuyên môn nhiều; chưa thường xuyên sâu sát, kịp thời nắm bắt cơ sở.");
        yield return P(StyleIds.Heading2, "4. Kiến nghị, đề xuất");
        yield return Body(
            "Đề xuất với các cấp có thẩm quyền xem xét bố trí kinh phí hỗ trợ hoạt động cho Tuyên truyền viên cơ sở.");

        // IV.
        yield return P(StyleIds.Heading1, "IV. NHIỆM VỤ TRỌNG TÂM {{ ttc.ky_tiep_theo | upcase }}");
        yield return Code("{% for nv in nhiem_vu %}");
        yield return P(StyleIds.Normal, Run("{{ forloop.index }}.", Fmt.B), Run(" {{ nv.noi_dung }}"));
        yield return Code("{% endfor %}");

        // Attachment, then the closing sentence.
        yield return Code("{% if ttc.gui_kem != blank %}");
        yield return Body("(Gởi kèm {{ ttc.gui_kem }})");
        yield return Code("{% endif %}");
        // The closing sentence keeps with the signature block: a signature never stands alone on a page.
        yield return KeepWithNext(Body(
            "Trên đây là báo cáo kết quả thực hiện công tác phối hợp trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, Nhân dân quan tâm {{ ttc.ky_bao_cao }}, phương hướng, nhiệm vụ trọng tâm {{ ttc.ky_tiep_theo }} của {{ ttc.ten_co_quan }}."));
    }
}
