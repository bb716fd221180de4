using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.SampleTrackers.Catalogue.Fields;

namespace LucBinh.Docs.SampleTrackers.Catalogue.Kinds;

/// <summary>to-trinh: the committee asks the district for funds for its grassroots propagandists (the seed report's proposal).</summary>
internal static class SubmissionSample
{
    public static CatalogueEntry Entry { get; } = new(
        new TemplateManifest("to-trinh", DocumentKind.Submission, "Tờ trình")
        {
            KindCode = "TTr",
            Description = "Tờ trình của Đảng ủy lên cấp trên: \"Kính gửi:\", các căn cứ, các phần (sự cần thiết, nội dung đề nghị…) và lời đề nghị xem xét, quyết định.",
            Sample = CatalogueEntry.SamplePath("to-trinh"),
            Schema = new TrackerSchema(
            [
                InfoSheet([.. Header, "trich_yeu", "cap_ban_hanh", .. Signer, FileName]),
                Addressees,
                Bases,
                List("Nội dung tờ trình", "noi_dung_to_trinh", "NoiDungToTrinh", "Các đoạn của tờ trình; cột Phần gom các đoạn thành mục I, II, III… theo thứ tự xuất hiện.",
                    Stt(),
                    new SchemaField("Phần", "phan", FieldKind.Text) { Width = 24, Required = true },
                    Content(100)),
                Recipients,
            ]) { Title = "Sổ theo dõi tờ trình" },
        },
        Build);

    private static DataRecord Build()
    {
        var info = CommitteeInfo2024()
            .Set("so_van_ban", 12m)
            .Set("ky_hieu", "TTr/ĐU")
            .Set("ngay_ban_hanh", new DateOnly(2024, 6, 25))
            .Set("trich_yeu", "về việc đề nghị hỗ trợ kinh phí hoạt động cho đội ngũ tuyên truyền viên cơ sở")
            .Set("cap_ban_hanh", "Ban Thường vụ Đảng ủy xã")
            .Set("ten_tep_bao_cao", "Tờ trình đề nghị hỗ trợ kinh phí tuyên truyền viên cơ sở");

        var data = new DataRecord();
        data.Set(TrackerKeys.Info, info);
        data.Set("kinh_gui", AddresseeRows("Ban Thường vụ Huyện ủy Bạch Thông"));
        data.Set("can_cu", Texts(
            "Căn cứ Quyết định số 238-QĐ/TW, ngày 30/9/2020 của Ban Bí thư về Quy chế phối hợp giữa Ban Tuyên giáo các cấp với cơ quan nhà nước cùng cấp trong việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, Nhân dân quan tâm",
            "Căn cứ Kế hoạch số 42-KH/HU, ngày 22/4/2021 của Ban Thường vụ Huyện ủy về thực hiện Quyết định số 238-QĐ/TW"));
        data.Set("noi_dung_to_trinh", Rows(new (string Part, string Text)[]
        {
            ("Sự cần thiết", "Đội ngũ tuyên truyền viên cơ sở của xã hiện có 18 đồng chí, hoạt động tại 12 thôn, là lực lượng nòng cốt trong nắm bắt dư luận xã hội và tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến Nhân dân."),
            ("Sự cần thiết", "Các đồng chí tuyên truyền viên đều kiêm nhiệm công việc chuyên môn, chưa có kinh phí hỗ trợ hoạt động, nên việc duy trì sinh hoạt, nắm tình hình cơ sở còn gặp khó khăn."),
            ("Nội dung đề nghị", "Hỗ trợ kinh phí hoạt động cho 18 tuyên truyền viên cơ sở, mức 200.000 đồng/người/tháng, thời gian từ tháng 7 năm 2024."),
            ("Nội dung đề nghị", "Hỗ trợ tài liệu sinh hoạt, bản tin nội bộ định kỳ cho các chi bộ trực thuộc."),
            ("Tổ chức thực hiện", "Ban Tuyên giáo Đảng ủy quản lý, theo dõi hoạt động của đội ngũ tuyên truyền viên; Ủy ban nhân dân xã thực hiện chi trả và quyết toán kinh phí theo quy định."),
        }.Select(r => new DataRecord().Set("phan", r.Part).Set("noi_dung", r.Text))));
        data.Set("noi_nhan", RecipientRows(
            ("Như Kính gửi", "Bản điện tử"),
            ("Ban Tuyên giáo Huyện ủy", "Bản điện tử"),
            ("Lưu Văn phòng Đảng ủy", "Bản giấy")));
        return data;
    }
}
