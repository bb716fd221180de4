using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.SampleTrackers.Catalogue;

/// <summary>
/// The fields and sheets the catalogue's templates share, defined once so that every manifest declares them alike
/// (same key, header, kind and hint), and the union of several templates' schemas is one sheet of each. The fields of
/// the committee's own report come from <see cref="TrackerSchema.Committee"/>.
/// </summary>
internal static class Fields
{
    private static readonly SchemaSheet CommitteeInfo = TrackerSchema.Committee.Sheet(TrackerKeys.Info)!;

    /// <summary>The header and signature fields every template of the catalogue reads (CATALOGUE.md).</summary>
    public static readonly string[] Header =
        ["cap_tren_truc_tiep", "co_quan_ban_hanh", "ten_co_quan", "so_van_ban", "ky_hieu", "dia_danh", "ngay_ban_hanh"];

    public static readonly string[] Signer = ["tham_quyen_ky", "chuc_vu_nguoi_ky", "nguoi_ky"];

    public const string FileName = "ten_tep_bao_cao";

    /// <summary>Fields of "Thông tin chung" that several templates of the catalogue use, beyond the committee's.</summary>
    private static readonly SchemaField[] Shared =
    [
        new("Trích yếu", "trich_yeu", FieldKind.LongText) { Required = true, Hint = "Nội dung tóm tắt của văn bản, viết thường, in dưới tên loại văn bản (ví dụ: tuyên truyền, phổ biến Luật Đất đai năm 2024)." },
        new("Cấp ban hành", "cap_ban_hanh", FieldKind.Text) { Required = true, CarriedOver = true, Hint = "Tập thể ban hành văn bản, viết thường, dùng trong câu văn (ví dụ: Ban Thường vụ Đảng ủy xã)." },
        new("Căn cứ ban hành", "can_cu_ban_hanh", FieldKind.LongText) { Required = true, Hint = "Câu mở đầu nêu văn bản được thực hiện, ghi đủ số, ngày, cơ quan ban hành (ví dụ: Thực hiện Chương trình công tác năm 2024 của Ban Chấp hành Đảng bộ xã)." },
        new("Hội nghị", "hoi_nghi", FieldKind.Text) { Required = true, Hint = "Tên hội nghị, cuộc họp (ví dụ: hội nghị giao ban tháng 7 năm 2024)." },
        new("Ngày họp", "ngay_hop", FieldKind.Date) { Required = true, Hint = "Ngày diễn ra hội nghị, nhập dạng ngày/tháng/năm." },
        new("Giờ bắt đầu", "gio_bat_dau", FieldKind.Text) { Required = true, Hint = "Giờ bắt đầu hội nghị (ví dụ: 08 giờ 00 phút)." },
        new("Địa điểm", "dia_diem", FieldKind.Text) { Required = true, Hint = "Nơi diễn ra hội nghị (ví dụ: Hội trường Đảng ủy xã)." },
        new("Chủ trì", "chu_tri", FieldKind.Text) { Required = true, Hint = "Họ và tên đồng chí chủ trì hội nghị." },
        new("Chức vụ chủ trì", "chuc_vu_chu_tri", FieldKind.Text) { Required = true, Hint = "Chức vụ của đồng chí chủ trì (ví dụ: Bí thư Đảng ủy xã)." },
        new("Nội dung hội nghị", "noi_dung_hoi_nghi", FieldKind.LongText) { Required = true, Hint = "Hội nghị đã nghe những báo cáo, nội dung gì." },
    ];

    /// <summary>The field of "Thông tin chung" of this key: the committee's definition, else the catalogue's shared one.</summary>
    public static SchemaField Info(string key) =>
        CommitteeInfo.Field(key) ?? Shared.FirstOrDefault(f => f.Key == key)
        ?? throw new InvalidOperationException($"no shared definition of {key}; declare it in the template's own fields");

    /// <summary>"Thông tin chung" with the shared fields of these keys, then the template's own fields.</summary>
    public static SchemaSheet InfoSheet(IEnumerable<string> keys, params SchemaField[] own) =>
        new(TrackerKeys.InfoSheet, TrackerKeys.Info, SheetShape.Fields, [.. keys.Select(Info), .. own]);

    public static SchemaField Stt() => new("STT", TrackerKeys.RowNumber, FieldKind.Number) { Width = 6 };

    public static SchemaField Content(double width = 90) => new("Nội dung", "noi_dung", FieldKind.LongText) { Width = width, Required = true };

    public static SchemaSheet List(string name, string key, string table, string description, params SchemaField[] fields) =>
        new(name, key, SheetShape.List, fields) { Table = table, Description = description };

    /// <summary>The committee's "Nơi nhận" list (carried over to the next period), shared by every template with recipients.</summary>
    public static SchemaSheet Recipients { get; } = TrackerSchema.Committee.Sheet("noi_nhan")!;

    /// <summary>"Kính gửi": the addressees of a công văn or tờ trình.</summary>
    public static SchemaSheet Addressees { get; } = List("Kính gửi", "kinh_gui", "KinhGui", "Cơ quan, đơn vị nhận văn bản, ghi sau \"Kính gửi:\".",
        Stt(), new SchemaField("Cơ quan, đơn vị", "co_quan_don_vi", FieldKind.LongText) { Width = 60, Required = true });

    /// <summary>"Căn cứ": the legal bases of a quyết định or tờ trình, one per row.</summary>
    public static SchemaSheet Bases { get; } = List("Căn cứ", "can_cu", "CanCu", "Các căn cứ ban hành, mỗi căn cứ một dòng, không có dấu chấm phẩy cuối.",
        Stt(), Content(100));

    /// <summary>"Kết luận": the conclusions of a meeting, one per row.</summary>
    public static SchemaSheet Conclusions { get; } = List("Kết luận", "ket_luan", "KetLuan", "Các nội dung kết luận của hội nghị, mỗi nội dung một dòng.",
        Stt(), Content(100));

    /// <summary>The general information of the committee in 2024 (the seed report's), as every sample's header.</summary>
    public static DataRecord CommitteeInfo2024() => new DataRecord()
        .Set("cap_tren_truc_tiep", "ĐẢNG BỘ HUYỆN BẠCH THÔNG")
        .Set("co_quan_ban_hanh", "ĐẢNG ỦY XÃ LỤC BÌNH")
        .Set("ten_co_quan", "Đảng ủy xã Lục Bình")
        .Set("dia_danh", "Lục Bình")
        .Set("tham_quyen_ky", "T/M BAN THƯỜNG VỤ")
        .Set("chuc_vu_nguoi_ky", "BÍ THƯ")
        .Set("nguoi_ky", "Đinh Thị Mỹ");

    public static DataList Rows(IEnumerable<DataRecord> rows) => [.. rows.Select((r, i) => (object?)r.Set(TrackerKeys.RowNumber, (decimal)(i + 1)))];

    public static DataList Texts(params string[] texts) => Rows(texts.Select(t => new DataRecord().Set("noi_dung", t)));

    public static DataList RecipientRows(params (string Recipient, string Delivery)[] rows) =>
        Rows(rows.Select(r => new DataRecord().Set("noi_nhan", r.Recipient).Set("hinh_thuc_gui", r.Delivery)));

    public static DataList AddresseeRows(params string[] addressees) =>
        Rows(addressees.Select(a => new DataRecord().Set("co_quan_don_vi", a)));
}
