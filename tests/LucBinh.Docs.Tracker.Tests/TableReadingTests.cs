using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>Excel tables (ListObjects) become lists of rows under the sheet's key and under the table's name.</summary>
[TestClass]
public sealed class TableReadingTests
{
    private static XlsxBuilder Sessions(int lastRow, Action<XlsxBuilder.SheetSpec> rows, int totalsRows = 0)
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("Tuyên truyền")
            .Texts(1, "STT", "Ngày", "Thôn", "Số người tham dự")
            .Table("TuyenTruyen", $"A1:D{lastRow}", 1, totalsRows, "STT", "Ngày", "Thôn", "Số người tham dự");
        rows(sheet);
        return builder;
    }

    private static string[] Session(int row, int stt, DateOnly date, string village, int people) =>
    [
        Cell.Num($"A{row}", stt.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Cell.Date($"B{row}", date),
        Cell.Str($"C{row}", village),
        Cell.Num($"D{row}", people.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    [TestMethod]
    public void A_table_is_a_list_under_the_sheet_key_and_the_table_name_with_folded_and_original_headers()
    {
        var result = Model.Read(Sessions(3, s => s
            .Row(2, Session(2, 1, new(2024, 1, 18), "Thôn Khuổi Chủ", 52))
            .Row(3, Session(3, 2, new(2024, 3, 7), "Thôn Nà Pài", 61))));
        Model.AssertNoDiagnostics(result);
        CollectionAssert.AreEqual(new[] { "tuyen_truyen", "TuyenTruyen" }, result.Data.Keys().ToArray());
        var list = result.List("tuyen_truyen");
        Assert.AreSame(list, result.Data["TuyenTruyen"]);
        Assert.AreSame(list, result.Data["Tuyên truyền"], "The sheet's own name is an alias of its key.");
        Assert.HasCount(2, list);
        var row = list.Row(0);
        CollectionAssert.AreEqual(new[] { "stt", "ngay", "thon", "so_nguoi_tham_du" }, row.Keys().ToArray());
        Assert.AreEqual(52m, row["so_nguoi_tham_du"]);
        Assert.AreEqual(52m, row["Số người tham dự"]);
        Assert.AreEqual(new DateOnly(2024, 1, 18), row["ngay"]);
        Assert.AreEqual(new DataSource("Tuyên truyền", 2), row.Source);
        Assert.AreEqual(new DataSource("Tuyên truyền", 3), list.Row(1).Source);
    }

    [TestMethod]
    public void Blank_rows_inside_and_a_trailing_total_row_are_not_data()
    {
        var result = Model.Read(Sessions(6, s => s
            .Row(2, Session(2, 1, new(2024, 1, 18), "Thôn Khuổi Chủ", 52))
            .Row(4, Session(4, 2, new(2024, 3, 7), "Thôn Nà Pài", 61))
            .Row(6, Cell.Str("A6", "Tổng cộng"), Cell.Formula("D6", "SUM(D2:D5)", "113"))));
        var list = result.List("tuyen_truyen");
        Assert.HasCount(2, list);
        Assert.AreEqual(4, list.Row(1).Source!.Row);
    }

    [TestMethod]
    public void A_trailing_row_of_SUM_formulas_is_a_total_row_and_so_is_the_table_totals_row()
    {
        var sums = Model.Read(Sessions(4, s => s
            .Row(2, Session(2, 1, new(2024, 1, 18), "Thôn Khuổi Chủ", 52))
            .Row(3, Session(3, 2, new(2024, 3, 7), "Thôn Nà Pài", 61))
            .Row(4, Cell.Formula("D4", "SUM(D2:D3)", "113"))));
        Assert.HasCount(2, sums.List("tuyen_truyen"));

        var totals = Model.Read(Sessions(4, totalsRows: 1, rows: s => s
            .Row(2, Session(2, 1, new(2024, 1, 18), "Thôn Khuổi Chủ", 52))
            .Row(3, Session(3, 2, new(2024, 3, 7), "Thôn Nà Pài", 61))
            .Row(4, Cell.Num("A4", "99"), Cell.Formula("D4", "SUBTOTAL(109,[Số người tham dự])", "113"))));
        Assert.HasCount(2, totals.List("tuyen_truyen"));
    }

    [TestMethod]
    public void A_last_row_with_ordinary_values_is_data_even_with_a_formula()
    {
        var result = Model.Read(Sessions(3, s => s
            .Row(2, Session(2, 1, new(2024, 1, 18), "Thôn Khuổi Chủ", 52))
            .Row(3, Cell.Formula("A3", "A2+1", "2"), Cell.Date("B3", new(2024, 3, 7)), Cell.Str("C3", "Thôn Nà Pài"), Cell.Num("D3", "61"))));
        Assert.HasCount(2, result.List("tuyen_truyen"));
        Assert.AreEqual(2m, result.List("tuyen_truyen").Row(1)["stt"]);
    }

    [TestMethod]
    public void Text_dates_in_a_date_column_become_dates_and_other_text_there_is_reported()
    {
        var result = Model.Read(Sessions(5, s => s
            .Row(2, Session(2, 1, new(2024, 1, 18), "Thôn Khuổi Chủ", 52))
            .Row(3, Cell.Num("A3", "2"), Cell.Str("B3", "07/03/2024"), Cell.Str("C3", "Thôn Nà Pài"), Cell.Num("D3", "61"))
            .Row(4, Cell.Num("A4", "3"), Cell.Str("B4", "2024-03-12"), Cell.Str("C4", "Thôn Bản Chang"), Cell.Num("D4", "28"))
            .Row(5, Cell.Num("A5", "4"), Cell.Str("B5", "chưa rõ"), Cell.Str("C5", "Thôn Nà Lẹng"), Cell.Num("D5", "48"))));
        var list = result.List("tuyen_truyen");
        Assert.AreEqual(new DateOnly(2024, 3, 7), list.Row(1)["ngay"]);
        Assert.AreEqual(new DateOnly(2024, 3, 12), list.Row(2)["ngay"]);
        Assert.AreEqual("chưa rõ", list.Row(3)["ngay"]);
        var warning = result.Single("TRK017");
        warning.AssertAt("Tuyên truyền", "B5");
        StringAssert.Contains(warning.Message(), "20/06/2024");
    }

    [TestMethod]
    public void A_text_column_with_one_date_like_text_stays_text()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "Số ký hiệu", "Trích yếu").Texts(2, "1/2/2024", "a").Texts(3, "05/NQ-HĐND", "b");
        var list = Model.Read(builder).List("s");
        Assert.AreEqual("1/2/2024", list.Row(0)["so_ky_hieu"]);
    }

    [TestMethod]
    public void Header_collisions_after_folding_are_numbered_with_warnings_naming_both_cells()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Dư luận")
            .Texts(1, "Nội dung", "Nội  dung", "Nôi dung")
            .Texts(2, "a", "b", "c")
            .Table("DuLuan", "A1:C2", "Nội dung", "Nội  dung", "Nôi dung");
        var result = Model.Read(builder);
        var errors = result.Diagnostics.Where(d => d.Code == "TRK012").ToList();
        Assert.HasCount(2, errors);
        Assert.IsTrue(errors.All(e => e.Severity == DiagnosticSeverity.Warning));
        errors[0].AssertAt("Dư luận", "B1");
        errors[1].AssertAt("Dư luận", "C1");
        StringAssert.Contains(errors[0].Message(), "ô A1");
        StringAssert.Contains(errors[0].Message(), "noi_dung_2");
        var row = result.List("du_luan").Row(0);
        CollectionAssert.AreEqual(new[] { "noi_dung", "noi_dung_2", "noi_dung_3" }, row.Keys().ToArray());
        CollectionAssert.AreEqual(new object[] { "a", "b", "c" }, row.Fields.Select(f => f.Value).ToArray());
        Assert.AreEqual("a", row["Nội dung"], "The header text names the first column of the name.");
    }

    [TestMethod]
    public void Two_tables_with_one_name_are_a_warning_with_sheet_and_cell()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Một").Texts(1, "A").Texts(2, "x").Table("DanhSach", "A1:A2", "A");
        builder.Sheet("Hai").Texts(3, "A").Texts(4, "y").Table("DanhSach", "A3:A4", "A");
        var result = Model.Read(builder);
        var error = result.Single("TRK013");
        Assert.AreEqual(DiagnosticSeverity.Warning, error.Severity);
        Assert.AreEqual("y", ((DataList)result.Data["DanhSach_2"]!).Row(0)["a"]);
        error.AssertAt("Hai", "A3");
        StringAssert.Contains(error.Message(), "«Một», ô A1");
        Assert.AreEqual("x", ((DataList)result.Data["DanhSach"]!).Row(0)["a"]);
    }

    [TestMethod]
    public void A_table_without_a_header_row_is_an_error()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "x", "y").Table("KhongTieuDe", "A1:B1", 0, 0, "Cột1", "Cột2");
        var error = Model.Read(builder).Single("TRK014");
        error.AssertAt("S", "A1");
        StringAssert.Contains(error.Message(), "hàng tiêu đề");
    }

    [TestMethod]
    public void A_sheet_with_two_tables_is_an_object_of_its_tables()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Danh mục")
            .Texts(1, "Thôn", null, "Hình thức")
            .Texts(2, "Nà Pài", null, "Họp thôn")
            .Table("Thon", "A1:A2", "Thôn")
            .Table("HinhThuc", "C1:C2", "Hình thức");
        var result = Model.Read(builder);
        var sheet = result.Record("danh_muc");
        CollectionAssert.AreEqual(new[] { "Thon", "HinhThuc" }, sheet.Keys().ToArray());
        Assert.AreSame(sheet["Thon"], result.Data["Thon"]);
        Assert.AreEqual("Họp thôn", ((DataList)result.Data["HinhThuc"]!).Row(0)["hinh_thuc"]);
    }

    [TestMethod]
    public void Hidden_rows_are_read_unless_hidden_by_an_active_filter_and_the_option_asks()
    {
        XlsxBuilder Build(bool activeFilter)
        {
            var builder = new XlsxBuilder();
            builder.Sheet("S").Texts(1, "Thôn", "Số")
                .Row(2, Cell.Str("A2", "Nà Pài"), Cell.Num("B2", "1"))
                .Row(3, hidden: true, Cell.Str("A3", "Khuổi Chủ"), Cell.Num("B3", "2"))
                .Row(4, Cell.Str("A4", "Bản Chang"), Cell.Num("B4", "3"))
                .AutoFilter("A1:B4", activeFilter);
            return builder;
        }

        Assert.HasCount(3, Model.Read(Build(activeFilter: true)).List("s"), "Hidden rows are read by default.");
        var skip = new TrackerReadOptions { SkipRowsHiddenByFilter = true };
        var filtered = Model.Read(Build(activeFilter: true), skip).List("s");
        CollectionAssert.AreEqual(new object[] { "Nà Pài", "Bản Chang" }, filtered.Rows().Select(r => r["thon"]).ToArray());
        Assert.HasCount(3, Model.Read(Build(activeFilter: false), skip).List("s"), "A row hidden by hand is not hidden by a filter.");
    }

    [TestMethod]
    public void Hidden_sheets_are_read()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Ẩn", state: "hidden").Texts(1, "A", "B").Texts(2, "x", "y");
        Assert.AreEqual("x", Model.Read(builder).List("an").Row(0)["a"]);
    }

    [TestMethod]
    public void Table_column_names_with_line_breaks_match_their_header_text()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Row(1, Cell.Str("A1", "Số người\ntham dự"), Cell.Str("B1", "Thôn"))
            .Texts(2, "5", "x")
            .Table("T", "A1:B2", "Số người_x000a_tham dự", "Thôn");
        var row = Model.Read(builder).List("s").Row(0);
        CollectionAssert.AreEqual(new[] { "so_nguoi_tham_du", "thon" }, row.Keys().ToArray());
        Assert.AreEqual("5", row["Số người tham dự"]);
    }
}
