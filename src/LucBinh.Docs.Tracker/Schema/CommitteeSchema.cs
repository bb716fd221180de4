namespace LucBinh.Docs.Tracker.Schema;

/// <summary>
/// The tracker of the committee's coordination report (templates/so-theo-doi.xlsx, docs/data-model.md): the general
/// information and six lists. It is the schema of the bundled report and the default of a template declaring none.
/// </summary>
internal static class CommitteeSchema
{
    public static readonly string[] Agencies = ["HĐND", "UBND", "MTTQ", "Khác"];
    public static readonly string[] DocumentTypes = ["Nghị quyết", "Quyết định", "Kế hoạch", "Chương trình", "Công văn", "Thông báo", "Báo cáo", "Khác"];
    public static readonly string[] Deliveries = ["Bản giấy", "Bản điện tử"];
    public static readonly string[] SessionForms = ["Phổ biến giáo dục pháp luật", "Sinh hoạt chi bộ", "Họp thôn", "Sinh hoạt đoàn thể"];
    public static readonly string[] Roles = ["Yêu cầu báo cáo", "Kế hoạch thực hiện", "Căn cứ chỉ đạo", "Văn bản triển khai"];
    public static readonly string[] Statuses = ["Đang theo dõi", "Đã giải quyết"];
    public static readonly string[] Mentioned = ["Có"];

    public static IReadOnlyList<SchemaField> Info { get; } =
    [
        new("Cấp trên trực tiếp", "cap_tren_truc_tiep", FieldKind.Text) { Hint = "Tên cấp ủy cấp trên trực tiếp, viết hoa, in ở góc trái đầu báo cáo (ví dụ: ĐẢNG BỘ HUYỆN BẠCH THÔNG).", CarriedOver = true, Required = true },
        new("Cơ quan ban hành", "co_quan_ban_hanh", FieldKind.Text) { Hint = "Tên cơ quan ban hành báo cáo, viết hoa (ví dụ: ĐẢNG ỦY XÃ LỤC BÌNH).", CarriedOver = true, Required = true },
        new("Tên cơ quan", "ten_co_quan", FieldKind.Text) { Hint = "Tên cơ quan viết thường, dùng trong câu văn (ví dụ: Đảng ủy xã Lục Bình).", CarriedOver = true, Required = true },
        new("Số văn bản", "so_van_ban", FieldKind.Number) { Hint = "Số của báo cáo; để trống nếu số được ghi tay khi ký.", Required = false },
        new("Ký hiệu", "ky_hieu", FieldKind.Text) { Hint = "Ký hiệu ghi sau số văn bản (ví dụ: BC/ĐU).", CarriedOver = true, Required = true },
        new("Địa danh", "dia_danh", FieldKind.Text) { Hint = "Địa danh ghi trước ngày tháng năm (ví dụ: Lục Bình).", CarriedOver = true, Required = true },
        new("Ngày ban hành", "ngay_ban_hanh", FieldKind.Date) { Hint = "Ngày ký báo cáo, nhập dạng ngày/tháng/năm (ví dụ: 20/06/2024).", Required = true },
        new("Kỳ báo cáo", "ky_bao_cao", FieldKind.Text) { Hint = "Tên kỳ báo cáo (ví dụ: 6 tháng đầu năm 2024).", Required = true },
        new("Từ ngày", "tu_ngay", FieldKind.Date) { Hint = "Ngày đầu kỳ báo cáo; các danh sách chỉ tính các dòng từ ngày này.", Required = true },
        new("Đến ngày", "den_ngay", FieldKind.Date) { Hint = "Ngày cuối kỳ báo cáo; các danh sách chỉ tính các dòng đến ngày này.", Required = true },
        new("Kỳ tiếp theo", "ky_tiep_theo", FieldKind.Text) { Hint = "Kỳ của phần nhiệm vụ (ví dụ: 6 tháng cuối năm 2024).", Required = true },
        new("Năm", "nam", FieldKind.Number) { Hint = "Năm của kỳ báo cáo (ví dụ: 2024).", Required = true },
        new("Cấp ủy cấp trên", "cap_uy_cap_tren", FieldKind.Text) { Hint = "Cấp ủy cấp trên trực tiếp, viết thường (ví dụ: Huyện ủy).", CarriedOver = true, Required = true },
        new("Các cấp ủy cấp trên", "cac_cap_uy_cap_tren", FieldKind.Text) { Hint = "Các cấp ủy cấp trên có văn bản chỉ đạo (ví dụ: Trung ương Đảng, Tỉnh ủy, Huyện ủy).", CarriedOver = true, Required = true },
        new("Ban chỉ đạo 35 cấp trên", "ban_chi_dao_35_cap_tren", FieldKind.Text) { Hint = "Ví dụ: Ban chỉ đạo 35 cấp huyện.", CarriedOver = true, Required = true },
        new("Trang mạng xã hội", "trang_mang_xa_hoi", FieldKind.Text) { Hint = "Tên trang mạng xã hội (fanpage) của xã.", CarriedOver = true, Required = true },
        new("Gửi kèm", "gui_kem", FieldKind.LongText) { Hint = "Tài liệu gửi kèm báo cáo; để trống nếu không có.", Required = false },
        new("Thẩm quyền ký", "tham_quyen_ky", FieldKind.Text) { Hint = "Ví dụ: T/M BAN THƯỜNG VỤ.", CarriedOver = true, Required = true },
        new("Chức vụ người ký", "chuc_vu_nguoi_ky", FieldKind.Text) { Hint = "Ví dụ: BÍ THƯ.", CarriedOver = true, Required = true },
        new("Người ký", "nguoi_ky", FieldKind.Text) { Hint = "Họ và tên người ký.", CarriedOver = true, Required = true },
        new("Tên tệp báo cáo", "ten_tep_bao_cao", FieldKind.Text) { Hint = "Tên tệp Word được tạo ra, không cần đuôi .docx.", Required = false },
    ];

    private static SchemaField Stt() => new("STT", TrackerKeys.RowNumber, FieldKind.Number) { Width = 6 };

    private static SchemaSheet List(string sheet, string key, string table, IReadOnlyList<SchemaField> fields) =>
        new(sheet, key, SheetShape.List, fields) { Table = table, CarriedOver = key == "noi_nhan" };

    public static IReadOnlyList<SchemaSheet> Lists { get; } =
    [
        List("Văn bản căn cứ", "van_ban_can_cu", "VanBanCanCu",
        [
            new("Vai trò", "vai_tro", FieldKind.Choice) { Width = 20, Choices = Roles, Required = true },
            new("Loại văn bản", "loai_van_ban", FieldKind.Choice) { Width = 14, Choices = DocumentTypes, OnlyChoices = false },
            new("Số ký hiệu", "so_ky_hieu", FieldKind.Text) { Width = 16, Required = true },
            new("Ngày ban hành", "ngay_ban_hanh", FieldKind.Date) { Width = 14, Required = true },
            new("Cơ quan ban hành", "co_quan_ban_hanh", FieldKind.LongText) { Width = 28, Required = true },
            new("Trích yếu", "trich_yeu", FieldKind.LongText) { Width = 45 },
            new("Dẫn chiếu", "dan_chieu", FieldKind.LongText) { Width = 50 },
        ]),
        List("Văn bản cung cấp", "van_ban_cung_cap", "VanBanCungCap",
        [
            Stt(),
            new("Cơ quan cung cấp", "co_quan_cung_cap", FieldKind.Choice) { Width = 12, Choices = Agencies, Required = true },
            new("Loại văn bản", "loai_van_ban", FieldKind.Choice) { Width = 14, Choices = DocumentTypes, Required = true },
            new("Số ký hiệu", "so_ky_hieu", FieldKind.Text) { Width = 16, Required = true },
            new("Ngày ban hành", "ngay_ban_hanh", FieldKind.Date) { Width = 14 },
            new("Trích yếu", "trich_yeu", FieldKind.LongText) { Width = 55 },
            new("Ngày cung cấp", "ngay_cung_cap", FieldKind.Date) { Width = 14, Required = true, InPeriod = true },
            new("Hình thức gửi", "hinh_thuc_gui", FieldKind.Choice) { Width = 14, Choices = Deliveries, Required = true },
            new("Nêu trong báo cáo", "neu_trong_bao_cao", FieldKind.Choice) { Width = 12, Choices = Mentioned },
        ]),
        List("Tuyên truyền", "tuyen_truyen", "TuyenTruyen",
        [
            Stt(),
            new("Ngày", "ngay", FieldKind.Date) { Width = 14, Required = true, InPeriod = true },
            new("Thôn", "thon", FieldKind.Text) { Width = 18, Required = true },
            new("Hình thức", "hinh_thuc", FieldKind.Choice) { Width = 26, Choices = SessionForms, Required = true },
            new("Nội dung", "noi_dung", FieldKind.LongText) { Width = 50 },
            new("Số người tham dự", "so_nguoi_tham_du", FieldKind.Number) { Width = 12, Required = true },
        ]),
        List("Dư luận", "du_luan", "DuLuan",
        [
            Stt(),
            new("Ngày ghi nhận", "ngay_ghi_nhan", FieldKind.Date) { Width = 14, Required = true, InPeriod = true },
            new("Nguồn", "nguon", FieldKind.LongText) { Width = 28 },
            new("Nội dung", "noi_dung", FieldKind.LongText) { Width = 60, Required = true },
            new("Tình trạng", "tinh_trang", FieldKind.Choice) { Width = 16, Choices = Statuses },
        ]),
        List("Nhiệm vụ", "nhiem_vu", "NhiemVu",
        [
            Stt(),
            new("Nội dung", "noi_dung", FieldKind.LongText) { Width = 110, Required = true },
        ]),
        List("Nơi nhận", "noi_nhan", "NoiNhan",
        [
            Stt(),
            new("Nơi nhận", "noi_nhan", FieldKind.LongText) { Width = 45, Required = true },
            new("Hình thức gửi", "hinh_thuc_gui", FieldKind.Choice) { Width = 16, Choices = Deliveries, Required = true },
        ]),
    ];

    public static TrackerSchema Schema { get; } = new(
        [new SchemaSheet(TrackerKeys.InfoSheet, TrackerKeys.Info, SheetShape.Fields, Info), .. Lists])
    {
        Title = "Sổ theo dõi công tác phối hợp",
    };
}
