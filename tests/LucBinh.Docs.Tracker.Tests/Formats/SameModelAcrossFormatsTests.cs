using System.Globalization;
using System.Text;
using LucBinh.Docs.Conversion;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests.Formats;

/// <summary>
/// One workbook built in code, saved as .xlsx, as .xls (Excel 97–2003, by LibreOffice Calc as a user would) and as .xlsb
/// (Excel binary, written by <see cref="XlsbWriter"/>: LibreOffice 7 opens .xlsb but cannot save one), reads into the same data model as the .xlsx: the same keys and labels, the same value types and values, the
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
        ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var fromXlsb = TrackerReader.Read(BuildXlsb(), "so.xlsb");
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
    /// raw sheet; a header-less label/value sheet. Cells as (row, column, value), merges as (first row, first column,
    /// last row, last column).
    /// </summary>
    private static readonly (string Name, (int Row, int Column, object Value)[] Cells, (int, int, int, int)[] Merges)[] Sheets =
    [
        ("Thông tin chung",
        [
            (1, 1, "Thông tin"), (1, 2, "Giá trị"),
            (2, 1, "Cơ quan ban hành"), (2, 2, "ĐẢNG ỦY XÃ LỤC BÌNH"),
            (3, 1, "Ngày ban hành"), (3, 2, new DateOnly(2024, 6, 20)),
            (4, 1, "Năm"), (4, 2, 2024m),
            (5, 1, "Số văn bản"),
            (6, 1, "Đã ký"), (6, 2, true),
        ], []),
        ("Danh sách",
        [
            (1, 1, "DANH SÁCH HỘ GIA ĐÌNH"),
            (3, 1, "STT"), (3, 2, "Họ và tên"), (3, 3, "Ngày sinh"), (3, 4, "Số lượng"), (3, 6, "Tỷ lệ"), (3, 7, "Ghi chú"),
            (4, 4, "Nam"), (4, 5, "Nữ"),
            (5, 1, 1m), (5, 2, "Hoàng Văn An"), (5, 3, new DateOnly(1980, 3, 2)), (5, 4, 2m), (5, 5, 3m), (5, 6, 0.125m), (5, 7, "Nà Pài"),
            (6, 1, 2m), (6, 2, "Lý Thị Bình"), (6, 3, new DateOnly(1975, 12, 31)), (6, 4, 1m), (6, 5, 0m), (6, 6, 0.5m),
            (7, 1, 3m), (7, 2, "Nông Văn Cường"), (7, 3, new DateOnly(2001, 1, 1)), (7, 4, 4m), (7, 5, 4m), (7, 6, 1m), (7, 7, "Bản Chang"),
            (8, 1, "Tổng cộng"), (8, 4, 7m), (8, 5, 7m),
        ],
        [(1, 1, 1, 7), (3, 1, 4, 1), (3, 2, 4, 2), (3, 3, 4, 3), (3, 4, 3, 5), (3, 6, 4, 6), (3, 7, 4, 7), (5, 7, 6, 7)]),
        ("Số liệu",
        [
            (2, 1, 2024m), (2, 2, 1234567.5m),
            (4, 2, "ghi chú"), (4, 3, new DateOnly(2024, 6, 30)),
        ], []),
        ("Người ký",
        [
            (1, 1, "Chức vụ"), (1, 2, "Bí thư"),
            (2, 1, "Người ký"), (2, 2, "Đinh Thị Mỹ"),
            (3, 1, "Số điện thoại"), (3, 2, 912345678m),
        ], []),
    ];

    private static byte[] BuildWorkbook()
    {
        var builder = new XlsxBuilder();
        foreach (var (name, cells, merges) in Sheets)
        {
            var sheet = builder.Sheet(name);
            foreach (var row in cells.GroupBy(c => c.Row))
            {
                sheet.Row(row.Key, [.. row.Select(c => XlsxCell(XlsxBuilder.CellRef(c.Row, c.Column), c.Value))]);
            }

            foreach (var (r1, c1, r2, c2) in merges)
            {
                sheet.Merge(XlsxBuilder.CellRef(r1, c1) + ":" + XlsxBuilder.CellRef(r2, c2));
            }
        }

        return builder.Build();
    }

    private static string XlsxCell(string reference, object value) => value switch
    {
        string text => Cell.Str(reference, text),
        bool flag => Cell.Bool(reference, flag),
        DateOnly date => Cell.Date(reference, date),
        decimal number => Cell.Num(reference, number.ToString(CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException("Unsupported cell value: " + value),
    };

    /// <summary>The same sheets written as an Excel binary workbook (LibreOffice opens .xlsb but does not save one).</summary>
    private static byte[] BuildXlsb()
    {
        var writer = new XlsbWriter();
        foreach (var (name, cells, merges) in Sheets)
        {
            writer.Sheet(name);
            foreach (var (row, column, value) in cells)
            {
                writer.Cell(row, column, value);
            }

            foreach (var (r1, c1, r2, c2) in merges)
            {
                writer.Merge(r1, c1, r2, c2);
            }
        }

        return writer.Build();
    }

    /// <summary>The workbook saved by LibreOffice Calc in another format, in a temporary folder (cached per format for the run).</summary>
    private static byte[] SaveAs(string target)
    {
        ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var extension = "." + target;
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
