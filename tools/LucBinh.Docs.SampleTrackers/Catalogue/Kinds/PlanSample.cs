using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.SampleTrackers.Catalogue.Fields;

namespace LucBinh.Docs.SampleTrackers.Catalogue.Kinds;

/// <summary>ke-hoach: the committee's plan to make the 2024 Land Law known (the sessions the seed report counts).</summary>
internal static class PlanSample
{
    public static CatalogueEntry Entry { get; } = new(
        new TemplateManifest("ke-hoach", DocumentKind.Plan, "Kế hoạch")
        {
            KindCode = "KH",
            Description = "Kế hoạch của Đảng ủy: mục đích, yêu cầu; bảng nhiệm vụ với đơn vị chủ trì, phối hợp và thời hạn; tổ chức thực hiện.",
            Sample = CatalogueEntry.SamplePath("ke-hoach"),
            Schema = new TrackerSchema(
            [
                InfoSheet([.. Header, "trich_yeu", "cap_ban_hanh", "can_cu_ban_hanh", .. Signer, FileName]),
                List("Mục đích, yêu cầu", "muc_dich_yeu_cau", "MucDichYeuCau", "Mỗi ý một dòng; cột Loại cho biết ý thuộc phần Mục đích hay Yêu cầu.",
                    Stt(),
                    new SchemaField("Loại", "loai", FieldKind.Choice) { Width = 14, Choices = ["Mục đích", "Yêu cầu"], Required = true },
                    Content(90)),
                List("Nhiệm vụ", "nhiem_vu", "NhiemVu", "Các nhiệm vụ của kế hoạch, in thành bảng theo thứ tự.",
                    Stt(),
                    Content(90),
                    new SchemaField("Đơn vị chủ trì", "don_vi_chu_tri", FieldKind.LongText) { Width = 28, Required = true },
                    new SchemaField("Đơn vị phối hợp", "don_vi_phoi_hop", FieldKind.LongText) { Width = 28 },
                    new SchemaField("Thời hạn", "thoi_han", FieldKind.Date) { Width = 14 }),
                List("Tổ chức thực hiện", "to_chuc_thuc_hien", "ToChucThucHien", "Trách nhiệm của từng cơ quan, đơn vị.",
                    Stt(),
                    new SchemaField("Đơn vị", "don_vi", FieldKind.Text) { Width = 32, Required = true },
                    new SchemaField("Trách nhiệm", "trach_nhiem", FieldKind.LongText) { Width = 90, Required = true }),
                Recipients,
            ]) { Title = "Sổ theo dõi kế hoạch" },
        },
        Build);

    private static DataRecord Build()
    {
        var info = CommitteeInfo2024()
            .Set("so_van_ban", 136m)
            .Set("ky_hieu", "KH/ĐU")
            .Set("ngay_ban_hanh", new DateOnly(2024, 2, 26))
            .Set("trich_yeu", "tuyên truyền, phổ biến Luật Đất đai năm 2024 trên địa bàn xã")
            .Set("cap_ban_hanh", "Ban Thường vụ Đảng ủy xã")
            .Set("can_cu_ban_hanh", "Thực hiện Kế hoạch số 236-KH/HU, ngày 19/02/2024 của Ban Thường vụ Huyện ủy Bạch Thông về tuyên truyền, phổ biến Luật Đất đai năm 2024")
            .Set("ten_tep_bao_cao", "Kế hoạch tuyên truyền Luật Đất đai năm 2024");

        var data = new DataRecord();
        data.Set(TrackerKeys.Info, info);
        data.Set("muc_dich_yeu_cau", Rows(new (string Kind, string Text)[]
        {
            ("Mục đích", "Giúp cán bộ, đảng viên và Nhân dân hiểu rõ những nội dung mới của Luật Đất đai năm 2024, nâng cao ý thức chấp hành pháp luật về đất đai."),
            ("Mục đích", "Tạo đồng thuận trong Nhân dân khi thực hiện các dự án phát triển kinh tế - xã hội, góp phần hạn chế tranh chấp, khiếu nại về đất đai trên địa bàn xã."),
            ("Yêu cầu", "Việc tuyên truyền bảo đảm thiết thực, hình thức phù hợp với từng thôn, gắn với sinh hoạt chi bộ, họp thôn và sinh hoạt đoàn thể."),
            ("Yêu cầu", "Các cơ quan, đơn vị được phân công chủ động triển khai, báo cáo kết quả đúng thời hạn."),
        }.Select(r => new DataRecord().Set("loai", r.Kind).Set("noi_dung", r.Text))));
        data.Set("nhiem_vu", Rows(new (string Text, string Lead, string With, DateOnly Deadline)[]
        {
            ("Tổ chức hội nghị quán triệt Luật Đất đai năm 2024 cho cán bộ, đảng viên", "Ban Tuyên giáo Đảng ủy", "Ủy ban nhân dân xã", new(2024, 3, 15)),
            ("Tuyên truyền, phổ biến giáo dục pháp luật về đất đai tại các thôn", "Ủy ban nhân dân xã", "Ban Tuyên giáo Đảng ủy, trưởng các thôn", new(2024, 5, 31)),
            ("Đưa nội dung Luật Đất đai vào sinh hoạt chi bộ định kỳ", "Các chi bộ trực thuộc", "Ban Tuyên giáo Đảng ủy", new(2024, 6, 30)),
            ("Đăng tải tin, bài tuyên truyền trên loa truyền thanh và trang fanpage của xã", "Ủy ban nhân dân xã", "Đoàn Thanh niên xã", new(2024, 6, 30)),
            ("Sơ kết việc thực hiện kế hoạch, báo cáo Ban Thường vụ Huyện ủy", "Văn phòng Đảng ủy", "Ban Tuyên giáo Đảng ủy", new(2024, 7, 15)),
        }.Select(t => new DataRecord().Set("noi_dung", t.Text).Set("don_vi_chu_tri", t.Lead).Set("don_vi_phoi_hop", t.With).Set("thoi_han", t.Deadline))));
        data.Set("to_chuc_thuc_hien", Rows(new (string Unit, string Duty)[]
        {
            ("Ban Tuyên giáo Đảng ủy", "Chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, theo dõi, đôn đốc việc thực hiện kế hoạch; tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy."),
            ("Ủy ban nhân dân xã", "Chỉ đạo công chức địa chính - xây dựng phối hợp tổ chức tuyên truyền tại các thôn; bố trí kinh phí thực hiện kế hoạch."),
            ("Ủy ban MTTQ và các đoàn thể xã", "Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân chấp hành tốt Luật Đất đai năm 2024."),
            ("Các chi bộ trực thuộc", "Quán triệt kế hoạch trong sinh hoạt chi bộ; phân công đảng viên tuyên truyền tại khu dân cư."),
        }.Select(r => new DataRecord().Set("don_vi", r.Unit).Set("trach_nhiem", r.Duty))));
        data.Set("noi_nhan", RecipientRows(
            ("Ban Tuyên giáo Huyện ủy (b/c)", "Bản điện tử"),
            ("Các đồng chí Đảng ủy viên", "Bản điện tử"),
            ("Các chi bộ trực thuộc", "Bản điện tử"),
            ("UBND, UBMTTQ và các đoàn thể xã", "Bản điện tử"),
            ("Lưu Văn phòng Đảng ủy", "Bản giấy")));
        return data;
    }
}
