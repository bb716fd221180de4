namespace LucBinh.Docs.Tracker.Writing;

/// <summary>What a column of the tracker holds, which decides its cell format and its validation.</summary>
internal enum ColumnKind
{
    Text,
    LongText,
    Number,
    Date,
    Choice,
}

internal sealed record TrackerColumn(string Header, string Key, ColumnKind Kind, double Width, IReadOnlyList<string>? Choices = null, bool OnlyChoices = true, bool Required = false);

internal sealed record TrackerList(string Sheet, string Key, string Table, IReadOnlyList<TrackerColumn> Columns);

/// <summary>A row of "Thông tin chung": label, key, kind, a short hint, whether a new period carries it over, whether it must be filled.</summary>
internal sealed record InfoRow(string Label, string Key, ColumnKind Kind, string Hint, bool Organisation, bool Required = true);

/// <summary>The committee's tracker (templates/so-theo-doi.xlsx) as docs/data-model.md describes it.</summary>
internal static class TrackerLayout
{
    public const string InfoSheet = "Thông tin chung";
    public const string InfoKey = "thong_tin_chung";
    public const string InfoLabelHeader = "Thông tin";
    public const string InfoValueHeader = "Giá trị";
    public const string InfoHintHeader = "Hướng dẫn";

    public static readonly string[] Agencies = ["HĐND", "UBND", "MTTQ", "Khác"];
    public static readonly string[] DocumentTypes = ["Nghị quyết", "Quyết định", "Kế hoạch", "Chương trình", "Công văn", "Thông báo", "Báo cáo", "Khác"];
    public static readonly string[] Deliveries = ["Bản giấy", "Bản điện tử"];
    public static readonly string[] SessionForms = ["Phổ biến giáo dục pháp luật", "Sinh hoạt chi bộ", "Họp thôn", "Sinh hoạt đoàn thể"];
    public static readonly string[] Roles = ["Yêu cầu báo cáo", "Kế hoạch thực hiện", "Căn cứ chỉ đạo", "Văn bản triển khai"];
    public static readonly string[] Statuses = ["Đang theo dõi", "Đã giải quyết"];
    public static readonly string[] Mentioned = ["Có"];

    public static IReadOnlyList<InfoRow> Info { get; } =
    [
        new("Cấp trên trực tiếp", "cap_tren_truc_tiep", ColumnKind.Text, "Tên cấp ủy cấp trên trực tiếp, viết hoa, in ở góc trái đầu báo cáo (ví dụ: ĐẢNG BỘ HUYỆN BẠCH THÔNG).", true),
        new("Cơ quan ban hành", "co_quan_ban_hanh", ColumnKind.Text, "Tên cơ quan ban hành báo cáo, viết hoa (ví dụ: ĐẢNG ỦY XÃ LỤC BÌNH).", true),
        new("Tên cơ quan", "ten_co_quan", ColumnKind.Text, "Tên cơ quan viết thường, dùng trong câu văn (ví dụ: Đảng ủy xã Lục Bình).", true),
        new("Số văn bản", "so_van_ban", ColumnKind.Number, "Số của báo cáo; để trống nếu số được ghi tay khi ký.", false, Required: false),
        new("Ký hiệu", "ky_hieu", ColumnKind.Text, "Ký hiệu ghi sau số văn bản (ví dụ: BC/ĐU).", true),
        new("Địa danh", "dia_danh", ColumnKind.Text, "Địa danh ghi trước ngày tháng năm (ví dụ: Lục Bình).", true),
        new("Ngày ban hành", "ngay_ban_hanh", ColumnKind.Date, "Ngày ký báo cáo, nhập dạng ngày/tháng/năm (ví dụ: 20/06/2024).", false),
        new("Kỳ báo cáo", "ky_bao_cao", ColumnKind.Text, "Tên kỳ báo cáo (ví dụ: 6 tháng đầu năm 2024).", false),
        new("Từ ngày", "tu_ngay", ColumnKind.Date, "Ngày đầu kỳ báo cáo; các danh sách chỉ tính các dòng từ ngày này.", false),
        new("Đến ngày", "den_ngay", ColumnKind.Date, "Ngày cuối kỳ báo cáo; các danh sách chỉ tính các dòng đến ngày này.", false),
        new("Kỳ tiếp theo", "ky_tiep_theo", ColumnKind.Text, "Kỳ của phần nhiệm vụ (ví dụ: 6 tháng cuối năm 2024).", false),
        new("Năm", "nam", ColumnKind.Number, "Năm của kỳ báo cáo (ví dụ: 2024).", false),
        new("Cấp ủy cấp trên", "cap_uy_cap_tren", ColumnKind.Text, "Cấp ủy cấp trên trực tiếp, viết thường (ví dụ: Huyện ủy).", true),
        new("Các cấp ủy cấp trên", "cac_cap_uy_cap_tren", ColumnKind.Text, "Các cấp ủy cấp trên có văn bản chỉ đạo (ví dụ: Trung ương Đảng, Tỉnh ủy, Huyện ủy).", true),
        new("Ban chỉ đạo 35 cấp trên", "ban_chi_dao_35_cap_tren", ColumnKind.Text, "Ví dụ: Ban chỉ đạo 35 cấp huyện.", true),
        new("Trang mạng xã hội", "trang_mang_xa_hoi", ColumnKind.Text, "Tên trang mạng xã hội (fanpage) của xã.", true),
        new("Gửi kèm", "gui_kem", ColumnKind.LongText, "Tài liệu gửi kèm báo cáo; để trống nếu không có.", false, Required: false),
        new("Thẩm quyền ký", "tham_quyen_ky", ColumnKind.Text, "Ví dụ: T/M BAN THƯỜNG VỤ.", true),
        new("Chức vụ người ký", "chuc_vu_nguoi_ky", ColumnKind.Text, "Ví dụ: BÍ THƯ.", true),
        new("Người ký", "nguoi_ky", ColumnKind.Text, "Họ và tên người ký.", true),
        new("Tên tệp báo cáo", "ten_tep_bao_cao", ColumnKind.Text, "Tên tệp Word được tạo ra, không cần đuôi .docx.", false, Required: false),
    ];

    private static TrackerColumn Stt() => new("STT", "stt", ColumnKind.Number, 6);

    public static IReadOnlyList<TrackerList> Lists { get; } =
    [
        new("Văn bản căn cứ", "van_ban_can_cu", "VanBanCanCu",
        [
            new("Vai trò", "vai_tro", ColumnKind.Choice, 20, Roles, Required: true),
            new("Loại văn bản", "loai_van_ban", ColumnKind.Choice, 14, DocumentTypes, OnlyChoices: false),
            new("Số ký hiệu", "so_ky_hieu", ColumnKind.Text, 16, Required: true),
            new("Ngày ban hành", "ngay_ban_hanh", ColumnKind.Date, 14, Required: true),
            new("Cơ quan ban hành", "co_quan_ban_hanh", ColumnKind.LongText, 28, Required: true),
            new("Trích yếu", "trich_yeu", ColumnKind.LongText, 45),
            new("Dẫn chiếu", "dan_chieu", ColumnKind.LongText, 50),
        ]),
        new("Văn bản cung cấp", "van_ban_cung_cap", "VanBanCungCap",
        [
            Stt(),
            new("Cơ quan cung cấp", "co_quan_cung_cap", ColumnKind.Choice, 12, Agencies, Required: true),
            new("Loại văn bản", "loai_van_ban", ColumnKind.Choice, 14, DocumentTypes, Required: true),
            new("Số ký hiệu", "so_ky_hieu", ColumnKind.Text, 16, Required: true),
            new("Ngày ban hành", "ngay_ban_hanh", ColumnKind.Date, 14),
            new("Trích yếu", "trich_yeu", ColumnKind.LongText, 55),
            new("Ngày cung cấp", "ngay_cung_cap", ColumnKind.Date, 14, Required: true),
            new("Hình thức gửi", "hinh_thuc_gui", ColumnKind.Choice, 14, Deliveries, Required: true),
            new("Nêu trong báo cáo", "neu_trong_bao_cao", ColumnKind.Choice, 12, Mentioned),
        ]),
        new("Tuyên truyền", "tuyen_truyen", "TuyenTruyen",
        [
            Stt(),
            new("Ngày", "ngay", ColumnKind.Date, 14, Required: true),
            new("Thôn", "thon", ColumnKind.Text, 18, Required: true),
            new("Hình thức", "hinh_thuc", ColumnKind.Choice, 26, SessionForms, Required: true),
            new("Nội dung", "noi_dung", ColumnKind.LongText, 50),
            new("Số người tham dự", "so_nguoi_tham_du", ColumnKind.Number, 12, Required: true),
        ]),
        new("Dư luận", "du_luan", "DuLuan",
        [
            Stt(),
            new("Ngày ghi nhận", "ngay_ghi_nhan", ColumnKind.Date, 14, Required: true),
            new("Nguồn", "nguon", ColumnKind.LongText, 28),
            new("Nội dung", "noi_dung", ColumnKind.LongText, 60, Required: true),
            new("Tình trạng", "tinh_trang", ColumnKind.Choice, 16, Statuses),
        ]),
        new("Nhiệm vụ", "nhiem_vu", "NhiemVu",
        [
            Stt(),
            new("Nội dung", "noi_dung", ColumnKind.LongText, 110, Required: true),
        ]),
        new("Nơi nhận", "noi_nhan", "NoiNhan",
        [
            Stt(),
            new("Nơi nhận", "noi_nhan", ColumnKind.LongText, 45, Required: true),
            new("Hình thức gửi", "hinh_thuc_gui", ColumnKind.Choice, 16, Deliveries, Required: true),
        ]),
    ];
}
