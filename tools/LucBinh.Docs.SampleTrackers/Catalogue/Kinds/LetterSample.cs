using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.SampleTrackers.Catalogue.Fields;

namespace LucBinh.Docs.SampleTrackers.Catalogue.Kinds;

/// <summary>cong-van: the committee asks the People's Council and Committee for the documents the seed report counts.</summary>
internal static class LetterSample
{
    public static CatalogueEntry Entry { get; } = new(
        new TemplateManifest("cong-van", DocumentKind.Letter, "Công văn")
        {
            KindCode = "CV",
            Description = "Công văn của Đảng ủy: không có tên loại, trích yếu \"V/v …\" dưới số văn bản, \"Kính gửi:\", các đoạn nội dung.",
            Sample = CatalogueEntry.SamplePath("cong-van"),
            Schema = new TrackerSchema(
            [
                InfoSheet(
                    [.. Header, .. Signer, FileName],
                    new SchemaField("Về việc", "ve_viec", FieldKind.LongText) { Required = true, Hint = "Trích yếu của công văn, in sau \"V/v\" dưới số văn bản, viết thường (ví dụ: cung cấp thông tin phục vụ công tác tuyên truyền)." }),
                Addressees,
                List("Nội dung công văn", "noi_dung_cong_van", "NoiDungCongVan", "Các đoạn văn của công văn, mỗi đoạn một dòng.", Stt(), Content(110)),
                Recipients,
            ]) { Title = "Sổ theo dõi công văn" },
        },
        Build);

    private static DataRecord Build()
    {
        var info = CommitteeInfo2024()
            .Set("so_van_ban", 215m)
            .Set("ky_hieu", "CV/ĐU")
            .Set("ngay_ban_hanh", new DateOnly(2024, 5, 27))
            .Set("ve_viec", "cung cấp thông tin phục vụ công tác tuyên truyền")
            .Set("ten_tep_bao_cao", "Công văn cung cấp thông tin phục vụ tuyên truyền");

        var data = new DataRecord();
        data.Set(TrackerKeys.Info, info);
        data.Set("kinh_gui", AddresseeRows("Thường trực Hội đồng nhân dân xã", "Ủy ban nhân dân xã"));
        data.Set("noi_dung_cong_van", Texts(
            "Thực hiện Công văn số 256-CV/BTGHU, ngày 20/5/2024 của Ban Tuyên giáo Huyện ủy Bạch Thông về việc báo cáo kết quả thực hiện công tác phối hợp theo Quyết định số 238-QĐ/TW, ngày 30/9/2020 của Ban Bí thư, Ban Thường vụ Đảng ủy xã đề nghị Thường trực Hội đồng nhân dân và Ủy ban nhân dân xã thực hiện một số nội dung sau:",
            "1. Cung cấp danh mục các nghị quyết, quyết định, kế hoạch về phát triển kinh tế - xã hội ban hành từ ngày 01/01/2024 đến nay, kèm bản điện tử, để Ban Tuyên giáo Đảng ủy phục vụ công tác tuyên truyền.",
            "2. Cung cấp thông tin về tình hình giải quyết các vấn đề nổi cộm, Nhân dân quan tâm trên địa bàn xã trong 6 tháng đầu năm 2024.",
            "Văn bản gửi về Ban Tuyên giáo Đảng ủy qua hệ thống thư điện tử công vụ trước ngày 05/6/2024 để tổng hợp, báo cáo cấp trên."));
        data.Set("noi_nhan", RecipientRows(
            ("Như Kính gửi", "Bản điện tử"),
            ("Ban Tuyên giáo Đảng ủy", "Bản điện tử"),
            ("Lưu Văn phòng Đảng ủy", "Bản giấy")));
        return data;
    }
}
