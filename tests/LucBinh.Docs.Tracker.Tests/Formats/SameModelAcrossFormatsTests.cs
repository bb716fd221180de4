using System.Globalization;
using System.Text;
using LucBinh.Docs.Conversion;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests.Formats;

/// <summary>
/// One workbook built in code, saved by LibreOffice Calc as .xls (Excel 97–2003) and .xlsb (Excel binary) as a user
/// would, reads into the same data model as the .xlsx: the same keys and labels, the same value types and values, the
/// same sheet and row of every record, and the same warnings at the same cells.
/// </summary>
[TestClass]
public sealed class SameModelAcrossFormatsTests
{
    private static readonly Lazy<byte[]> Xlsx = new(BuildWorkbook);

    [TestMethod]
    public void An_xls_gives_the_model_of_the_same_workbook_saved_as_xlsx()
    {
        var fromXlsx = TrackerReader.Read(Xlsx.Value, "so.xlsx");
        var fromXls = TrackerReader.Read(SaveAs("xls"), "so.xls");
        AssertSameModel(fromXlsx, fromXls);
    }

    [TestMethod]
    public void An_xlsb_gives_the_model_of_the_same_workbook_saved_as_xlsx()
    {
        var fromXlsx = TrackerReader.Read(Xlsx.Value, "so.xlsx");
        var fromXlsb = TrackerReader.Read(SaveAs("xlsb:Calc MS Excel 2007 Binary", ".xlsb"), "so.xlsb");
        AssertSameModel(fromXlsx, fromXlsb);
    }

    [TestMethod]
    public void The_workbook_read_as_xlsx_has_every_shape_the_comparison_relies_on()
    {
        // Guards the comparison above: it must compare a model with lists, objects, a raw sheet, every value type.
        var result = TrackerReader.Read(Xlsx.Value, "so.xlsx");
        var info = result.Record("thong_tin_chung");
        Assert.AreEqual(new DateOnly(2024, 6, 20), info["ngay_ban_hanh"]);
        Assert.AreEqual(2024m, info["nam"]);
        Assert.IsNull(info["so_van_ban"]);
        Assert.AreEqual(true, info["da_ky"]);
        var list = result.List("danh_sach");
        Assert.HasCount(3, list);
        CollectionAssert.AreEqual(
            new[] { "stt", "ho_va_ten", "ngay_sinh", "so_luong_nam", "so_luong_nu", "ty_le", "ghi_chu" }, list.Row(0).Keys().ToArray());
        Assert.AreEqual("Nà Pài", list.Row(1)["ghi_chu"], "a cell merged down fills the rows it covers");
        Assert.AreEqual(0.125m, list.Row(0)["ty_le"]);
        Assert.AreEqual(new DataSource("Danh sách", 7), list.Row(2).Source);
        Assert.AreEqual(1234567.5m, ((DataRecord)result.Record("so_lieu")["cells"]!)["B2"]);
        Assert.AreEqual("Đinh Thị Mỹ", result.Record("nguoi_ky")["nguoi_ky"]);
        result.Single("TRK014").AssertAt("Số liệu", "A2");
    }

    private static void AssertSameModel(TrackerReadResult expected, TrackerReadResult actual)
    {
        Assert.AreEqual(Describe(expected.Data), Describe(actual.Data));
        Assert.AreEqual(Describe(expected.Diagnostics), Describe(actual.Diagnostics));
    }

    /// <summary>Every key, label, type, value and source of a model, one per line, in order.</summary>
    private static string Describe(object? value)
    {
        var text = new StringBuilder();
        Write(text, "", value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, string path, object? value)
    {
        switch (value)
        {
            case DataRecord record:
                text.Append(CultureInfo.InvariantCulture, $"{path} record {record.Source}\n");
                foreach (var field in record.Fields)
                {
                    Write(text, $"{path}.{field.Key}[{field.Label}]", field.Value);
                }

                break;
            case DataList list:
                text.Append(CultureInfo.InvariantCulture, $"{path} list {list.Count}\n");
                for (var i = 0; i < list.Count; i++)
                {
                    Write(text, $"{path}[{i}]", list[i]);
                }

                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"{path} {value?.GetType().Name ?? "null"} {Convert.ToString(value, CultureInfo.InvariantCulture)}\n");
                break;
        }
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Code} {d.Severity} {(d.Location as SheetLocation)?.Sheet} {(d.Location as SheetLocation)?.Cell}"));

    /// <summary>
    /// A tracker of the shapes the reader knows: a key/value sheet with a text, a date, a number, an empty value and a
    /// boolean; a list under a title and a two-row merged header, with a cell merged down, decimals and a total line; a
    /// raw sheet; a header-less label/value sheet.
    /// </summary>
    private static byte[] BuildWorkbook()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Thông tin chung")
            .Texts(1, "Thông tin", "Giá trị")
            .Texts(2, "Cơ quan ban hành", "ĐẢNG ỦY XÃ LỤC BÌNH")
            .Row(3, Cell.Str("A3", "Ngày ban hành"), Cell.Date("B3", new(2024, 6, 20)))
            .Row(4, Cell.Str("A4", "Năm"), Cell.Num("B4", "2024"))
            .Texts(5, "Số văn bản", null)
            .Row(6, Cell.Str("A6", "Đã ký"), Cell.Bool("B6", true));
        builder.Sheet("Danh sách")
            .Texts(1, "DANH SÁCH HỘ GIA ĐÌNH").Merge("A1:G1")
            .Texts(3, "STT", "Họ và tên", "Ngày sinh", "Số lượng", null, "Tỷ lệ", "Ghi chú")
            .Merge("A3:A4").Merge("B3:B4").Merge("C3:C4").Merge("D3:E3").Merge("F3:F4").Merge("G3:G4")
            .Texts(4, null, null, null, "Nam", "Nữ", null, null)
            .Row(5, Cell.Num("A5", "1"), Cell.Str("B5", "Hoàng Văn An"), Cell.Date("C5", new(1980, 3, 2)), Cell.Num("D5", "2"), Cell.Num("E5", "3"), Cell.Num("F5", "0.125"), Cell.Str("G5", "Nà Pài"))
            .Row(6, Cell.Num("A6", "2"), Cell.Str("B6", "Lý Thị Bình"), Cell.Date("C6", new(1975, 12, 31)), Cell.Num("D6", "1"), Cell.Num("E6", "0"), Cell.Num("F6", "0.5"))
            .Merge("G5:G6")
            .Row(7, Cell.Num("A7", "3"), Cell.Str("B7", "Nông Văn Cường"), Cell.Date("C7", new(2001, 1, 1)), Cell.Num("D7", "4"), Cell.Num("E7", "4"), Cell.Num("F7", "1"), Cell.Str("G7", "Bản Chang"))
            .Row(8, Cell.Str("A8", "Tổng cộng"), Cell.Formula("D8", "SUM(D5:D7)", "7"), Cell.Formula("E8", "SUM(E5:E7)", "7"));
        builder.Sheet("Số liệu")
            .Row(2, Cell.Num("A2", "2024"), Cell.Num("B2", "1234567.5"))
            .Row(4, Cell.Str("B4", "ghi chú"), Cell.Date("C4", new(2024, 6, 30)));
        builder.Sheet("Người ký")
            .Texts(1, "Chức vụ", "Bí thư")
            .Texts(2, "Người ký", "Đinh Thị Mỹ")
            .Row(3, Cell.Str("A3", "Số điện thoại"), Cell.Num("B3", "912345678"));
        return builder.Build();
    }

    /// <summary>The workbook saved by LibreOffice Calc in another format, in a temporary folder (cached per format for the run).</summary>
    private static byte[] SaveAs(string target, string? extension = null)
    {
        ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        extension ??= "." + target;
        lock (Saved)
        {
            if (!Saved.TryGetValue(target, out var bytes))
            {
                bytes = LibreOfficeConverter.ConvertAsync(Xlsx.Value, ".xlsx", target, extension, new LibreOfficeLimits(TimeSpan.FromMinutes(3)), "so.xlsx")
                    .GetAwaiter().GetResult();
                Saved[target] = bytes;
            }

            return bytes;
        }
    }

    private static readonly Dictionary<string, byte[]> Saved = [];
}
