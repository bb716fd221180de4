using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.SampleTrackers.Catalogue.Fields;

namespace LucBinh.Docs.SampleTrackers.Catalogue.Kinds;

/// <summary>giay-moi: invitations to the mid-year propaganda review meeting, one per invitee (<c>--each khach_moi</c>).</summary>
internal static class InvitationSample
{
    public const string Each = "khach_moi";

    public static CatalogueEntry Entry { get; } = new(
        new TemplateManifest("giay-moi", DocumentKind.Invitation, "Giấy mời")
        {
            KindCode = "GM",
            Description = "Giấy mời dự hội nghị: mỗi khách mời một giấy (--each khach_moi), thời gian, địa điểm, thành phần tính từ danh sách khách mời.",
            Sample = CatalogueEntry.SamplePath("giay-moi"),
            Each = Each,
            Schema = new TrackerSchema(
            [
                InfoSheet([.. Header, "trich_yeu", "cap_ban_hanh", "hoi_nghi", "ngay_hop", "gio_bat_dau", "dia_diem", .. Signer, FileName]),
                List("Khách mời", Each, "KhachMoi", "Mỗi khách mời một dòng: mỗi dòng thành một giấy mời; cột Thành phần gom thành dòng \"Thành phần\".",
                    Stt(),
                    new SchemaField("Họ tên", "ho_ten", FieldKind.Text) { Width = 24, Required = true },
                    new SchemaField("Chức vụ", "chuc_vu", FieldKind.LongText) { Width = 40, Required = true },
                    new SchemaField("Thành phần", "thanh_phan", FieldKind.LongText) { Width = 36, Required = true }),
                Recipients,
            ]) { Title = "Sổ theo dõi giấy mời" },
        },
        Build);

    private static DataRecord Build()
    {
        var info = CommitteeInfo2024()
            .Set("so_van_ban", 45m)
            .Set("ky_hieu", "GM/ĐU")
            .Set("ngay_ban_hanh", new DateOnly(2024, 7, 1))
            .Set("trich_yeu", "dự hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024")
            .Set("cap_ban_hanh", "Ban Thường vụ Đảng ủy xã")
            .Set("hoi_nghi", "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024")
            .Set("ngay_hop", new DateOnly(2024, 7, 4))
            .Set("gio_bat_dau", "08 giờ 00 phút")
            .Set("dia_diem", "Hội trường Đảng ủy xã Lục Bình")
            .Set("tham_quyen_ky", "T/M BAN THƯỜNG VỤ")
            .Set("chuc_vu_nguoi_ky", "PHÓ BÍ THƯ")
            .Set("nguoi_ky", "Nguyễn Văn A")
            .Set("ten_tep_bao_cao", "Giấy mời hội nghị sơ kết công tác tuyên giáo");

        var data = new DataRecord();
        data.Set(TrackerKeys.Info, info);
        data.Set(Each, Rows(new (string Name, string Title, string Group)[]
        {
            ("Hoàng Văn C", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã", "Thường trực Đảng ủy, lãnh đạo HĐND, UBND xã"),
            ("Nông Thị E", "Trưởng Ban Tuyên giáo Đảng ủy", "Ban Tuyên giáo Đảng ủy"),
            ("Triệu Văn G", "Chủ tịch Ủy ban MTTQ xã", "Ủy ban MTTQ và các đoàn thể xã"),
            ("Lưu Thị N", "Bí thư Đoàn Thanh niên xã", "Ủy ban MTTQ và các đoàn thể xã"),
            ("Lý Thị R", "Bí thư Chi bộ thôn Nà Pài", "Bí thư các chi bộ trực thuộc"),
            ("Triệu Thị T", "Bí thư Chi bộ thôn Bản Chang", "Bí thư các chi bộ trực thuộc"),
            ("Ma Văn X", "Tuyên truyền viên cơ sở thôn Khuổi Chủ", "Tuyên truyền viên cơ sở"),
        }.Select(r => new DataRecord().Set("ho_ten", r.Name).Set("chuc_vu", r.Title).Set("thanh_phan", r.Group))));
        data.Set("noi_nhan", RecipientRows(
            ("Như thành phần mời", "Bản giấy"),
            ("Lưu Văn phòng Đảng ủy", "Bản giấy")));
        return data;
    }
}
