using System.Globalization;
using System.Text;
using LucBinh.Docs.Data;

namespace LucBinh.Docs.Bench;

/// <summary>How a workload is timed: one document per operation, or a batch of documents from one template.</summary>
internal enum WorkloadMode
{
    Single,
    Batch,
}

/// <summary>One of the three workloads of issue 3, with its target and how many times it is measured.</summary>
internal sealed record Workload(
    string Id,
    string Title,
    WorkloadMode Mode,
    string TemplateId,
    int Warmup,
    int Iterations,
    double TargetMs)
{
    public string TemplateFile(TemplateSyntax syntax) => $"{TemplateId}.{syntax.Engine}.docx";

    public string DataFile => $"{Id}.data.json";
}

/// <summary>
/// The workloads' templates and data, built in code. Data is built once as plain dictionaries and lists, then turned
/// into our <see cref="DataRecord"/> and into the JSON that docxtemplater reads, so both engines get the same values.
/// </summary>
internal static class Workloads
{
    public const int BigTableRows = 10_000;
    public const int BatchSize = 1_000;

    public static IReadOnlyList<Workload> All(bool quick) =>
    [
        new("a", "(a) 4-page report, 40 tags, 3 loops", WorkloadMode.Single, "report", quick ? 10 : 50, quick ? 40 : 300, 2),
        new("b", $"(b) table {BigTableRows:N0} rows x 6 columns", WorkloadMode.Single, "table", quick ? 1 : 3, quick ? 3 : 10, 250),
        new("c", $"(c) {BatchSize:N0} reports, one template", WorkloadMode.Batch, "report", 1, quick ? 2 : 4, 1500),
    ];

    public static byte[] Template(string templateId, TemplateSyntax syntax) => templateId switch
    {
        "report" => ReportTemplate(syntax),
        "table" => TableTemplate(syntax),
        _ => throw new ArgumentOutOfRangeException(nameof(templateId), templateId, null),
    };

    /// <summary>The data of a workload: one record (single) or a list of records (batch).</summary>
    public static object Data(Workload workload) => workload.Id switch
    {
        "a" => ReportData(1),
        "b" => TableData(BigTableRows),
        "c" => Enumerable.Range(1, BatchSize).Select(ReportData).Cast<object?>().ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(workload), workload.Id, null),
    };

    /// <summary>
    /// A commune's report: heading block, a paragraph loop, a table-row loop with a total row, a second paragraph
    /// loop, a signature block; 40 tags in all (1 in the header, 1 in the footer), three of them split by Word,
    /// and enough body text for four A4 pages (checked with LibreOffice).
    /// </summary>
    private static byte[] ReportTemplate(TemplateSyntax s)
    {
        string F(string name) => s.Field(null, name);
        var body = new StringBuilder();
        body.Append(Wml.P(Wml.Tag(F("co_quan_cap_tren"), bold: true), "center", indent: false));
        body.Append(Wml.P(Wml.Tag(F("ten_don_vi"), bold: true), "center", indent: false));
        body.Append(Wml.P(Wml.Run("Số: ") + Wml.Tag(F("so_hieu")), "center", indent: false));
        body.Append(Wml.P(
            Wml.Tag(F("dia_danh")) + Wml.Run(", ngày ") + Wml.Tag(F("ngay")) + Wml.Run(" tháng ") + Wml.Tag(F("thang")) +
            Wml.Run(" năm ") + Wml.Tag(F("nam")), "right", indent: false));
        body.Append(Wml.P(Wml.Run("BÁO CÁO", bold: true), "center", indent: false));
        body.Append(Wml.P(Wml.Tag(F("tieu_de"), bold: true), "center", indent: false));
        body.Append(Wml.P(Wml.Run("Kỳ báo cáo: ") + Wml.SplitTag(F("ky_bao_cao")), "center", indent: false));
        body.Append(Wml.P(Wml.Run("Kính gửi: ") + Wml.Tag(F("kinh_gui")), "center", indent: false));

        body.Append(Wml.P(Wml.Run("I. TÌNH HÌNH CHUNG", bold: true), "left", style: "Heading1"));
        body.Append(Wml.P(
            Wml.Run("Toàn xã có ") + Wml.Tag(F("tong_so_thon")) + Wml.Run(" thôn, ") + Wml.Tag(F("tong_so_ho")) +
            Wml.Run(" hộ với ") + Wml.Tag(F("tong_nhan_khau")) + Wml.Run(" nhân khẩu; ") + Wml.Tag(F("so_dang_vien")) +
            Wml.Run(" đảng viên sinh hoạt tại ") + Wml.Tag(F("so_chi_bo")) + Wml.Run(" chi bộ trực thuộc.")));
        AppendFiller(body, 0, 4);

        body.Append(Wml.P(Wml.Run("II. KẾT QUẢ THỰC HIỆN", bold: true), "left", style: "Heading1"));
        body.Append(Wml.P(Wml.Run("1. Các hoạt động phối hợp", bold: true), "left", style: "Heading2"));
        body.Append(Wml.TagLine(s.Open("h", "hoat_dong")));
        body.Append(Wml.P(
            Wml.Run("- ") + Wml.Tag(s.Field("h", "ten"), bold: true) + Wml.Run(": ") + Wml.Tag(s.Field("h", "mo_ta")) +
            Wml.Run(" (") + Wml.Tag(s.Field("h", "so_nguoi")) + Wml.Run(" lượt người tham dự).")));
        body.Append(Wml.TagLine(s.Close("hoat_dong")));
        AppendFiller(body, 4, 3);

        body.Append(Wml.P(Wml.Run("2. Kết quả theo thôn", bold: true), "left", style: "Heading2"));
        int[] widths = [800, 3000, 1600, 1600, 1600];
        body.Append(Wml.Table(widths,
        [
            Wml.Row(widths, Wml.Run("STT", true), Wml.Run("Thôn", true), Wml.Run("Số hộ", true), Wml.Run("Số người", true), Wml.Run("Tỷ lệ", true)),
            Wml.Row(widths,
                Wml.Tag(s.Open("t", "thon")) + Wml.Tag(s.Field("t", "stt")),
                Wml.Tag(s.Field("t", "ten")),
                Wml.Tag(s.Field("t", "so_ho")),
                Wml.Tag(s.Field("t", "so_nguoi")),
                Wml.Tag(s.Field("t", "ty_le")) + Wml.Tag(s.Close("thon"))),
            Wml.Row(widths, string.Empty, Wml.Run("Tổng cộng", true), Wml.Tag(F("tong_ho"), true), Wml.Tag(F("tong_nguoi"), true), Wml.Tag(F("ty_le_chung"), true)),
        ]));
        AppendFiller(body, 7, 3);

        body.Append(Wml.P(Wml.Run("III. KIẾN NGHỊ, ĐỀ XUẤT", bold: true), "left", style: "Heading1"));
        body.Append(Wml.TagLine(s.Open("k", "kien_nghi")));
        body.Append(Wml.P(Wml.Run("- ") + Wml.Tag(s.Field("k", "noi_dung"))));
        body.Append(Wml.TagLine(s.Close("kien_nghi")));
        AppendFiller(body, 10, 2);

        body.Append(Wml.P(Wml.Run("Nơi nhận: ", bold: true) + Wml.Tag(F("noi_nhan")), "left", indent: false));
        body.Append(Wml.P(Wml.Tag(F("chuc_vu"), bold: true), "right", indent: false));
        body.Append(Wml.P(Wml.SplitTag(F("nguoi_ky"), bold: true), "right", indent: false));
        body.Append(Wml.P(Wml.Run("Người lập: ") + Wml.Tag(F("nguoi_lap")) + Wml.Run(" – ĐT: ") + Wml.SplitTag(F("so_dien_thoai")), "left", indent: false));

        var header = Wml.P(Wml.Run("Đảng bộ ") + Wml.Tag(F("ten_don_vi")), "right", indent: false, style: "Header");
        var footer = Wml.P(Wml.Run("Báo cáo lập ngày ") + Wml.Tag(F("ngay_bao_cao")), "center", indent: false, style: "Footer");
        return DocxPackage.Create(body.ToString(), header, footer);
    }

    /// <summary>A list of 10,000 people: one loop row of six cells between a header row and a total row.</summary>
    private static byte[] TableTemplate(TemplateSyntax s)
    {
        string F(string name) => s.Field(null, name);
        var body = new StringBuilder();
        body.Append(Wml.P(Wml.Tag(F("tieu_de"), bold: true), "center", indent: false));
        body.Append(Wml.P(Wml.Run("Tổng số: ") + Wml.Tag(F("tong_so")) + Wml.Run(" người."), "left", indent: false));
        int[] widths = [700, 2800, 1800, 1500, 1600, 1500];
        body.Append(Wml.Table(widths,
        [
            Wml.Row(widths, Wml.Run("STT", true), Wml.Run("Họ và tên", true), Wml.Run("Thôn", true), Wml.Run("Ngày sinh", true), Wml.Run("Số tiền", true), Wml.Run("Ghi chú", true)),
            Wml.Row(widths,
                Wml.Tag(s.Open("r", "rows")) + Wml.Tag(s.Field("r", "stt")),
                Wml.Tag(s.Field("r", "ho_ten")),
                Wml.Tag(s.Field("r", "thon")),
                Wml.Tag(s.Field("r", "ngay_sinh")),
                Wml.Tag(s.Field("r", "so_tien")),
                Wml.Tag(s.Field("r", "ghi_chu")) + Wml.Tag(s.Close("rows"))),
            Wml.Row(widths, string.Empty, Wml.Run("Tổng cộng", true), string.Empty, string.Empty, Wml.Tag(F("tong_tien"), true), string.Empty),
        ]));
        var header = Wml.P(Wml.Tag(F("ten_don_vi")), "right", indent: false, style: "Header");
        var footer = Wml.P(Wml.Run("Danh sách lập ngày ") + Wml.Tag(F("ngay_lap")), "center", indent: false, style: "Footer");
        return DocxPackage.Create(body.ToString(), header, footer);
    }

    private static readonly string[] Villages =
        ["Nà Pài", "Bản Chang", "Khuổi Slẳng", "Nà Lẹng", "Pác Nặm", "Cốc Phường", "Nà Cà", "Khau Vai", "Bản Mới", "Tổng Pản", "Phiêng Lủng", "Nà Bay"];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Hoàng", "Nông", "Hà", "Triệu", "Lương", "Ma", "Lộc", "Đàm", "Bế"];

    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hồng", "Xuân"];

    private static readonly string[] GivenNames =
        ["An", "Bình", "Cường", "Dung", "Hạnh", "Khánh", "Lan", "Mạnh", "Nga", "Phúc", "Quyết", "Sơn", "Tâm", "Uyên", "Vinh", "Yến"];

    private static readonly string[] Activities =
        ["Tuyên truyền pháp luật", "Ra quân làm đường giao thông", "Khám bệnh miễn phí", "Tập huấn kỹ thuật chăn nuôi",
         "Hội nghị đối thoại", "Vệ sinh môi trường", "Trao quà hộ nghèo", "Sinh hoạt chuyên đề", "Hội thi văn nghệ", "Trồng cây xanh"];

    private static string PersonName(Random random) =>
        $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";

    /// <summary>The data of one report; the seed varies names and numbers so 1,000 reports differ.</summary>
    public static Dictionary<string, object?> ReportData(int seed)
    {
        var random = new Random(seed);
        var commune = Villages[seed % Villages.Length];
        var activities = new List<object?>();
        for (var i = 0; i < 8; i++)
        {
            activities.Add(new Dictionary<string, object?>
            {
                ["ten"] = Activities[(seed + i) % Activities.Length],
                ["mo_ta"] = $"phối hợp với Mặt trận và các đoàn thể tổ chức tại thôn {Villages[(seed + i) % Villages.Length]}, thu hút đông đảo nhân dân",
                ["so_nguoi"] = (decimal)random.Next(30, 400),
            });
        }

        var villages = new List<object?>();
        decimal households = 0, people = 0;
        for (var i = 0; i < 12; i++)
        {
            var h = (decimal)random.Next(40, 180);
            var p = (decimal)random.Next(150, 800);
            households += h;
            people += p;
            villages.Add(new Dictionary<string, object?>
            {
                ["stt"] = (decimal)(i + 1),
                ["ten"] = "Thôn " + Villages[i],
                ["so_ho"] = h,
                ["so_nguoi"] = p,
                ["ty_le"] = $"{random.Next(70, 100)},{random.Next(0, 10)}%",
            });
        }

        var proposals = new List<object?>();
        for (var i = 0; i < 5; i++)
        {
            proposals.Add(new Dictionary<string, object?>
            {
                ["noi_dung"] = $"Đề nghị cấp trên quan tâm hỗ trợ kinh phí cho thôn {Villages[(seed + (3 * i)) % Villages.Length]} để tiếp tục duy trì các hoạt động phối hợp.",
            });
        }

        return new Dictionary<string, object?>
        {
            ["co_quan_cap_tren"] = "ĐẢNG BỘ HUYỆN BẠCH THÔNG",
            ["ten_don_vi"] = "ĐẢNG ỦY XÃ " + commune.ToUpperInvariant(),
            ["so_hieu"] = $"{seed % 300}-BC/ĐU",
            ["dia_danh"] = commune,
            ["ngay"] = "15",
            ["thang"] = "06",
            ["nam"] = "2025",
            ["tieu_de"] = "Kết quả phối hợp giữa Đảng ủy và Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội",
            ["ky_bao_cao"] = "6 tháng đầu năm 2025",
            ["kinh_gui"] = "Ban Thường vụ Huyện ủy Bạch Thông",
            ["tong_so_thon"] = 12m,
            ["tong_so_ho"] = households,
            ["tong_nhan_khau"] = people,
            ["so_dang_vien"] = (decimal)random.Next(150, 400),
            ["so_chi_bo"] = 15m,
            ["hoat_dong"] = activities,
            ["thon"] = villages,
            ["tong_ho"] = households,
            ["tong_nguoi"] = people,
            ["ty_le_chung"] = "87,5%",
            ["kien_nghi"] = proposals,
            ["noi_nhan"] = "Ban Thường vụ Huyện ủy; Thường trực Đảng ủy; Lưu Văn phòng Đảng ủy.",
            ["chuc_vu"] = "T/M ĐẢNG ỦY – BÍ THƯ",
            ["nguoi_ky"] = PersonName(random),
            ["nguoi_lap"] = PersonName(random),
            ["so_dien_thoai"] = "0209 3" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture),
            ["ngay_bao_cao"] = "15/06/2025",
        };
    }

    public static Dictionary<string, object?> TableData(int count)
    {
        var random = new Random(42);
        var rows = new List<object?>(count);
        decimal total = 0;
        for (var i = 0; i < count; i++)
        {
            var amount = (decimal)(random.Next(10, 500) * 10_000);
            total += amount;
            rows.Add(new Dictionary<string, object?>
            {
                ["stt"] = (decimal)(i + 1),
                ["ho_ten"] = PersonName(random),
                ["thon"] = "Thôn " + Villages[random.Next(Villages.Length)],
                ["ngay_sinh"] = $"{random.Next(1, 29):00}/{random.Next(1, 13):00}/{random.Next(1940, 2010)}",
                ["so_tien"] = amount,
                ["ghi_chu"] = (i % 7) switch { 0 => "Hộ nghèo", 3 => "Người cao tuổi", _ => string.Empty },
            });
        }

        return new Dictionary<string, object?>
        {
            ["ten_don_vi"] = "ỦY BAN NHÂN DÂN XÃ LỤC BÌNH",
            ["tieu_de"] = "DANH SÁCH NGƯỜI NHẬN HỖ TRỢ NĂM 2025",
            ["tong_so"] = (decimal)count,
            ["rows"] = rows,
            ["tong_tien"] = total,
            ["ngay_lap"] = "15/06/2025",
        };
    }

    /// <summary>Our data model for one record of the plain data.</summary>
    public static DataRecord ToRecord(Dictionary<string, object?> values)
    {
        var record = new DataRecord();
        foreach (var (key, value) in values)
        {
            record.Set(key, ToDataValue(value));
        }

        return record;
    }

    private static object? ToDataValue(object? value) => value switch
    {
        Dictionary<string, object?> d => ToRecord(d),
        List<object?> l => new DataList(l.Select(ToDataValue)),
        _ => value,
    };

    private static readonly string[] FillerSentences =
    [
        "Trong kỳ, Đảng ủy đã lãnh đạo, chỉ đạo Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội xã bám sát nhiệm vụ chính trị của địa phương, xây dựng kế hoạch phối hợp cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành.",
        "Công tác tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước được triển khai bằng nhiều hình thức phù hợp với phong tục, tập quán của đồng bào các dân tộc trên địa bàn.",
        "Các chi bộ thôn phát huy vai trò hạt nhân lãnh đạo, thường xuyên nắm bắt tâm tư, nguyện vọng của nhân dân, kịp thời báo cáo những vấn đề phát sinh để cấp ủy có biện pháp giải quyết dứt điểm ngay tại cơ sở.",
        "Phong trào thi đua xây dựng nông thôn mới, giảm nghèo bền vững tiếp tục được duy trì; nhiều hộ gia đình tự nguyện hiến đất, góp công làm đường giao thông nông thôn, kênh mương nội đồng và nhà văn hóa thôn.",
        "Bên cạnh kết quả đạt được, công tác phối hợp còn có mặt hạn chế: một số hoạt động còn hình thức, việc nắm tình hình ở một số thôn vùng sâu chưa kịp thời, chế độ báo cáo định kỳ có lúc còn chậm so với yêu cầu.",
    ];

    private static void AppendFiller(StringBuilder body, int start, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = start + i;
            var text = FillerSentences[n % FillerSentences.Length] + " " + FillerSentences[(n + 2) % FillerSentences.Length];
            body.Append(Wml.TextParagraph(text, n));
        }
    }
}
