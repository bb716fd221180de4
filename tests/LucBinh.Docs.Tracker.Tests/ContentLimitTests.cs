using System.Globalization;
using System.Text;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// Cells, text and lists (issue 11): a shared string used by many cells is made once but counted for every cell
/// (<see cref="TrackerLimits.MaxTextCharacters"/>), cells, list rows and list values are counted as they are made, and
/// each limit passed stops the read with TRK025 naming the file, the sheet, the cell and the limit.
/// </summary>
[TestClass]
public sealed class ContentLimitTests
{
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A few long shared strings used by many cells, like Apache POI's poc-shared-strings.xlsx.</summary>
    private static byte[] SharedStrings(int length, int rows, int columns = 3)
    {
        var builder = new XlsxBuilder();
        for (var i = 0; i < columns; i++)
        {
            builder.SharedString(" " + new string((char)('a' + i), length) + " ");
        }

        var sheet = builder.Sheet("S");
        for (var r = 1; r <= rows; r++)
        {
            sheet.Row(r, [.. Enumerable.Range(0, columns).Select(c => Cell.Shared(XlsxBuilder.CellRef(r, c + 1), (r + c) % columns))]);
        }

        return builder.Build();
    }

    [TestMethod]
    public void A_100_KB_shared_string_used_by_100000_cells_is_refused_at_the_cell_that_passes_the_text_limit()
    {
        var workbook = SharedStrings(100_000, 33_334);
        Assert.IsLessThan(2 * 1024 * 1024, workbook.Length, "small on disk");
        var cost = Hostile.Refused(workbook, "TRK025", "S", "B334", TrackerLimits.Default.MaxTextCharacters);
        Hostile.Quick(cost, 2);
        Assert.IsLessThan(100L * 1024 * 1024, cost.AllocatedBytes, "the strings are not copied per cell: " + cost);
        Hostile.Quick(Hostile.Refused(workbook, "TRK025", "S", "C67", TrackerLimits.Server.MaxTextCharacters, TrackerLimits.Server), 2);
    }

    [TestMethod]
    public void Shared_strings_under_the_limit_are_trimmed_once_and_shared_by_their_cells()
    {
        var (result, _, cost) = Hostile.Read(SharedStrings(10_000, 2_000));
        var rows = result!.List("s");
        Assert.HasCount(1_999, rows);
        var first = rows.Row(0).Fields[0].Value;
        Assert.AreEqual(10_000, ((string)first!).Length, "trimmed");
        Assert.AreSame(first, rows.Row(3).Fields[0].Value, "one string for every cell using it");
        Assert.AreEqual(ModelBuilderLabelLength, rows.Row(0).Fields[0].Label.Length, "a header of 10,000 characters is cut");
        Assert.IsLessThan(60L * 1024 * 1024, cost.AllocatedBytes, "6,000 cells × 10,000 characters would be 120 MB: " + cost);
        Hostile.Quick(cost);
    }

    private const int ModelBuilderLabelLength = 255;

    [TestMethod]
    public void Many_tiny_cells_are_refused_at_the_cell_past_the_limit()
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "A", "B");
        for (var r = 2; r <= 30_000; r++)
        {
            sheet.Row(r, Cell.Num("A" + N(r), "1"), Cell.Num("B" + N(r), "2"));
        }

        var workbook = builder.Build();
        var limits = TrackerLimits.Server with { MaxCells = 50_000 };
        Hostile.Quick(Hostile.Refused(workbook, "TRK025", "S", "A25001", 50_000, limits));
        var (result, _, cost) = Hostile.Read(workbook, TrackerLimits.Server);
        Assert.HasCount(29_999, result!.List("s"));
        Hostile.Quick(cost);
    }

    [TestMethod]
    public void A_list_longer_than_the_limit_is_refused()
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "A");
        for (var r = 2; r <= 1_002; r++)
        {
            sheet.Row(r, Cell.Num("A" + N(r), "1"));
        }

        Hostile.Refused(builder.Build(), "TRK025", "S", "A1002", 1_000, TrackerLimits.Server with { MaxListRows = 1_000 });
    }

    [TestMethod]
    public void A_header_of_16384_columns_over_sparse_rows_is_refused_by_the_list_values_limit()
    {
        var builder = new XlsxBuilder();
        var header = Enumerable.Range(1, 16_384).Select(c => Cell.Str(XlsxBuilder.CellRef(1, c), "Cột " + N(c))).ToArray();
        var sheet = builder.Sheet("S").Row(1, header);
        for (var r = 2; r <= 100_001; r++)
        {
            sheet.Row(r, Cell.Num("A" + N(r), "1"));
        }

        var cost = Hostile.Refused(builder.Build(), "TRK025", "S", "A185", TrackerLimits.Server.MaxListValues, TrackerLimits.Server);
        Hostile.Quick(cost);
        Assert.IsLessThan(500L * 1024 * 1024, cost.AllocatedBytes, cost.ToString());
    }

    [TestMethod]
    public void A_defined_name_over_a_whole_sheet_is_counted_before_its_values_are_made()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "A").Row(1_048_576, Cell.Str("XFD1048576", "góc"));
        builder.Name("TatCa", "S!$A$1:$XFD$1048576");
        Hostile.Quick(Hostile.Refused(builder.Build(), "TRK025", "S", "A1", TrackerLimits.Default.MaxListValues));
    }

    [TestMethod]
    public void Rows_written_backwards_are_put_in_order_with_one_sort()
    {
        var rows = new StringBuilder();
        for (var r = 100_000; r >= 2; r--)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>");
        }

        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "Số");
        var workbook = Packages.WithPart(
            builder.Build(),
            "xl/worksheets/sheet1.xml",
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Số</t></is></c></row>" + rows + "</sheetData></worksheet>");
        var (result, _, cost) = Hostile.Read(workbook);
        var list = result!.List("s");
        Assert.HasCount(99_999, list);
        Assert.AreEqual(2m, list.Row(0)["so"]);
        Assert.AreEqual(100_000m, list.Row(99_998)["so"]);
        Hostile.Quick(cost);
    }

    [TestMethod]
    public void Problems_on_hundreds_of_sheets_give_a_bounded_list_that_still_counts_them_all()
    {
        var builder = new XlsxBuilder();
        for (var s = 1; s <= 200; s++)
        {
            var sheet = builder.Sheet("S" + N(s)).Texts(1, "A", "B");
            for (var r = 2; r <= 26; r++)
            {
                sheet.Row(r, Cell.Error("A" + N(r), "#N/A"), Cell.Num("B" + N(r), "1E+300"));
            }
        }

        var (result, _, cost) = Hostile.Read(builder.Build());
        var diagnostics = result!.Diagnostics;
        Assert.IsLessThanOrEqualTo(DiagnosticBagLimits, diagnostics.Count);
        var listed = diagnostics.Count(d => d.Code is "TRK010" or "TRK022");
        Assert.AreEqual(1_000, listed);
        var counted = diagnostics.Where(d => d.Code == "TRK024").Sum(d => (int)d.Arguments[0]!);
        Assert.HasCount(100, diagnostics.Where(d => d.Code == "TRK024"));
        var rest = (long)diagnostics.Single(d => d.Code == "TRK029").Arguments[0]!;
        Assert.AreEqual(200 * 50, listed + counted + rest, "every problem is listed or counted");
        Hostile.Quick(cost);
    }

    private const int DiagnosticBagLimits = 1_000 + 100 + 1;
}
