using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;
using static LucBinh.Docs.SampleTrackers.Catalogue.Fields;

namespace LucBinh.Docs.SampleTrackers.Catalogue.Kinds;

/// <summary>
/// bao-cao-dinh-ky: the committee's report of quý III năm 2024. Its figures are kept month by month from January 2023,
/// so that any period of 2024 chosen with --period (a month, a quarter, 6 or 9 months) has its same period of 2023; its
/// tasks carry deadlines up to mid-2025, so the next period of each has its own.
/// </summary>
internal static class PeriodicReportSample
{
    private const int Seed = 20240930;

    public static readonly string[] FieldsOfWork = ["Xây dựng Đảng", "Tuyên giáo, dân vận", "Kinh tế - xã hội", "Quốc phòng - an ninh"];

    public static CatalogueEntry Entry { get; } = new(
        new TemplateManifest("bao-cao-dinh-ky", DocumentKind.Report, "Báo cáo định kỳ")
        {
            KindCode = "BC",
            Description = "Báo cáo tháng, quý, 6 tháng, 9 tháng, năm của Đảng ủy (chọn kỳ bằng --period): kết quả theo lĩnh vực, các chỉ tiêu so với cùng kỳ năm trước, đánh giá và nhiệm vụ kỳ tới.",
            Sample = CatalogueEntry.SamplePath("bao-cao-dinh-ky"),
            Schema = new TrackerSchema(
            [
                InfoSheet(
                    [.. Header, "ky_bao_cao", "tu_ngay", "den_ngay", "ky_tiep_theo", "can_cu_ban_hanh", .. Signer, FileName],
                    new SchemaField("Ưu điểm", "uu_diem", FieldKind.LongText) { Required = true, Hint = "Đánh giá ưu điểm của kỳ báo cáo (một đoạn văn)." },
                    new SchemaField("Hạn chế", "han_che", FieldKind.LongText) { Required = true, Hint = "Hạn chế và nguyên nhân của hạn chế trong kỳ báo cáo (một đoạn văn)." }),
                List("Kết quả", "ket_qua", "KetQua", "Kết quả nổi bật, mỗi việc một dòng; báo cáo lấy các dòng có ngày trong kỳ, nhóm theo lĩnh vực (theo thứ tự xuất hiện).",
                    Stt(),
                    new SchemaField("Ngày", "ngay", FieldKind.Date) { Width = 14, Required = true, InPeriod = true },
                    new SchemaField("Lĩnh vực", "linh_vuc", FieldKind.Choice) { Width = 22, Choices = FieldsOfWork, OnlyChoices = false, Required = true },
                    Content(90)),
                List("Chỉ tiêu", "chi_tieu", "ChiTieu", "Các chỉ tiêu chủ yếu báo cáo so với cùng kỳ, theo thứ tự in trong bảng.",
                    Stt(),
                    new SchemaField("Lĩnh vực", "linh_vuc", FieldKind.Choice) { Width = 22, Choices = FieldsOfWork, OnlyChoices = false },
                    new SchemaField("Tên chỉ tiêu", "ten_chi_tieu", FieldKind.LongText) { Width = 50, Required = true },
                    new SchemaField("Đơn vị tính", "don_vi_tinh", FieldKind.Text) { Width = 12, Required = true }),
                List("Số liệu", "so_lieu", "SoLieu", "Số liệu từng tháng của mỗi chỉ tiêu (ngày cuối tháng); giữ cả năm trước để so sánh cùng kỳ.",
                    new SchemaField("Ngày", "ngay", FieldKind.Date) { Width = 14, Required = true },
                    new SchemaField("Tên chỉ tiêu", "ten_chi_tieu", FieldKind.LongText) { Width = 50, Required = true },
                    new SchemaField("Số lượng", "so_luong", FieldKind.Number) { Width = 12, Required = true },
                    new SchemaField("Ghi chú", "ghi_chu", FieldKind.LongText) { Width = 30 }),
                List("Nhiệm vụ", "nhiem_vu", "NhiemVu", "Nhiệm vụ và thời hạn; báo cáo liệt kê các nhiệm vụ có thời hạn trong kỳ tiếp theo.",
                    Stt(),
                    Content(90),
                    new SchemaField("Thời hạn", "thoi_han", FieldKind.Date) { Width = 14 }),
                Recipients,
            ]) { Title = "Sổ theo dõi báo cáo định kỳ" },
        },
        Build);

    private static readonly (string Field, string Name, string Unit, double Monthly, bool Decimal)[] Indicators =
    [
        ("Xây dựng Đảng", "Đảng viên mới được kết nạp", "đồng chí", 0.6, false),
        ("Xây dựng Đảng", "Cuộc kiểm tra, giám sát của Đảng ủy", "cuộc", 0.8, false),
        ("Xây dựng Đảng", "Văn bản Đảng ủy ban hành", "văn bản", 9, false),
        ("Tuyên giáo, dân vận", "Buổi tuyên truyền, phổ biến giáo dục pháp luật", "buổi", 1.4, false),
        ("Tuyên giáo, dân vận", "Lượt người tham dự tuyên truyền", "lượt", 70, false),
        ("Kinh tế - xã hội", "Diện tích rừng trồng mới", "ha", 4.5, true),
        ("Kinh tế - xã hội", "Đường giao thông nông thôn được bê tông hóa", "km", 0.35, true),
        ("Quốc phòng - an ninh", "Vụ việc mâu thuẫn được hòa giải thành", "vụ", 0.7, false),
    ];

    private static DataRecord Build()
    {
        var info = CommitteeInfo2024()
            .Set("so_van_ban", 158m)
            .Set("ky_hieu", "BC/ĐU")
            .Set("ngay_ban_hanh", new DateOnly(2024, 9, 20))
            .Set("ky_bao_cao", "quý III năm 2024")
            .Set("tu_ngay", new DateOnly(2024, 7, 1))
            .Set("den_ngay", new DateOnly(2024, 9, 30))
            .Set("ky_tiep_theo", "quý IV năm 2024")
            .Set("can_cu_ban_hanh", "Thực hiện Chương trình công tác năm 2024 của Ban Chấp hành Đảng bộ xã")
            .Set("uu_diem", "Ban Chấp hành, Ban Thường vụ Đảng ủy đã bám sát Nghị quyết của Đảng bộ xã, lãnh đạo thực hiện đồng bộ các nhiệm vụ; các chi bộ duy trì sinh hoạt định kỳ; công tác tuyên truyền được đổi mới, nắm chắc tình hình tư tưởng của cán bộ, đảng viên và Nhân dân; các chỉ tiêu chủ yếu cơ bản đạt tiến độ đề ra.")
            .Set("han_che", "Một số chi bộ nội dung sinh hoạt chưa phong phú; tiến độ trồng rừng và bê tông hóa đường giao thông nông thôn ở một số thôn còn chậm do thời tiết mưa nhiều; việc nắm bắt dư luận xã hội trên không gian mạng có lúc chưa kịp thời. Nguyên nhân chủ yếu là cán bộ kiêm nhiệm nhiều việc, nguồn lực đầu tư còn hạn chế.")
            .Set("ten_tep_bao_cao", "Báo cáo quý III năm 2024");

        var data = new DataRecord();
        data.Set(TrackerKeys.Info, info);
        data.Set("ket_qua", Results());
        data.Set("chi_tieu", Rows(Indicators.Select(i => new DataRecord()
            .Set("linh_vuc", i.Field).Set("ten_chi_tieu", i.Name).Set("don_vi_tinh", i.Unit))));
        data.Set("so_lieu", Figures());
        data.Set("nhiem_vu", Tasks());
        data.Set("noi_nhan", RecipientRows(
            ("Ban Thường vụ Huyện ủy (b/c)", "Bản điện tử"),
            ("Văn phòng Huyện ủy", "Bản điện tử"),
            ("Các đồng chí Đảng ủy viên", "Bản điện tử"),
            ("Các chi bộ trực thuộc", "Bản điện tử"),
            ("Lưu Văn phòng Đảng ủy", "Bản giấy")));
        return data;
    }

    /// <summary>Every indicator, every month from January 2023 to September 2024 (months without any are not written).</summary>
    private static DataList Figures()
    {
        var random = new Random(Seed);
        var rows = new List<DataRecord>();
        for (var month = new DateOnly(2023, 1, 1); month <= new DateOnly(2024, 9, 1); month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            foreach (var (_, name, _, monthly, isDecimal) in Indicators)
            {
                // 2024 a little above 2023, as the committee's targets rise year on year.
                var mean = monthly * (month.Year == 2024 ? 1.15 : 1.0);
                var value = mean * (0.4 + (1.2 * random.NextDouble()));
                var amount = isDecimal ? Math.Round((decimal)value, 1) : Math.Round((decimal)value, 0);
                if (amount > 0)
                {
                    rows.Add(new DataRecord().Set("ngay", end).Set("ten_chi_tieu", name).Set("so_luong", amount).Set("ghi_chu", null));
                }
            }
        }

        return [.. rows];
    }

    private static DataList Results()
    {
        (string Field, DateOnly Date, string Text)[] results =
        [
            ("Xây dựng Đảng", new(2024, 2, 26), "Tổ chức hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII cho 100% cán bộ, đảng viên."),
            ("Xây dựng Đảng", new(2024, 5, 17), "Tổ chức trao Huy hiệu 30, 40 năm tuổi Đảng cho 04 đồng chí đảng viên đợt 19/5/2024."),
            ("Xây dựng Đảng", new(2024, 7, 12), "Lãnh đạo các chi bộ sơ kết 6 tháng đầu năm; 12/12 chi bộ tổ chức sinh hoạt định kỳ đúng quy định, 04 chi bộ sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
            ("Xây dựng Đảng", new(2024, 8, 20), "Ủy ban Kiểm tra Đảng ủy kiểm tra việc thực hiện nhiệm vụ đảng viên tại Chi bộ thôn Nà Pài và Chi bộ thôn Bản Chang; qua kiểm tra các chi bộ và đảng viên chấp hành tốt."),
            ("Xây dựng Đảng", new(2024, 9, 10), "Xét, đề nghị kết nạp 02 quần chúng ưu tú vào Đảng tại Chi bộ thôn Khuổi Chủ và Chi bộ Trường Trung học cơ sở."),
            ("Tuyên giáo, dân vận", new(2024, 3, 7), "Phối hợp tuyên truyền Luật Đất đai năm 2024 tại thôn Nà Pài với 61 người tham dự."),
            ("Tuyên giáo, dân vận", new(2024, 7, 25), "Tuyên truyền kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ; thăm, tặng quà các gia đình chính sách trên địa bàn xã."),
            ("Tuyên giáo, dân vận", new(2024, 8, 14), "Tổ chức tuyên truyền các văn bản hướng dẫn thi hành Luật Đất đai năm 2024 có hiệu lực từ ngày 01/8/2024 tại các buổi họp thôn."),
            ("Tuyên giáo, dân vận", new(2024, 9, 2), "Tổ chức các hoạt động kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9; duy trì trang fanpage của xã đăng tải tin, bài tuyên truyền."),
            ("Kinh tế - xã hội", new(2024, 4, 15), "Hoàn thành gieo cấy vụ Xuân; chỉ đạo phòng, chống dịch tả lợn châu Phi, tiêm phòng vắc xin cho đàn gia súc đợt 1."),
            ("Kinh tế - xã hội", new(2024, 7, 30), "Hoàn thành gieo cấy lúa vụ Mùa đạt kế hoạch; tiếp tục trồng rừng sản xuất tại các thôn Phiêng Lầu, Nà Lẹng."),
            ("Kinh tế - xã hội", new(2024, 8, 28), "Hoàn thành bê tông hóa tuyến đường thôn Nà Mu theo phương thức Nhà nước và Nhân dân cùng làm; Nhân dân hiến đất, góp ngày công."),
            ("Kinh tế - xã hội", new(2024, 9, 16), "Khắc phục hậu quả mưa lũ do ảnh hưởng của bão số 3, hỗ trợ các hộ bị thiệt hại về nhà ở và hoa màu; đảm bảo an sinh xã hội."),
            ("Quốc phòng - an ninh", new(2024, 2, 20), "Tổ chức giao quân năm 2024 đạt 100% chỉ tiêu."),
            ("Quốc phòng - an ninh", new(2024, 7, 18), "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực phòng chống thiên tai; tình hình an ninh chính trị, trật tự an toàn xã hội ổn định."),
            ("Quốc phòng - an ninh", new(2024, 9, 5), "Tổ đội hòa giải ở cơ sở hòa giải thành các vụ việc mâu thuẫn trong Nhân dân, không để phát sinh điểm nóng."),
        ];
        return Rows(results.Select(r => new DataRecord().Set("ngay", r.Date).Set("linh_vuc", r.Field).Set("noi_dung", r.Text)));
    }

    private static DataList Tasks()
    {
        (string Text, DateOnly Deadline)[] tasks =
        [
            ("Sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024 ở các chi bộ trực thuộc.", new(2024, 7, 15)),
            ("Lãnh đạo hoàn thành gieo cấy lúa vụ Mùa và chăm sóc rừng trồng năm 2024.", new(2024, 8, 31)),
            ("Tổ chức các hoạt động kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9.", new(2024, 9, 2)),
            ("Lãnh đạo thu hoạch vụ Mùa, triển khai sản xuất vụ Đông năm 2024.", new(2024, 10, 31)),
            ("Chỉ đạo tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn.", new(2024, 11, 18)),
            ("Lãnh đạo kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2024.", new(2024, 12, 20)),
            ("Tổng kết công tác xây dựng Đảng năm 2024, xây dựng chương trình công tác năm 2025.", new(2024, 12, 25)),
            ("Chuẩn bị và tổ chức Đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2027.", new(2025, 3, 31)),
            ("Tổ chức các hoạt động mừng Đảng, mừng Xuân Ất Tỵ năm 2025.", new(2025, 1, 28)),
            ("Chuẩn bị các điều kiện tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030.", new(2025, 6, 30)),
        ];
        return Rows(tasks.OrderBy(t => t.Deadline).Select(t => new DataRecord().Set("noi_dung", t.Text).Set("thoi_han", t.Deadline)));
    }
}
