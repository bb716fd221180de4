using ClosedXML.Excel;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;
using static LucBinh.Docs.TestSupport.WordFixture;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>
/// One verdict for a tracker and a template (issue 12, <see cref="ReportJob"/>): a problem blocks the report only when it
/// is in something the template uses; what the template does not use warns and never blocks.
/// </summary>
[TestClass]
public sealed class ReportVerdictTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepoPaths.SampleTracker);

    private static ReportJobResult Run(string body, byte[] tracker, ReportPeriod? period = null) =>
        ReportJob.Run(new ReportJobInput { Template = new TemplateFile(Create(body), "mau.docx"), Trackers = [new JobFile(tracker, "so.xlsx")], Period = period });

    private static string Listing(ReportJobResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToDisplayString()));

    [TestMethod]
    public void A_one_field_template_works_with_a_one_field_tracker()
    {
        var tracker = Workbook(book => Info(book, ("Người ký", "Đinh Thị Mỹ")));

        var result = Run(P("Người ký: {{ thong_tin_chung.nguoi_ky }}"), tracker);

        Assert.IsFalse(result.Blocked, Listing(result));
        Assert.AreEqual("Người ký: Đinh Thị Mỹ", WordText.BodyParagraphs(result.Documents.Single().Document).Single());
        Assert.IsEmpty(WordValidation.Errors(result.Documents[0].Document));

        var fullCheck = ReportJob.Run(new ReportJobInput { Trackers = [new JobFile(tracker, "so.xlsx")] });
        Assert.IsTrue(fullCheck.Diagnostics.Count(d => d.IsError && d.Code == "TRK031") >= 10, "alone, the tracker gets the whole schema's check: " + Listing(fullCheck));
    }

    [TestMethod]
    public void A_required_field_the_template_does_not_use_is_not_an_error_and_one_it_uses_blocks_at_its_cell()
    {
        var (noSigner, cell) = WithoutSigner();

        var other = Run(P("{{ thong_tin_chung.ten_co_quan }} báo cáo {{ thong_tin_chung.ky_bao_cao }}"), noSigner);
        Assert.IsFalse(other.Blocked, Listing(other));
        Assert.IsFalse(other.Diagnostics.Any(d => d.Code == "TRK031"), Listing(other));

        var bundled = ReportJob.Run(new ReportJobInput { Template = TemplateFile.FromPath(RepoPaths.ReportTemplate), Trackers = [new JobFile(noSigner, "so.xlsx")] });
        Assert.IsTrue(bundled.Blocked);
        Assert.IsEmpty(bundled.Documents);
        var error = bundled.Errors.Single();
        Assert.AreEqual("TRK031", error.Code);
        Assert.AreEqual(new SheetLocation("Thông tin chung", cell), error.Location);
        StringAssert.Contains(error.Message(), "Người ký");
        Assert.ThrowsExactly<LucBinhException>(() => bundled.DocumentsOrThrow());
    }

    [TestMethod]
    public void A_messy_sheet_the_template_does_not_use_warns_and_one_it_uses_blocks_naming_sheet_and_cell()
    {
        var messy = Workbook(book =>
        {
            Info(book, ("Người ký", "Đinh Thị Mỹ"));
            var summary = book.AddWorksheet("Tổng hợp");
            summary.Cell("A1").Value = "TỔNG HỢP";
            summary.Range("A1:D1").Merge();
            summary.Cell("A3").Value = 12;
            summary.Cell("B3").Value = 340;
        });

        var unused = Run(P("{{ thong_tin_chung.nguoi_ky }}"), messy);
        Assert.IsFalse(unused.Blocked, Listing(unused));
        Assert.IsTrue(unused.Diagnostics.Any(d => d.Code == "TRK014" && d.Location is SheetLocation { Sheet: "Tổng hợp" }), Listing(unused));

        var used = Run(P("Tổng: {{ tong_hop.tong_so }}"), messy);
        Assert.IsTrue(used.Blocked);
        var error = used.Errors.Single();
        Assert.AreEqual("TRK061", error.Code);
        var at = (SheetLocation)error.Location!;
        Assert.AreEqual("Tổng hợp", at.Sheet);
        Assert.IsNotNull(at.Cell, "the sheet's first cell is named");
        StringAssert.Contains(error.Message(), "tong_hop.tong_so");

        var raw = Run(P("Tổng: {{ tong_hop.cells.B3 }}"), messy);
        Assert.IsFalse(raw.Blocked, "the raw form is what data-model.md offers: " + Listing(raw));
        Assert.AreEqual("Tổng: 340", WordText.BodyParagraphs(raw.Documents[0].Document).Single());
    }

    [TestMethod]
    public void Type_and_vocabulary_errors_block_only_in_the_fields_the_template_uses()
    {
        var tracker = Workbook(book =>
        {
            Info(book, ("Người ký", "Đinh Thị Mỹ"));
            var sessions = book.AddWorksheet("Tuyên truyền");
            string[] header = ["STT", "Ngày", "Thôn", "Hình thức", "Nội dung", "Số người tham dự"];
            for (var i = 0; i < header.Length; i++)
            {
                sessions.Cell(1, i + 1).Value = header[i];
            }

            sessions.Cell(2, 1).Value = 1;
            sessions.Cell(2, 2).Value = new DateTime(2024, 3, 5);
            sessions.Cell(2, 3).Value = "Nà Pài";
            sessions.Cell(2, 4).Value = "Họp";
            sessions.Cell(2, 5).Value = "Phổ biến luật";
            sessions.Cell(2, 6).Value = "năm mươi";
        });

        var sum = Run(P("{{ tuyen_truyen | sum: \"so_nguoi_tham_du\" }}"), tracker);
        Assert.IsTrue(sum.Blocked);
        var typeError = sum.Errors.Single();
        Assert.AreEqual("TRK030", typeError.Code);
        Assert.AreEqual(new SheetLocation("Tuyên truyền", "F2"), typeError.Location);

        var form = Run(P("{% for s in tuyen_truyen %}{{ s.hinh_thuc }}{% endfor %}"), tracker);
        Assert.AreEqual("TRK032", form.Errors.Single().Code);
        Assert.AreEqual(new SheetLocation("Tuyên truyền", "D2"), form.Errors.Single().Location);

        var village = Run(P("{% for s in tuyen_truyen %}{{ s.thon }}{% endfor %}"), tracker);
        Assert.IsFalse(village.Blocked, Listing(village));
        CollectionAssert.IsSubsetOf(new[] { "TRK030", "TRK032" }, village.Diagnostics.Select(d => d.Code).ToArray(), "unused fields still warn");
    }

    [TestMethod]
    public void A_sheet_the_template_uses_and_the_tracker_lacks_is_named_with_the_closest_sheet()
    {
        var tracker = Workbook(book =>
        {
            Info(book, ("Người ký", "Đinh Thị Mỹ"));
            book.AddWorksheet("Nơi nhậ").Cell("A1").Value = "Nơi nhận";
            book.Worksheet("Nơi nhậ").Cell("A2").Value = "Huyện ủy";
        });

        var result = Run(P("x") + P("{% for n in noi_nhan %}{{ n.noi_nhan }}{% endfor %}"), tracker);

        var error = result.Errors.Single();
        Assert.AreEqual("TRK060", error.Code);
        StringAssert.Contains(error.Message(), "«Nơi nhận»");
        StringAssert.Contains(error.Message(), "Có phải «Nơi nhậ»?");
        Assert.AreEqual(2, ((DocumentLocation)error.Location!).Paragraph, "where the template uses it");
    }

    [TestMethod]
    public void A_chosen_period_supplies_the_period_fields_the_tracker_lacks()
    {
        var tracker = Workbook(book => Info(book, ("Người ký", "Đinh Thị Mỹ")));

        var result = Run(P("Báo cáo {{ thong_tin_chung.ky_bao_cao }}, {{ thong_tin_chung.nguoi_ky }}"), tracker, ReportPeriod.Parse("2025-Q2"));

        Assert.IsFalse(result.Blocked, Listing(result));
        Assert.AreEqual("Báo cáo quý II năm 2025, Đinh Thị Mỹ", WordText.BodyParagraphs(result.Documents[0].Document).Single());
    }

    [TestMethod]
    public void Strict_turns_a_missing_field_into_an_error_and_every_host_wrapper_gives_the_same_verdict()
    {
        var tracker = Workbook(book => Info(book, ("Người ký", "Đinh Thị Mỹ")));
        var body = P("{{ thong_tin_chung.nguoi_ky }} {{ thong_tin_chung.chuc_danh_khac }}");
        var template = Create(body);

        var lenient = ReportJob.Run(new ReportJobInput { Template = new TemplateFile(template, "mau.docx"), Trackers = [new JobFile(tracker, "so.xlsx")] });
        Assert.IsFalse(lenient.Blocked);
        Assert.IsTrue(lenient.Diagnostics.Any(d => d.Code == "TPL012" && !d.IsError));

        var strict = ReportJob.Run(new ReportJobInput { Template = new TemplateFile(template, "mau.docx"), Trackers = [new JobFile(tracker, "so.xlsx")], Strict = true });
        Assert.AreEqual("TPL012", strict.Errors.Single().Code);

        var check = ReportCheck.RunWithData(new TemplateFile(template, "mau.docx"), (tracker, "so.xlsx")).Diagnostics;
        CollectionAssert.AreEqual(lenient.Diagnostics.Select(d => d.ToDisplayString()).ToArray(), check.Select(d => d.ToDisplayString()).ToArray());
        var web = InMemoryReport.Generate(new TemplateFile(template, "mau.docx"), (tracker, "so.xlsx"));
        CollectionAssert.AreEqual(lenient.Documents[0].Document, web.Document, "the web wrapper returns the job's document");
    }

    [TestMethod]
    public void Last_years_tracker_adds_its_rows_each_naming_its_file()
    {
        static byte[] Book(int year, params string[] villages) => Workbook(book =>
        {
            Info(book, ("Người ký", "Đinh Thị Mỹ"));
            var sessions = book.AddWorksheet("Tuyên truyền");
            sessions.Cell("A1").Value = "Ngày";
            sessions.Cell("B1").Value = "Thôn";
            for (var i = 0; i < villages.Length; i++)
            {
                sessions.Cell(i + 2, 1).Value = new DateTime(year, 3, i + 1);
                sessions.Cell(i + 2, 2).Value = villages[i];
            }
        });
        var body = P("{{ tuyen_truyen | in_period: \"ngay\", \"2024-01-01\", \"2024-06-30\" | size }} buổi, cùng kỳ {{ tuyen_truyen | in_period: \"ngay\", \"2023-01-01\", \"2023-06-30\" | size }}")
            + P("{% for r in tuyen_truyen %}{{ r.thon }} ({{ r.tep_nguon }}); {% endfor %}");

        var result = ReportJob.Run(new ReportJobInput
        {
            Template = new TemplateFile(Create(body), "mau.docx"),
            Trackers = [new JobFile(Book(2024, "Nà Pài", "Khuổi Hẻo"), "so-2024.xlsx"), new JobFile(Book(2023, "Bản Chang"), "/thu-muc/so-2023.xlsx")],
        });

        Assert.IsFalse(result.Blocked, Listing(result));
        CollectionAssert.AreEqual(
            new[] { "2 buổi, cùng kỳ 1", "Nà Pài (so-2024.xlsx); Khuổi Hẻo (so-2024.xlsx); Bản Chang (so-2023.xlsx);" },
            WordText.BodyParagraphs(result.Documents[0].Document).Select(p => p.Trim()).ToArray());
    }

    /// <summary>The sample tracker with "Người ký" emptied, and the emptied cell.</summary>
    internal static (byte[] Workbook, string Cell) WithoutSigner()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Sample));
        var sheet = workbook.Worksheet("Thông tin chung");
        var value = sheet.CellsUsed().First(c => c.GetString().Trim() == "Người ký").CellRight();
        value.Clear(XLClearOptions.Contents);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return (output.ToArray(), value.Address.ToStringRelative());
    }

    /// <summary>A workbook built in code.</summary>
    private static byte[] Workbook(Action<XLWorkbook> build)
    {
        using var workbook = new XLWorkbook();
        build(workbook);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>A "Thông tin chung" sheet with the header row and the given labelled values.</summary>
    private static void Info(XLWorkbook book, params (string Label, string Value)[] items)
    {
        var sheet = book.AddWorksheet("Thông tin chung");
        sheet.Cell("A1").Value = "Thông tin";
        sheet.Cell("B1").Value = "Giá trị";
        for (var i = 0; i < items.Length; i++)
        {
            sheet.Cell(i + 2, 1).Value = items[i].Label;
            sheet.Cell(i + 2, 2).Value = items[i].Value;
        }
    }
}
