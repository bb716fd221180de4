using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.SampleTrackers.Catalogue.Fields;

namespace LucBinh.Docs.SampleTrackers.Catalogue.Kinds;

/// <summary>quyet-dinh: the Standing Committee reorganises the commune's Steering Committee 35 (the seed report's "Ban chỉ đạo 35").</summary>
internal static class DecisionSample
{
    public static CatalogueEntry Entry { get; } = new(
        new TemplateManifest("quyet-dinh", DocumentKind.Decision, "Quyết định")
        {
            KindCode = "QĐ",
            Description = "Quyết định của Ban Thường vụ Đảng ủy: các căn cứ, dòng \"… QUYẾT ĐỊNH\", rồi Điều 1, Điều 2, Điều 3… đánh số theo thứ tự các dòng.",
            Sample = CatalogueEntry.SamplePath("quyet-dinh"),
            Schema = new TrackerSchema(
            [
                InfoSheet([.. Header, "trich_yeu", "cap_ban_hanh", .. Signer, FileName]),
                Bases,
                List("Điều", "dieu", "Dieu", "Các điều của quyết định theo thứ tự; số điều (Điều 1, Điều 2…) do mẫu đánh.", Stt(), Content(110)),
                Recipients,
            ]) { Title = "Sổ theo dõi quyết định" },
        },
        Build);

    private static DataRecord Build()
    {
        var info = CommitteeInfo2024()
            .Set("so_van_ban", 296m)
            .Set("ky_hieu", "QĐ/ĐU")
            .Set("ngay_ban_hanh", new DateOnly(2024, 3, 15))
            .Set("trich_yeu", "về việc kiện toàn Ban Chỉ đạo 35 xã Lục Bình")
            .Set("cap_ban_hanh", "Ban Thường vụ Đảng ủy")
            .Set("ten_tep_bao_cao", "Quyết định kiện toàn Ban Chỉ đạo 35 xã");

        var data = new DataRecord();
        data.Set(TrackerKeys.Info, info);
        data.Set("can_cu", Texts(
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam",
            "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã khóa XX, nhiệm kỳ 2020 - 2025",
            "Căn cứ Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị khóa XII về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới",
            "Xét đề nghị của Ban Tuyên giáo Đảng ủy"));
        data.Set("dieu", Texts(
            "Kiện toàn Ban Chỉ đạo 35 xã Lục Bình gồm 07 đồng chí: đồng chí Đinh Thị Mỹ, Bí thư Đảng ủy xã, làm Trưởng ban; các đồng chí có tên trong danh sách kèm theo làm thành viên.",
            "Ban Chỉ đạo có nhiệm vụ tham mưu cho Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trên địa bàn xã. Trưởng ban phân công nhiệm vụ cụ thể cho các thành viên.",
            "Văn phòng Đảng ủy, Ban Tuyên giáo Đảng ủy, các chi bộ trực thuộc và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành. Quyết định có hiệu lực kể từ ngày ký."));
        data.Set("noi_nhan", RecipientRows(
            ("Ban Tuyên giáo Huyện ủy (b/c)", "Bản điện tử"),
            ("Như Điều 3", "Bản giấy"),
            ("Lưu Văn phòng Đảng ủy", "Bản giấy")));
        return data;
    }
}
