using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.SampleTrackers.Catalogue.Fields;

namespace LucBinh.Docs.SampleTrackers.Catalogue.Kinds;

/// <summary>thong-bao: the conclusions of the Standing Committee's meeting of July 2024.</summary>
internal static class NoticeSample
{
    public static CatalogueEntry Entry { get; } = new(
        new TemplateManifest("thong-bao", DocumentKind.Notice, "Thông báo kết luận")
        {
            KindCode = "TB",
            Description = "Thông báo kết luận của Ban Thường vụ (Ban Chấp hành) Đảng ủy tại hội nghị, cuộc họp: ai chủ trì, đã nghe gì, các kết luận đánh số.",
            Sample = CatalogueEntry.SamplePath("thong-bao"),
            Schema = new TrackerSchema(
            [
                InfoSheet(
                    [.. Header, "trich_yeu", "cap_ban_hanh", "hoi_nghi", "ngay_hop", "chu_tri", "chuc_vu_chu_tri", "noi_dung_hoi_nghi", .. Signer, FileName],
                    new SchemaField("Đối tượng thực hiện", "doi_tuong_thuc_hien", FieldKind.LongText) { Required = true, Hint = "Các cơ quan, đơn vị được thông báo để thực hiện (ví dụ: các chi bộ trực thuộc, HĐND, UBND, UBMTTQ và các đoàn thể xã)." }),
                Conclusions,
                Recipients,
            ]) { Title = "Sổ theo dõi thông báo kết luận" },
        },
        Build);

    private static DataRecord Build()
    {
        var info = CommitteeInfo2024()
            .Set("so_van_ban", 87m)
            .Set("ky_hieu", "TB/ĐU")
            .Set("ngay_ban_hanh", new DateOnly(2024, 7, 10))
            .Set("trich_yeu", "kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban tháng 7 năm 2024")
            .Set("cap_ban_hanh", "Ban Thường vụ Đảng ủy")
            .Set("hoi_nghi", "hội nghị giao ban tháng 7 năm 2024")
            .Set("ngay_hop", new DateOnly(2024, 7, 8))
            .Set("chu_tri", "Đinh Thị Mỹ")
            .Set("chuc_vu_chu_tri", "Bí thư Đảng ủy xã")
            .Set("noi_dung_hoi_nghi", "báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024 và ý kiến của các đồng chí Đảng ủy viên phụ trách các chi bộ")
            .Set("doi_tuong_thuc_hien", "các chi bộ trực thuộc, HĐND, UBND, UBMTTQ và các đoàn thể xã")
            .Set("tham_quyen_ky", "T/M BAN THƯỜNG VỤ")
            .Set("chuc_vu_nguoi_ky", "PHÓ BÍ THƯ")
            .Set("nguoi_ky", "Nguyễn Văn A")
            .Set("ten_tep_bao_cao", "Thông báo kết luận hội nghị giao ban tháng 7 năm 2024");

        var data = new DataRecord();
        data.Set(TrackerKeys.Info, info);
        data.Set("ket_luan", Texts(
            "Nhất trí với báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024. Tình hình chính trị, trật tự an toàn xã hội trên địa bàn xã ổn định; các chỉ tiêu kinh tế - xã hội cơ bản đạt tiến độ đề ra.",
            "Giao Ủy ban nhân dân xã chỉ đạo chăm sóc, bảo vệ diện tích lúa, ngô vụ Mùa; chủ động phương án phòng, chống thiên tai, mưa lũ; theo dõi chặt chẽ tình hình dịch tả lợn châu Phi, không để dịch lây lan.",
            "Giao Ban Tuyên giáo Đảng ủy tiếp tục tuyên truyền Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành có hiệu lực từ ngày 01/8/2024; nắm bắt dư luận xã hội, kịp thời báo cáo Ban Thường vụ.",
            "Các chi bộ trực thuộc tổ chức sinh hoạt chi bộ định kỳ tháng 7 theo hướng dẫn; chuẩn bị tốt nội dung sơ kết 6 tháng đầu năm."));
        data.Set("noi_nhan", RecipientRows(
            ("Các đồng chí Đảng ủy viên", "Bản điện tử"),
            ("Các chi bộ trực thuộc", "Bản điện tử"),
            ("HĐND, UBND, UBMTTQ và các đoàn thể xã", "Bản điện tử"),
            ("Lưu Văn phòng Đảng ủy", "Bản giấy")));
        return data;
    }
}
