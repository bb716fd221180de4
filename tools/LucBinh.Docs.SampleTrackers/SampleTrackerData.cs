using System.Globalization;
using LucBinh.Docs.Data;

namespace LucBinh.Docs.SampleTrackers;

/// <summary>
/// The sample tracker of Đảng ủy xã Lục Bình for 6 tháng đầu năm 2024: every number of the seed report can be computed
/// from its rows (4 HĐND resolutions, 120 UBND decisions and 87 UBND plans provided in the period; 4 legal-education
/// sessions in 4 villages with 214 people). Deterministic: a fixed seed and fixed dates, no clock.
/// </summary>
public static class SampleTrackerData
{
    public const string BlankTrackerPath = "so-theo-doi.xlsx";
    public const string SampleTrackerPath = "samples/so-theo-doi-6-thang-dau-2024.xlsx";

    public static readonly DateOnly PeriodStart = new(2024, 1, 1);
    public static readonly DateOnly PeriodEnd = new(2024, 6, 30);

    private const int Seed = 20240620;

    private static readonly string[] Villages = ["Nà Pài", "Khuổi Chủ", "Bản Chang", "Nà Lẹng", "Phiêng Lầu", "Nà Mu"];

    private static readonly string[] DecisionTemplates =
    [
        "Về việc kiện toàn Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn xã",
        "Về việc kiện toàn Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới xã",
        "Về việc kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh động vật xã",
        "Về việc kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở",
        "Về việc kiện toàn Hội đồng phối hợp phổ biến, giáo dục pháp luật xã",
        "Về việc kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng xã",
        "Về việc thành lập Tổ công tác rà soát hộ nghèo, hộ cận nghèo năm 2024",
        "Về việc thành lập Tổ kiểm tra an toàn thực phẩm dịp Tết Nguyên đán Giáp Thìn",
        "Về việc thành lập Tổ vận động hiến đất làm đường giao thông nông thôn thôn {0}",
        "Về việc thành lập Tổ kiểm tra hiện trạng sử dụng đất tại thôn {0}",
        "Về việc phê duyệt danh sách hộ được hỗ trợ giống cây trồng vụ Xuân năm 2024",
        "Về việc phê duyệt dự toán sửa chữa nhà văn hóa thôn {0}",
        "Về việc phê duyệt kế hoạch lựa chọn nhà thầu công trình đường bê tông thôn {0}",
        "Về việc phê duyệt danh sách hộ được hỗ trợ xây dựng nhà ở năm 2024",
        "Về việc phê duyệt phương án phòng, chống thiên tai năm 2024",
        "Về việc phê duyệt danh sách đối tượng bảo trợ xã hội tháng {1}",
        "Về việc hỗ trợ kinh phí cho hộ gia đình bị thiệt hại do thiên tai tại thôn {0}",
        "Về việc hỗ trợ tiền điện cho hộ nghèo, hộ chính sách xã hội quý {2} năm 2024",
        "Về việc hỗ trợ mai táng phí cho đối tượng bảo trợ xã hội",
        "Về việc hỗ trợ kinh phí tiêu hủy lợn mắc bệnh dịch tả lợn châu Phi tại thôn {0}",
        "Về việc công nhận danh hiệu Gia đình văn hóa năm 2023",
        "Về việc công nhận thôn {0} đạt danh hiệu Thôn văn hóa",
        "Về việc xử phạt vi phạm hành chính trong lĩnh vực đất đai",
        "Về việc xử phạt vi phạm hành chính trong lĩnh vực bảo vệ và phát triển rừng",
        "Về việc xử phạt vi phạm hành chính về trật tự an toàn giao thông đường bộ",
        "Về việc giao chỉ tiêu thu ngân sách nhà nước năm 2024 cho các thôn",
        "Về việc giao nhiệm vụ phát triển sản xuất nông, lâm nghiệp năm 2024",
        "Về việc ban hành Quy chế làm việc của Ủy ban nhân dân xã nhiệm kỳ 2021–2026 (sửa đổi)",
        "Về việc cử cán bộ tham gia lớp bồi dưỡng nghiệp vụ tháng {1}",
        "Về việc khen thưởng thành tích trong phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    ];

    private static readonly string[] PlanTemplates =
    [
        "Kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Giáp Thìn năm 2024",
        "Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2024",
        "Kế hoạch tổ chức kỷ niệm 70 năm Chiến thắng Điện Biên Phủ",
        "Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2024",
        "Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm năm 2024",
        "Kế hoạch tổ chức Ngày Gia đình Việt Nam 28/6",
        "Kế hoạch triển khai công tác phòng, chống thiên tai năm 2024",
        "Kế hoạch triển khai tiêm phòng vắc xin cho đàn gia súc, gia cầm đợt {3} năm 2024",
        "Kế hoạch triển khai công tác tuyển chọn, gọi công dân nhập ngũ năm 2024",
        "Kế hoạch triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024",
        "Kế hoạch triển khai công tác cải cách hành chính năm 2024",
        "Kế hoạch triển khai công tác chuyển đổi số năm 2024",
        "Kế hoạch phòng cháy, chữa cháy rừng mùa khô năm 2024",
        "Kế hoạch phát triển sản xuất hàng hóa tại thôn {0}",
        "Kế hoạch thực hiện công tác phổ biến, giáo dục pháp luật năm 2024",
        "Kế hoạch thực hiện công tác dân số và phát triển năm 2024",
        "Kế hoạch thực hiện công tác bảo đảm trật tự an toàn giao thông năm 2024",
        "Kế hoạch thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2024",
        "Kế hoạch thực hiện Nghị quyết của Hội đồng nhân dân xã về phát triển kinh tế - xã hội năm 2024",
        "Kế hoạch kiểm tra việc chấp hành pháp luật về đất đai tại thôn {0}",
        "Kế hoạch kiểm tra công tác phòng cháy, chữa cháy tại các thôn tháng {1}",
        "Kế hoạch tuyên truyền Luật Đất đai năm 2024 tại thôn {0}",
        "Kế hoạch tuyên truyền phòng, chống đuối nước cho trẻ em",
        "Kế hoạch tuyên truyền phòng, chống ma túy tại thôn {0}",
        "Kế hoạch ra quân làm đường giao thông nông thôn tại thôn {0}",
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại thôn {0}",
    ];

    /// <summary>Public holidays of the first half of 2024 (Tết Giáp Thìn, Giỗ Tổ, 30/4–1/5) on which nothing is sent.</summary>
    private static readonly HashSet<DateOnly> Holidays =
    [
        new(2024, 1, 1),
        .. Enumerable.Range(8, 7).Select(d => new DateOnly(2024, 2, d)),
        new(2024, 4, 18),
        new(2024, 4, 29),
        new(2024, 4, 30),
        new(2024, 5, 1),
    ];

    public static DataRecord Build()
    {
        var data = new DataRecord();
        data.Set("thong_tin_chung", Info());
        data.Set("van_ban_can_cu", BasisDocuments());
        data.Set("van_ban_cung_cap", ProvidedDocuments());
        data.Set("tuyen_truyen", Sessions());
        data.Set("du_luan", Concerns());
        data.Set("nhiem_vu", Tasks());
        data.Set("noi_nhan", Recipients());
        return data;
    }

    private static DataRecord Info() => new DataRecord()
        .Set("cap_tren_truc_tiep", "ĐẢNG BỘ HUYỆN BẠCH THÔNG")
        .Set("co_quan_ban_hanh", "ĐẢNG ỦY XÃ LỤC BÌNH")
        .Set("ten_co_quan", "Đảng ủy xã Lục Bình")
        .Set("so_van_ban", null)
        .Set("ky_hieu", "BC/ĐU")
        .Set("dia_danh", "Lục Bình")
        .Set("ngay_ban_hanh", new DateOnly(2024, 6, 20))
        .Set("ky_bao_cao", "6 tháng đầu năm 2024")
        .Set("tu_ngay", PeriodStart)
        .Set("den_ngay", PeriodEnd)
        .Set("ky_tiep_theo", "6 tháng cuối năm 2024")
        .Set("nam", 2024m)
        .Set("cap_uy_cap_tren", "Huyện ủy")
        .Set("cac_cap_uy_cap_tren", "Trung ương Đảng, Tỉnh ủy, Huyện ủy")
        .Set("ban_chi_dao_35_cap_tren", "Ban chỉ đạo 35 cấp huyện")
        .Set("trang_mang_xa_hoi", "LỤC BÌNH NÚI HOA")
        .Set("gui_kem", "02 file kế hoạch và chương trình tổ chức thực hiện Quyết định số 238-QĐ/TW ngày 30 tháng 9 năm 2020")
        .Set("tham_quyen_ky", "T/M BAN THƯỜNG VỤ")
        .Set("chuc_vu_nguoi_ky", "BÍ THƯ")
        .Set("nguoi_ky", "Đinh Thị Mỹ")
        .Set("ten_tep_bao_cao", "Báo cáo phối hợp 6 tháng đầu năm 2024");

    private static DataList BasisDocuments()
    {
        static DataRecord Row(string role, string type, string number, DateOnly date, string issuer, string summary, string? citation) =>
            new DataRecord()
                .Set("vai_tro", role)
                .Set("loai_van_ban", type)
                .Set("so_ky_hieu", number)
                .Set("ngay_ban_hanh", date)
                .Set("co_quan_ban_hanh", issuer)
                .Set("trich_yeu", summary)
                .Set("dan_chieu", citation);

        return
        [
            Row("Yêu cầu báo cáo", "Công văn", "256-CV/BTGHU", new(2024, 5, 20), "Ban Tuyên giáo Huyện ủy Bạch Thông",
                "Báo cáo kết quả thực hiện công tác phối hợp",
                "của Ban Tuyên giáo Huyện ủy Bạch Thông về việc Báo cáo kết quả thực hiện công tác phối hợp theo"),
            Row("Kế hoạch thực hiện", "Kế hoạch", "42-KH/HU", new(2021, 4, 22), "Huyện ủy Bạch Thông",
                "Thực hiện Quyết định số 238-QĐ/TW của Ban Bí thư", null),
            Row("Căn cứ chỉ đạo", "Kế hoạch", "221-KH/HU", new(2024, 1, 4), "Ban Thường vụ Huyện ủy",
                "Kế hoạch công tác tuyên giáo năm 2024",
                "của Ban Thường vụ Huyện ủy, kế hoạch công tác tuyên giáo năm 2024"),
            Row("Căn cứ chỉ đạo", "Nghị quyết", "101-NQ/ĐU", new(2023, 12, 26), "Ban Chấp hành Đảng bộ xã",
                "Về nhiệm vụ năm 2024",
                "của Ban Chấp hành Đảng bộ xã (khoá XX) về nhiệm vụ năm 2024"),
            Row("Căn cứ chỉ đạo", "Chương trình", "13-CTr/ĐU", new(2023, 12, 26), "Ban Chấp hành Đảng bộ xã",
                "Chương trình công tác năm 2024",
                "Chương trình công tác năm 2024 của Ban Chấp hành Đảng bộ xã"),
            Row("Văn bản triển khai", "Kế hoạch", "133-KH/ĐU", new(2024, 1, 9), "Đảng ủy xã",
                "Kế hoạch công tác Tuyên giáo năm 2024", null),
        ];
    }

    private sealed record Provided(string Agency, string Type, string Number, DateOnly Issued, string Summary, DateOnly ProvidedOn, bool Mentioned);

    /// <summary>
    /// In the period: 4 HĐND resolutions (two mentioned in the report), 120 UBND decisions, 87 UBND plans. Outside it:
    /// 3 UBND decisions provided in December 2023 and 2 in July 2024, so that period filtering matters.
    /// </summary>
    private static DataList ProvidedDocuments()
    {
        var random = new Random(Seed);
        var documents = new List<Provided>
        {
            new("HĐND", "Nghị quyết", "05/NQ-HĐND", new(2024, 1, 3), "Nghị quyết phát triển kinh tế xã hội, Quốc phòng an ninh năm 2024", new(2024, 1, 5), true),
            new("HĐND", "Nghị quyết", "06/NQ-HĐND", new(2024, 1, 3), "Nghị Quyết thu, chi, phân bổ ngân sách xã năm 2024", new(2024, 1, 5), true),
            new("HĐND", "Nghị quyết", "07/NQ-HĐND", new(2024, 3, 22), "Nghị quyết về kế hoạch đầu tư công năm 2024", new(2024, 3, 25), false),
            new("HĐND", "Nghị quyết", "08/NQ-HĐND", new(2024, 6, 26), "Nghị quyết về chương trình giám sát năm 2025 của Hội đồng nhân dân xã", new(2024, 6, 28), false),
        };

        var workingDays = WorkingDays(new DateOnly(2024, 1, 2), new DateOnly(2024, 6, 28));
        documents.AddRange(Series(random, "Quyết định", "QĐ-UBND", DecisionTemplates, 120, workingDays, firstNumber: 3));
        documents.AddRange(Series(random, "Kế hoạch", "KH-UBND", PlanTemplates, 87, workingDays, firstNumber: 2));

        // Outside the period: late 2023 decisions (numbered in 2023's series) and early July 2024 ones.
        var lastDecision = documents.Where(d => d.Type == "Quyết định").Max(d => NumberOf(d.Number));
        documents.Add(new("UBND", "Quyết định", "312/QĐ-UBND", new(2023, 12, 12), Subject(random, DecisionTemplates), new(2023, 12, 13), false));
        documents.Add(new("UBND", "Quyết định", "318/QĐ-UBND", new(2023, 12, 20), Subject(random, DecisionTemplates), new(2023, 12, 21), false));
        documents.Add(new("UBND", "Quyết định", "326/QĐ-UBND", new(2023, 12, 27), Subject(random, DecisionTemplates), new(2023, 12, 28), false));
        documents.Add(new("UBND", "Quyết định", Number(lastDecision + 2, "QĐ-UBND"), new(2024, 7, 2), Subject(random, DecisionTemplates), new(2024, 7, 3), false));
        documents.Add(new("UBND", "Quyết định", Number(lastDecision + 4, "QĐ-UBND"), new(2024, 7, 9), Subject(random, DecisionTemplates), new(2024, 7, 10), false));

        var ordered = documents
            .OrderBy(d => d.ProvidedOn)
            .ThenBy(d => d.Agency == "HĐND" ? 0 : 1)
            .ThenBy(d => d.Type)
            .ThenBy(d => NumberOf(d.Number))
            .ToList();
        var list = new DataList();
        foreach (var d in ordered)
        {
            list.Add(new DataRecord()
                .Set("stt", (decimal)(list.Count + 1))
                .Set("co_quan_cung_cap", d.Agency)
                .Set("loai_van_ban", d.Type)
                .Set("so_ky_hieu", d.Number)
                .Set("ngay_ban_hanh", d.Issued)
                .Set("trich_yeu", d.Summary)
                .Set("ngay_cung_cap", d.ProvidedOn)
                .Set("hinh_thuc_gui", "Bản điện tử")
                .Set("neu_trong_bao_cao", d.Mentioned ? "Có" : null));
        }

        return list;
    }

    /// <summary>
    /// A year's series of UBND documents: issue dates spread over the working days, numbers ascending with the gaps left
    /// by documents not sent to the Ban Tuyên giáo, each provided on the day of issue or one or two working days later.
    /// </summary>
    private static IEnumerable<Provided> Series(Random random, string type, string suffix, string[] templates, int count, List<DateOnly> workingDays, int firstNumber)
    {
        var issued = Enumerable.Range(0, count)
            .Select(_ => random.Next(workingDays.Count - 2))
            .Order()
            .ToList();
        var number = firstNumber;
        foreach (var dayIndex in issued)
        {
            var provided = workingDays[Math.Min(dayIndex + random.Next(3), workingDays.Count - 1)];
            yield return new Provided("UBND", type, Number(number, suffix), workingDays[dayIndex], Subject(random, templates), provided, false);
            number += 1 + random.Next(3);
        }
    }

    private static string Subject(Random random, string[] templates)
    {
        var template = templates[random.Next(templates.Length)];
        var village = "thôn " + Villages[random.Next(Villages.Length)];
        return string.Format(
            CultureInfo.InvariantCulture,
            template.Replace("thôn {0}", "{0}", StringComparison.Ordinal),
            village,
            (1 + random.Next(6)).ToString(CultureInfo.InvariantCulture),
            random.Next(2) == 0 ? "I" : "II",
            random.Next(2) == 0 ? "1" : "2").Replace("thôn thôn", "thôn", StringComparison.Ordinal);
    }

    private static string Number(int number, string suffix) =>
        number.ToString("00", CultureInfo.InvariantCulture) + "/" + suffix;

    private static int NumberOf(string number) =>
        int.Parse(number.AsSpan(0, number.IndexOf('/', StringComparison.Ordinal)), CultureInfo.InvariantCulture);

    private static List<DateOnly> WorkingDays(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(d))
            {
                days.Add(d);
            }
        }

        return days;
    }

    private static DataList Sessions()
    {
        static DataRecord Row(int stt, DateOnly date, string village, string form, string content, int people) =>
            new DataRecord()
                .Set("stt", (decimal)stt)
                .Set("ngay", date)
                .Set("thon", village)
                .Set("hinh_thuc", form)
                .Set("noi_dung", content)
                .Set("so_nguoi_tham_du", (decimal)people);

        const string Law = "Phổ biến giáo dục pháp luật";
        return
        [
            Row(1, new(2023, 12, 15), "Thôn Nà Pài", "Họp thôn", "Công tác phòng chống cháy rừng mùa khô", 45),
            Row(2, new(2024, 1, 18), "Thôn Khuổi Chủ", Law, "Luật xử lý vi phạm hành chính", 52),
            Row(3, new(2024, 3, 7), "Thôn Nà Pài", Law, "Luật đất đai sửa đổi", 61),
            Row(4, new(2024, 3, 12), "Thôn Bản Chang", "Sinh hoạt chi bộ", "Nghị quyết Hội nghị Trung ương 8 khóa XIII", 28),
            Row(5, new(2024, 4, 16), "Thôn Nà Lẹng", Law, "một số văn bản quy định mới trong lĩnh vực lâm nghiệp", 48),
            Row(6, new(2024, 5, 23), "Thôn Bản Chang", Law, "Luật đất đai sửa đổi", 53),
            Row(7, new(2024, 6, 10), "Thôn Khuổi Chủ", "Sinh hoạt đoàn thể", "Phòng chống đuối nước cho trẻ em", 35),
        ];
    }

    private static DataList Concerns() =>
    [
        new DataRecord()
            .Set("stt", 1m)
            .Set("ngay_ghi_nhan", new DateOnly(2024, 2, 15))
            .Set("nguon", "Hội nghị giao ban")
            .Set("noi_dung", "tình hình thiên tai, dịch tả lợn châu phi diễn biến khó lường")
            .Set("tinh_trang", "Đang theo dõi"),
        new DataRecord()
            .Set("stt", 2m)
            .Set("ngay_ghi_nhan", new DateOnly(2024, 4, 20))
            .Set("nguon", "Cộng tác viên dư luận xã hội")
            .Set("noi_dung", "tình hình vi phạm hành chính về trật tự an toàn giao thông đường bộ vẫn còn xảy ra")
            .Set("tinh_trang", "Đang theo dõi"),
    ];

    /// <summary>The five tasks of section IV of the seed report, word for word.</summary>
    public static IReadOnlyList<string> TaskTexts { get; } =
    [
        "Tiếp tục chỉ đạo Ban Tuyên giáo Đảng ủy chủ trì phối hợp với HĐND, UBND, MTTQ, các đoàn thể xã thống nhất kế hoạch thông tin, tuyên truyền trong Đảng và xã hội; trực tiếp chỉ đạo, định hướng công tác thông tin, tuyên truyền về tình hình và biện pháp xử lý, giải quyết những vấn đề nổi cộm, bức xúc; chỉ đạo tổ chức đấu tranh với các tổ chức, cá nhân có hành vi xuyên tạc sự thật, kích động nhân dân. Phối hợp nắm tình hình tư tưởng, dư luận xã hội; tham mưu cho cấp ủy tổ chức rút kinh nghiệm sau khi giải quyết vụ việc, vấn đề bức xúc lớn, có tính chất “phức tạp”, “nhạy cảm”.",
        "Tiếp tục chỉ đạo Hội đồng nhân dân xã chủ động giải quyết vấn đề bức xúc có liên quan đến thẩm quyền, chức năng, nhiệm vụ của Hội đồng nhân dân và đại biểu Hội đồng nhân dân. Đề xuất nội dung phối hợp với Ban Tuyên giáo xã về công tác thông tin, tuyên truyền, nắm tình hình tư tưởng, dư luận xã hội, đấu tranh phản bác quan điểm sai trái, xuyên tạc.",
        "Chỉ đạo Ủy ban nhân dân xã chủ động đề xuất, phối hợp với Ban Tuyên giáo, MTTQ, các đoàn thể tham mưu cho cấp ủy, người đứng đầu cơ quan về phương án thông tin, tuyên truyền trước, trong và sau khi xử lý, giải quyết vụ việc, vấn đề nổi cộm, nhân dân quan tâm. Cung cấp thông tin, phối hợp nắm tình hình tư tưởng, dư luận xã hội, đấu tranh phản bác thông tin sai trái, kích động, xuyên tạc sự thật; giải quyết kịp thời những vấn đề mà Ban Tuyên giáo cùng cấp phản ánh, đồng thời cung cấp thông tin kết quả giải quyết, xử lý các vụ việc, vấn đề nổi cộm, nhân dân quan tâm để ban tuyên giáo định hướng thông tin, tuyên truyền.",
        "Tăng cường đấu tranh, phản bác các quan điểm sai trái, thù địch, thông tin giả, sai sự thật; ngăn cản việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội",
        "Chỉ đạo Thường trực Hội đồng nhân dân, UBND xã, MTTQ, các đoàn thể xã, các chi bộ trực thuộc, các đồng chí tuyên truyền viên cơ sở tuyên truyền tốt việc thực thi pháp luật, triển khai kế hoạch phát triển kinh tế - xã hội, giải quyết các vấn đề nổi cộm, Nhân dân quan tâm trong 6 tháng cuối năm 2024. Xây dựng kế hoạch phối hợp thực hiện nhiệm vụ năm 2025.",
    ];

    private static DataList Tasks() =>
        [.. TaskTexts.Select((text, i) => (object?)new DataRecord().Set("stt", (decimal)(i + 1)).Set("noi_dung", text))];

    public static IReadOnlyList<(string Recipient, string Delivery)> RecipientRows { get; } =
    [
        ("Lưu Đảng ủy", "Bản giấy"),
        ("Ban Tuyên giáo Huyện ủy (B/c)", "Bản điện tử"),
        ("Thường trực Đảng ủy; TT HĐND xã", "Bản điện tử"),
        ("Lãnh đạo UBND xã", "Bản điện tử"),
        ("Ban Tuyên giáo Đảng ủy", "Bản điện tử"),
        ("Ủy ban MTTQ và các đoàn thể xã", "Bản điện tử"),
        ("Các đồng chí Báo cáo viên", "Bản điện tử"),
    ];

    private static DataList Recipients() =>
        [.. RecipientRows.Select((r, i) => (object?)new DataRecord()
            .Set("stt", (decimal)(i + 1))
            .Set("noi_nhan", r.Recipient)
            .Set("hinh_thuc_gui", r.Delivery))];
}
