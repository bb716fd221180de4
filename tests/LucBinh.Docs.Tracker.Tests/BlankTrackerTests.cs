using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>The blank tracker (templates/so-theo-doi.xlsx): layout, validation, formats, carry-over, reproducible output.</summary>
[TestClass]
public sealed class BlankTrackerTests
{
    private static readonly string[] SheetNames = ["Thông tin chung", "Văn bản căn cứ", "Văn bản cung cấp", "Tuyên truyền", "Dư luận", "Nhiệm vụ", "Nơi nhận"];

    private static byte[] Blank(DataRecord? carryOver = null)
    {
        using var stream = new MemoryStream();
        BlankTracker.Write(stream, carryOver);
        return stream.ToArray();
    }

    [TestMethod]
    public void The_blank_tracker_reads_back_as_empty_lists_and_an_empty_Thong_tin_chung()
    {
        var result = TrackerReader.Read(Blank(), "so-theo-doi.xlsx");
        Model.AssertNoDiagnostics(result);
        var info = result.Record("thong_tin_chung");
        Assert.AreEqual(21, info.Count);
        Assert.IsTrue(info.Fields.All(f => f.Value is null));
        Assert.AreEqual("nguoi_ky", info.Fields[19].Key);
        foreach (var (key, table) in new[] { ("van_ban_can_cu", "VanBanCanCu"), ("van_ban_cung_cap", "VanBanCungCap"), ("tuyen_truyen", "TuyenTruyen"), ("du_luan", "DuLuan"), ("nhiem_vu", "NhiemVu"), ("noi_nhan", "NoiNhan") })
        {
            Assert.IsEmpty(result.List(key), key);
            Assert.AreSame(result.Data[key], result.Data[table]);
        }
    }

    [TestMethod]
    public void Sheets_tables_and_columns_follow_the_data_model()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank()), false);
        var workbook = document.WorkbookPart!;
        CollectionAssert.AreEqual(SheetNames, workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToArray());
        var provided = Worksheet(document, "Văn bản cung cấp");
        var table = provided.TableDefinitionParts.Single().Table;
        Assert.AreEqual("VanBanCungCap", table.DisplayName!.Value);
        Assert.StartsWith("A1:", table.Reference!.Value!, "The header is row 1.");
        CollectionAssert.AreEqual(
            new[] { "STT", "Cơ quan cung cấp", "Loại văn bản", "Số ký hiệu", "Ngày ban hành", "Trích yếu", "Ngày cung cấp", "Hình thức gửi", "Nêu trong báo cáo" },
            table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value).ToArray());
    }

    [TestMethod]
    public void Fixed_vocabularies_have_drop_down_lists_and_dates_have_date_validation()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank()), false);
        var validations = Worksheet(document, "Văn bản cung cấp").Worksheet.Descendants<DataValidation>().ToList();
        DataValidation At(string column) => validations.Single(v => v.SequenceOfReferences!.InnerText!.Split(' ').Any(r => r.StartsWith(column + "2:", StringComparison.Ordinal)));
        Assert.AreEqual("\"HĐND,UBND,MTTQ,Khác\"", At("B").Formula1!.Text);
        Assert.AreEqual(DataValidationValues.List, At("B").Type!.Value);
        Assert.AreEqual("\"Bản giấy,Bản điện tử\"", At("H").Formula1!.Text);
        Assert.AreEqual("\"Có\"", At("I").Formula1!.Text);
        Assert.AreEqual(DataValidationValues.Date, At("E").Type!.Value);
        Assert.AreEqual(DataValidationValues.Date, At("G").Type!.Value);
        StringAssert.Contains(At("E").Error!.Value!, "ngày/tháng/năm");

        var sessions = Worksheet(document, "Tuyên truyền").Worksheet.Descendants<DataValidation>().ToList();
        Assert.IsTrue(sessions.Any(v => v.Formula1?.Text == "\"Phổ biến giáo dục pháp luật,Sinh hoạt chi bộ,Họp thôn,Sinh hoạt đoàn thể\""));
        Assert.IsTrue(sessions.Any(v => v.Type?.Value == DataValidationValues.Whole && v.SequenceOfReferences!.InnerText!.Split(' ').Contains("F2:F2001")));
        foreach (var (sheet, list) in new[] { ("Văn bản căn cứ", "\"Yêu cầu báo cáo,Kế hoạch thực hiện,Căn cứ chỉ đạo,Văn bản triển khai\""), ("Dư luận", "\"Đang theo dõi,Đã giải quyết\"") })
        {
            Assert.IsTrue(Worksheet(document, sheet).Worksheet.Descendants<DataValidation>().Any(v => v.Formula1?.Text == list), sheet);
        }
    }

    [TestMethod]
    public void Date_columns_are_formatted_dd_mm_yyyy_headers_are_bold_and_frozen()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank()), false);
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = styles.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var xfs = styles.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = styles.Fonts!.Elements<Font>().ToList();
        foreach (var name in SheetNames)
        {
            var worksheet = Worksheet(document, name).Worksheet;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.AreEqual(1d, pane.VerticalSplit!.Value, name);
            Assert.AreEqual(PaneStateValues.Frozen, pane.State!.Value, name);
            var a1 = worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().First(c => c.CellReference == "A1");
            Assert.IsNotNull(fonts[(int)xfs[(int)a1.StyleIndex!.Value].FontId!.Value].Bold, name + " header is bold");
        }

        var dateColumn = Worksheet(document, "Văn bản cung cấp").Worksheet.Descendants<Column>().Single(c => c.Min!.Value == 7);
        Assert.AreEqual("dd/mm/yyyy", formats[xfs[(int)dateColumn.Style!.Value].NumberFormatId!.Value]);
        Assert.IsTrue(dateColumn.Width!.Value >= 12, "readable width");
        var summaryColumn = Worksheet(document, "Văn bản cung cấp").Worksheet.Descendants<Column>().Single(c => c.Min!.Value == 6);
        Assert.IsTrue(xfs[(int)summaryColumn.Style!.Value].Alignment!.WrapText!.Value, "long text wraps");
    }

    [TestMethod]
    public void Thong_tin_chung_has_a_Vietnamese_hint_for_every_row()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Blank()), false);
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var cells = Worksheet(document, "Thông tin chung").Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .ToDictionary(c => c.CellReference!.Value!);
        string Text(string reference) =>
            cells.TryGetValue(reference, out var cell) && cell.DataType?.Value == CellValues.SharedString
                ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : cell?.InnerText ?? string.Empty;

        Assert.AreEqual("Hướng dẫn", Text("C1"));
        for (var row = 2; row <= 22; row++)
        {
            Assert.IsGreaterThan(10, Text("C" + row).Length, "row " + row);
        }

        Assert.AreEqual("Ngày ban hành", Text("A8"));
        var styles = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cells["B8"].StyleIndex!.Value).NumberFormatId!.Value;
        Assert.AreEqual("dd/mm/yyyy", styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format).FormatCode!.Value, "Ngày ban hành is a date cell");
    }

    [TestMethod]
    public void Carry_over_keeps_organisation_fields_and_recipients_and_clears_the_period()
    {
        var previous = TrackerReader.Read(TestFiles.SampleTracker).Data;
        var result = TrackerReader.Read(Blank(previous), "moi.xlsx");
        Model.AssertNoDiagnostics(result);
        var info = result.Record("thong_tin_chung");
        var old = (DataRecord)previous["thong_tin_chung"]!;
        foreach (var key in new[] { "cap_tren_truc_tiep", "co_quan_ban_hanh", "ten_co_quan", "ky_hieu", "dia_danh", "cap_uy_cap_tren", "cac_cap_uy_cap_tren", "ban_chi_dao_35_cap_tren", "trang_mang_xa_hoi", "tham_quyen_ky", "chuc_vu_nguoi_ky", "nguoi_ky" })
        {
            Assert.IsNotNull(info[key], key);
            Assert.AreEqual(old[key], info[key], key);
        }

        foreach (var key in new[] { "so_van_ban", "ngay_ban_hanh", "ky_bao_cao", "tu_ngay", "den_ngay", "ky_tiep_theo", "nam", "gui_kem", "ten_tep_bao_cao" })
        {
            Assert.IsNull(info[key], key);
        }

        CollectionAssert.AreEqual(
            ((DataList)previous["noi_nhan"]!).Rows().Select(r => r["noi_nhan"] + "|" + r["hinh_thuc_gui"]).ToArray(),
            result.List("noi_nhan").Rows().Select(r => r["noi_nhan"] + "|" + r["hinh_thuc_gui"]).ToArray());
        Assert.IsEmpty(result.List("van_ban_cung_cap"));
        Assert.IsEmpty(result.List("tuyen_truyen"));
    }

    [TestMethod]
    public void Output_is_reproducible_and_the_committed_blank_tracker_is_current()
    {
        CollectionAssert.AreEqual(Blank(), Blank());
        CollectionAssert.AreEqual(
            File.ReadAllBytes(TestFiles.BlankTracker),
            Blank(),
            "Run: dotnet run --project tools/LucBinh.Docs.SampleTrackers -- <repoRoot>, and commit the .xlsx files.");
    }

    [TestMethod]
    public void The_path_overload_writes_the_file_atomically_without_leftovers()
    {
        var folder = TestFiles.NewFolder();
        var path = Path.Combine(folder, "so-theo-doi.xlsx");
        File.WriteAllText(path, "old");
        BlankTracker.Write(path);
        CollectionAssert.AreEqual(Blank(), File.ReadAllBytes(path));
        CollectionAssert.AreEqual(new[] { path }, Directory.GetFiles(folder));
    }

    private static WorksheetPart Worksheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    }
}
