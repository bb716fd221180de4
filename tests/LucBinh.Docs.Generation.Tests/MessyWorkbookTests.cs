using ClosedXML.Excel;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>
/// Staff trackers grow extra sheets (issue 12): a "Tổng hợp" summary under a merged title with numbers and no header
/// row, a notes sheet with two columns headed alike. Such a sheet never blocks a report that does not use it: the
/// report is the same as from the clean tracker, and the web host's job (the same check) accepts it too.
/// </summary>
[TestClass]
public sealed class MessyWorkbookTests
{
    [TestMethod]
    public void Extra_messy_sheets_do_not_block_the_report_and_do_not_change_it()
    {
        var clean = File.ReadAllBytes(RepoPaths.SampleTracker);
        var messy = WithMessySheets(clean);
        var template = TemplateFile.FromPath(RepoPaths.ReportTemplate);

        var fromClean = InMemoryReport.Generate(template, (clean, "so.xlsx"));
        var fromMessy = InMemoryReport.Generate(template, (messy, "so-them-trang.xlsx"));

        Assert.AreEqual(WordText.Body(fromClean.Document), WordText.Body(fromMessy.Document));
        var sheetWarnings = fromMessy.Warnings.Where(w => w.Location is Diagnostics.SheetLocation s && s.Sheet is "Tổng hợp" or "Ghi chú").ToList();
        Assert.IsNotEmpty(sheetWarnings, "the messy sheets are named in warnings");
        Assert.IsFalse(sheetWarnings.Any(w => w.IsError), string.Join("\n", sheetWarnings));
    }

    [TestMethod]
    public void The_messy_sheets_stay_reachable_in_the_data()
    {
        var (diagnostics, data) = ReportCheck.RunWithData(null, (WithMessySheets(File.ReadAllBytes(RepoPaths.SampleTracker)), "so.xlsx"));
        Assert.IsNotNull(data);
        Assert.IsTrue(data.ContainsKey("tong_hop"), "the summary sheet is in the model (raw or as a list)");
        Assert.IsTrue(data.ContainsKey("ghi_chu"), "the notes sheet is in the model");
        Assert.IsFalse(diagnostics.Any(d => d.IsError && d.Location is Diagnostics.SheetLocation s && s.Sheet is "Tổng hợp" or "Ghi chú"), string.Join("\n", diagnostics));
    }

    /// <summary>The tracker with a summary sheet (merged title, numbers, no header row) and a notes sheet (two headers alike).</summary>
    private static byte[] WithMessySheets(byte[] tracker)
    {
        using var input = new MemoryStream(tracker);
        using var workbook = new XLWorkbook(input);
        var summary = workbook.AddWorksheet("Tổng hợp");
        summary.Cell("A1").Value = "TỔNG HỢP KẾT QUẢ 6 THÁNG";
        summary.Range("A1:D1").Merge();
        summary.Cell("A3").Value = 12;
        summary.Cell("B3").Value = 340;
        summary.Cell("C3").Value = 5;
        summary.Cell("A4").Value = 7;
        summary.Cell("B4").Value = 120;
        var notes = workbook.AddWorksheet("Ghi chú");
        notes.Cell("A1").Value = "Nội dung";
        notes.Cell("B1").Value = "Nôi dung";
        notes.Cell("A2").Value = "Nhắc thôn Nà Pài nộp danh sách";
        notes.Cell("B2").Value = "Đã nhắc";
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
