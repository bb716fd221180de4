using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>Cell values are typed from the cell type and the number format, never from how ClosedXML would guess.</summary>
[TestClass]
public sealed class ValueTypingTests
{
    private static DataRecordRow ReadRow(params string[] cells)
    {
        var builder = new XlsxBuilder();
        var headers = cells.Select((_, i) => "Cột " + (i + 1)).ToArray();
        builder.Sheet("Dữ liệu").Texts(1, headers).Row(2, cells);
        var result = Model.Read(builder);
        return new DataRecordRow(result, result.List("du_lieu").Row(0));
    }

    private sealed record DataRecordRow(TrackerReadResult Result, Data.DataRecord Row)
    {
        public object? this[int column] => Row["cot_" + column];
    }

    [TestMethod]
    public void Shared_inline_and_rich_text_strings_read_as_text_without_phonetic_runs()
    {
        var builder = new XlsxBuilder();
        var plain = builder.SharedString("Văn bản");
        var rich = builder.SharedString("<r><t>Luật </t></r><r><rPr><b/></rPr><t>đất đai</t></r><rPh sb=\"0\" eb=\"1\"><t>ルビ</t></rPh>");
        builder.Sheet("Dữ liệu").Texts(1, "A", "B", "C")
            .Row(2, Cell.Shared("A2", plain), Cell.Shared("B2", rich), Cell.Str("C2", "nội dung"));
        var row = Model.Read(builder).List("du_lieu").Row(0);
        Assert.AreEqual("Văn bản", row["a"]);
        Assert.AreEqual("Luật đất đai", row["b"]);
        Assert.AreEqual("nội dung", row["c"]);
    }

    [TestMethod]
    public void Text_is_normalised_to_NFC_and_trimmed_and_blank_text_is_empty()
    {
        var decomposed = "Thôn Nà Pài".Normalize(System.Text.NormalizationForm.FormD);
        var row = ReadRow(Cell.Str("A2", "  " + decomposed + " \n"), Cell.Str("B2", "   "), Cell.Str("C2", "x"));
        Assert.AreEqual("Thôn Nà Pài", row[1]);
        Assert.IsTrue(((string)row[1]!).IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.IsNull(row[2]);
    }

    [TestMethod]
    public void Numbers_are_decimals_rounded_like_Excel_shows_them()
    {
        var row = ReadRow(
            Cell.Num("A2", "214"),
            Cell.Num("B2", "0.30000000000000004"),
            Cell.Num("C2", "1E-3"),
            Cell.Num("D2", "1234567", XlsxBuilder.Thousands),
            Cell.Num("E2", "-12.5"),
            Cell.Num("F2", "7", XlsxBuilder.QuotedText));
        Assert.AreEqual(214m, row[1]);
        Assert.AreEqual(0.3m, row[2]);
        Assert.AreEqual(0.001m, row[3]);
        Assert.AreEqual(1234567m, row[4]);
        Assert.AreEqual(-12.5m, row[5]);
        Assert.AreEqual(7m, row[6], "A quoted word in a format (\"ngày\" 0) does not make a date.");
    }

    [TestMethod]
    public void Date_formats_built_in_custom_and_locale_give_dates()
    {
        var date = new DateOnly(2024, 6, 20);
        var row = ReadRow(
            Cell.Date("A2", date, XlsxBuilder.BuiltInDate),
            Cell.Date("B2", date, XlsxBuilder.CustomDate),
            Cell.Date("C2", date, XlsxBuilder.LocaleDate),
            Cell.Date("D2", new DateOnly(2024, 6, 1), XlsxBuilder.MonthYear),
            Cell.Num("E2", "45463.75", XlsxBuilder.CustomDate));
        Assert.AreEqual(date, row[1]);
        Assert.AreEqual(date, row[2]);
        Assert.AreEqual(date, row[3]);
        Assert.AreEqual(new DateOnly(2024, 6, 1), row[4]);
        Assert.AreEqual(date, row[5], "A time of day in a date cell is dropped: the model has dates.");
    }

    [TestMethod]
    public void Time_formats_give_time_text_not_a_date_of_1899()
    {
        var row = ReadRow(Cell.Num("A2", "0.5", XlsxBuilder.BuiltInTime), Cell.Num("B2", "0.0009375", XlsxBuilder.MinutesSeconds));
        Assert.AreEqual("12:00", row[1]);
        Assert.AreEqual("00:01:21", row[2]);
    }

    [TestMethod]
    public void Iso_date_cells_of_type_d_read_as_dates()
    {
        var row = ReadRow(Cell.IsoDate("A2", "2024-05-20T00:00:00"), Cell.IsoDate("B2", "2024-05-20"));
        Assert.AreEqual(new DateOnly(2024, 5, 20), row[1]);
        Assert.AreEqual(new DateOnly(2024, 5, 20), row[2]);
    }

    [TestMethod]
    public void Excel_1900_leap_year_bug_and_1904_date_system_are_handled()
    {
        var row = ReadRow(Cell.Num("A2", "1", XlsxBuilder.CustomDate), Cell.Num("B2", "61", XlsxBuilder.CustomDate), Cell.Num("C2", "45463", XlsxBuilder.CustomDate));
        Assert.AreEqual(new DateOnly(1900, 1, 1), row[1]);
        Assert.AreEqual(new DateOnly(1900, 3, 1), row[2]);
        Assert.AreEqual(new DateOnly(2024, 6, 20), row[3]);

        var builder = new XlsxBuilder().Date1904();
        builder.Sheet("S").Texts(1, "Ngày", "Khác").Row(2, Cell.Num("A2", "44001", XlsxBuilder.CustomDate), Cell.Str("B2", "x"));
        Assert.AreEqual(new DateOnly(2024, 6, 20), Model.Read(builder).List("s").Row(0)["ngay"]);
    }

    [TestMethod]
    public void Booleans_read_as_booleans()
    {
        var row = ReadRow(Cell.Bool("A2", true), Cell.Bool("B2", false));
        Assert.IsTrue((bool)row[1]!);
        Assert.IsFalse((bool)row[2]!);
    }

    [TestMethod]
    public void Error_values_are_empty_with_a_warning_naming_the_cell()
    {
        var row = ReadRow(Cell.Str("A2", "x"), Cell.Error("B2", "#N/A"));
        Assert.IsNull(row[2]);
        var warning = row.Result.Single("TRK010");
        Assert.AreEqual(DiagnosticSeverity.Warning, warning.Severity);
        warning.AssertAt("Dữ liệu", "B2");
        StringAssert.Contains(warning.Message(), "#N/A");
        StringAssert.Contains(warning.Message(), "Hãy sửa công thức");
        StringAssert.Contains(warning.ToDisplayString(), "trang tính «Dữ liệu», ô B2");
    }

    [TestMethod]
    public void Formulas_give_their_cached_value_without_recalculating()
    {
        // The cached results deliberately differ from what the formulas would compute: the reader must not recalculate.
        var row = ReadRow(
            Cell.Formula("A2", "1+1", "5"),
            Cell.FormulaText("B2", "CONCATENATE(\"a\",\"b\")", "kết quả"),
            Cell.Formula("C2", "TODAY()", "45463", XlsxBuilder.CustomDate),
            Cell.Formula("D2", "XLOOKUP(1,A:A,B:B)", "3"));
        Assert.AreEqual(5m, row[1]);
        Assert.AreEqual("kết quả", row[2]);
        Assert.AreEqual(new DateOnly(2024, 6, 20), row[3]);
        Assert.AreEqual(3m, row[4]);
        Model.AssertNoDiagnostics(row.Result);
    }

    [TestMethod]
    public void Many_errors_on_one_sheet_are_listed_up_to_a_limit_then_counted()
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("Lỗi").Texts(1, "Giá trị", "Ghi chú");
        for (var r = 2; r <= 51; r++)
        {
            sheet.Row(r, Cell.Error(XlsxBuilder.CellRef(r, 1), "#REF!"), Cell.Str(XlsxBuilder.CellRef(r, 2), "x"));
        }

        var result = Model.Read(builder);
        Assert.AreEqual(20, result.Diagnostics.Count(d => d.Code == "TRK010"));
        var summary = result.Single("TRK024");
        StringAssert.Contains(summary.Message(UiLanguage.English), "30 more cells");
    }
}
