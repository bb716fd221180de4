using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.SampleTrackers.Catalogue.Fields;

namespace LucBinh.Docs.SampleTrackers.Catalogue.Kinds;

/// <summary>
/// bien-ban-hoi-nghi: the Executive Committee's mid-year meeting of 2024. Members other than the secretary named in the
/// seed report are written the way Vietnamese sample documents name people ("Nguyễn Văn A"), never as real persons.
/// </summary>
internal static class MinutesSample
{
    public static readonly string[] Attendance = ["Có mặt", "Vắng có lý do", "Vắng không lý do"];

    public static CatalogueEntry Entry { get; } = new(
        new TemplateManifest("bien-ban-hoi-nghi", DocumentKind.Minutes, "Biên bản hội nghị")
        {
            KindCode = "BB",
            Description = "Biên bản hội nghị, cuộc họp của Đảng ủy: thời gian, địa điểm, chủ trì, thư ký, thành phần (có mặt, vắng tính từ danh sách đại biểu), diễn biến, kết luận; chữ ký thư ký và chủ trì.",
            Sample = CatalogueEntry.SamplePath("bien-ban-hoi-nghi"),
            Schema = new TrackerSchema(
            [
                InfoSheet(
                    [.. Header, "trich_yeu", "ngay_hop", "gio_bat_dau", "dia_diem", "chu_tri", "chuc_vu_chu_tri", FileName],
                    new SchemaField("Giờ kết thúc", "gio_ket_thuc", FieldKind.Text) { Required = true, Hint = "Giờ kết thúc hội nghị (ví dụ: 11 giờ 30 phút)." },
                    new SchemaField("Thư ký", "thu_ky", FieldKind.Text) { Required = true, Hint = "Họ và tên đồng chí thư ký hội nghị." },
                    new SchemaField("Chức vụ thư ký", "chuc_vu_thu_ky", FieldKind.Text) { Required = true, Hint = "Chức vụ của đồng chí thư ký (ví dụ: Chánh Văn phòng Đảng ủy)." },
                    new SchemaField("Thành phần", "thanh_phan", FieldKind.LongText) { Required = true, Hint = "Thành phần được triệu tập (ví dụ: các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã); số có mặt, vắng tính từ trang Đại biểu." }),
                List("Đại biểu", "dai_bieu", "DaiBieu", "Mỗi đại biểu được triệu tập một dòng; cột Tình trạng cho số có mặt và vắng.",
                    Stt(),
                    new SchemaField("Họ tên", "ho_ten", FieldKind.Text) { Width = 24, Required = true },
                    new SchemaField("Chức vụ", "chuc_vu", FieldKind.LongText) { Width = 40 },
                    new SchemaField("Tình trạng", "tinh_trang", FieldKind.Choice) { Width = 18, Choices = Attendance, Required = true },
                    new SchemaField("Lý do vắng", "ly_do_vang", FieldKind.LongText) { Width = 30 }),
                List("Diễn biến", "dien_bien", "DienBien", "Diễn biến hội nghị theo thứ tự, mỗi đoạn một dòng.", Stt(), Content(110)),
                Conclusions,
            ]) { Title = "Sổ theo dõi hội nghị" },
        },
        Build);

    private static readonly (string Name, string Title, string Status, string? Reason)[] Members =
    [
        ("Đinh Thị Mỹ", "Bí thư Đảng ủy xã", "Có mặt", null),
        ("Nguyễn Văn A", "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã", "Có mặt", null),
        ("Hoàng Văn C", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "Có mặt", null),
        ("Hoàng Thị B", "Đảng ủy viên, Chánh Văn phòng Đảng ủy", "Có mặt", null),
        ("Lý Văn D", "Đảng ủy viên, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy", "Có mặt", null),
        ("Nông Thị E", "Đảng ủy viên, Trưởng Ban Tuyên giáo Đảng ủy", "Có mặt", null),
        ("Triệu Văn G", "Đảng ủy viên, Chủ tịch Ủy ban MTTQ xã", "Có mặt", null),
        ("Ma Văn H", "Đảng ủy viên, Phó Chủ tịch UBND xã", "Có mặt", null),
        ("Hà Thị K", "Đảng ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ xã", "Có mặt", null),
        ("Đàm Văn L", "Đảng ủy viên, Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "Có mặt", null),
        ("Bế Văn M", "Đảng ủy viên, Trưởng Công an xã", "Vắng có lý do", "Đi học lớp bồi dưỡng nghiệp vụ"),
        ("Lưu Thị N", "Đảng ủy viên, Bí thư Đoàn Thanh niên xã", "Có mặt", null),
        ("Nguyễn Văn P", "Đảng ủy viên, Chủ tịch Hội Nông dân xã", "Có mặt", null),
        ("Hoàng Văn Q", "Đảng ủy viên, Chủ tịch Hội Cựu chiến binh xã", "Có mặt", null),
        ("Lý Thị R", "Đảng ủy viên, Bí thư Chi bộ thôn Nà Pài", "Có mặt", null),
        ("Nông Văn S", "Đảng ủy viên, Bí thư Chi bộ thôn Khuổi Chủ", "Vắng có lý do", "Ốm"),
        ("Triệu Thị T", "Đảng ủy viên, Bí thư Chi bộ thôn Bản Chang", "Có mặt", null),
        ("Ma Thị U", "Đảng ủy viên, Bí thư Chi bộ Trường Tiểu học", "Có mặt", null),
        ("Hà Văn V", "Đảng ủy viên, Bí thư Chi bộ thôn Nà Lẹng", "Có mặt", null),
    ];

    private static DataRecord Build()
    {
        var info = CommitteeInfo2024()
            .Set("so_van_ban", 34m)
            .Set("ky_hieu", "BB/ĐU")
            .Set("ngay_ban_hanh", new DateOnly(2024, 7, 5))
            .Set("trich_yeu", "hội nghị Ban Chấp hành Đảng bộ xã sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024")
            .Set("ngay_hop", new DateOnly(2024, 7, 5))
            .Set("gio_bat_dau", "08 giờ 00 phút")
            .Set("gio_ket_thuc", "11 giờ 30 phút")
            .Set("dia_diem", "Hội trường Đảng ủy xã Lục Bình")
            .Set("chu_tri", "Đinh Thị Mỹ")
            .Set("chuc_vu_chu_tri", "Bí thư Đảng ủy xã")
            .Set("thu_ky", "Hoàng Thị B")
            .Set("chuc_vu_thu_ky", "Đảng ủy viên, Chánh Văn phòng Đảng ủy")
            .Set("thanh_phan", "các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã khóa XX")
            .Set("ten_tep_bao_cao", "Biên bản hội nghị Ban Chấp hành sơ kết 6 tháng đầu năm 2024");

        var data = new DataRecord();
        data.Set(TrackerKeys.Info, info);
        data.Set("dai_bieu", Rows(Members.Select(m => new DataRecord()
            .Set("ho_ten", m.Name).Set("chuc_vu", m.Title).Set("tinh_trang", m.Status).Set("ly_do_vang", m.Reason))));
        data.Set("dien_bien", Texts(
            "Đồng chí Đinh Thị Mỹ, Bí thư Đảng ủy xã khai mạc hội nghị, quán triệt mục đích, yêu cầu và nội dung hội nghị.",
            "Đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Đảng ủy trình bày dự thảo báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024.",
            "Đồng chí Lý Văn D, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy báo cáo kết quả công tác kiểm tra, giám sát 6 tháng đầu năm 2024.",
            "Hội nghị thảo luận: 09 lượt ý kiến phát biểu, tập trung vào tiến độ sản xuất vụ Mùa, công tác phòng, chống dịch tả lợn châu Phi, tuyên truyền Luật Đất đai năm 2024 và công tác phát triển đảng viên.",
            "Hội nghị biểu quyết thông qua báo cáo với 17/17 đồng chí có mặt tán thành (đạt 100%)."));
        data.Set("ket_luan", Texts(
            "Thống nhất đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024 như dự thảo báo cáo; tiếp thu ý kiến thảo luận để hoàn thiện báo cáo.",
            "Giao Ủy ban nhân dân xã tập trung chỉ đạo sản xuất vụ Mùa, chủ động phòng, chống thiên tai, dịch bệnh.",
            "Giao các chi bộ trực thuộc quán triệt kết luận hội nghị, xây dựng kế hoạch thực hiện nhiệm vụ 6 tháng cuối năm, báo cáo Ban Thường vụ Đảng ủy trước ngày 20/7/2024."));
        return data;
    }
}
