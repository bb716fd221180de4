using System.Globalization;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// Formulas without a stored result (issue 11): computed in dependency order without recursion, each once, within
/// <see cref="TrackerLimits"/>; past a limit, refused (TRK026) or left empty with a warning naming the cell (TRK027, TRK028).
/// </summary>
[TestClass]
public sealed class FormulaLimitTests
{
    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Sheet S: header "Số", A2 = 1, then A3 = A2+1 … down to row <paramref name="lastRow"/>, no cached results.</summary>
    private static byte[] Chain(int lastRow)
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "Số").Row(2, Cell.Num("A2", "1"));
        for (var r = 3; r <= lastRow; r++)
        {
            sheet.Row(r, Cell.Formula("A" + N(r), "A" + N(r - 1) + "+1", null));
        }

        return builder.Build();
    }

    [TestMethod]
    public void A_chain_of_5000_uncached_formulas_is_computed_correctly_on_a_small_stack()
    {
        var workbook = Chain(5001);
        var (result, error, cost) = Hostile.OnSmallStack(() => Hostile.Read(workbook));
        Assert.IsNull(error);
        Model.AssertNoDiagnostics(result!);
        var rows = result!.List("s");
        Assert.HasCount(5000, rows);
        Assert.AreEqual(5000m, rows.Row(4999)["so"]);
        Hostile.Quick(cost);
    }

    [TestMethod]
    public void A_chain_of_a_million_formulas_is_refused_at_the_limit_before_any_is_computed()
    {
        var cost = Hostile.Refused(Chain(1_000_001), "TRK026", "S", "A100003", TrackerLimits.Default.MaxUncachedFormulas);
        Hostile.Quick(cost);
        Assert.IsLessThan(1024L * 1024 * 1024, cost.AllocatedBytes, cost.ToString());
    }

    [TestMethod]
    public void The_web_host_refuses_a_chain_of_100000_formulas()
    {
        var cost = Hostile.Refused(Chain(100_001), "TRK026", "S", "A50003", TrackerLimits.Server.MaxUncachedFormulas, TrackerLimits.Server);
        Hostile.Quick(cost);
    }

    [TestMethod]
    public void A_chain_across_sheets_is_computed_in_dependency_order()
    {
        // S1!B(r) = S2!A(r-1)+1 and S2!A(r) = S1!B(r)*2: each sheet waits for the other, row after row.
        var builder = new XlsxBuilder();
        var one = builder.Sheet("Một").Texts(1, "Số");
        var two = builder.Sheet("Hai bản").Texts(1, "Gấp đôi").Row(2, Cell.Num("A2", "1"));
        for (var r = 3; r <= 2002; r++)
        {
            one.Row(r, Cell.Formula("A" + N(r), "'Hai bản'!A" + N(r - 1) + "+1", null));
            two.Row(r, Cell.Formula("A" + N(r), "'Một'!A" + N(r) + "*2", null));
        }

        var (result, error, cost) = Hostile.OnSmallStack(() => Hostile.Read(builder.Build()));
        Assert.IsNull(error);
        Model.AssertNoDiagnostics(result!);
        decimal expected = 1;
        for (var r = 3; r <= 13; r++)
        {
            expected = (expected + 1) * 2;
        }

        Assert.AreEqual(expected, result!.List("hai_ban").Row(11)["gap_doi"]);
        Hostile.Quick(cost);
    }

    [TestMethod]
    public void A_defined_name_is_followed_to_the_formulas_it_covers()
    {
        // C2 sums the name Tong, which covers B3, a formula below it: B3 is computed first.
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "A", "B", "C")
            .Row(2, Cell.Num("A2", "1"), Cell.Num("B2", "10"), Cell.Formula("C2", "SUM(Tong)+Mot", null))
            .Row(3, Cell.Num("A3", "2"), Cell.Formula("B3", "A3*100", null));
        builder.Name("Tong", "S!$B$2:$B$3").Name("Mot", "Hai").Name("Hai", "S!$A$2");
        var (result, _, _) = Hostile.OnSmallStack(() => Hostile.Read(builder.Build()));
        Assert.AreEqual(211m, result!.List("s").Row(0)["c"], Model.Describe(result!));
    }

    [TestMethod]
    public void Fibonacci_style_double_references_are_computed_once_each()
    {
        // A(r) = A(r-1) + A(r-2): ClosedXML alone re-computes both branches, 2^70 steps; here 70 steps.
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "Số").Row(2, Cell.Num("A2", "1")).Row(3, Cell.Num("A3", "1"));
        for (var r = 4; r <= 72; r++)
        {
            sheet.Row(r, Cell.Formula("A" + N(r), $"A{N(r - 1)}+A{N(r - 2)}", null));
        }

        var (result, _, cost) = Hostile.Read(builder.Build());
        Model.AssertNoDiagnostics(result!);
        Assert.AreEqual(308061521170129m, result!.List("s").Row(70)["so"], "A72 = F(71)");
        Hostile.Quick(cost, 2);
    }

    [TestMethod]
    public void A_wide_fan_in_is_computed_and_counted_in_cell_reads()
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "Số", "Tổng");
        for (var r = 2; r <= 50_001; r++)
        {
            sheet.Row(r, Cell.Num("A" + N(r), "2"));
        }

        sheet.Row(50_002, Cell.Str("A50002", "x"), Cell.Formula("B50002", "0+SUM(A:A)+SUM(A2:A50001)", null));
        var (result, _, cost) = Hostile.Read(builder.Build());
        Assert.AreEqual(200_000m, result!.List("s").Rows().Last()["tong"]);
        Hostile.Quick(cost);

        // The same formula on 20 rows reads 2,000,000 cells: more than either preset computes (the web host stops at the second).
        for (var r = 50_003; r <= 50_022; r++)
        {
            sheet.Row(r, Cell.Formula("B" + N(r), "0+SUM(A:A)+SUM(A2:A50001)", null));
        }

        var refused = Hostile.Refused(builder.Build(), "TRK026", "S", "B50003", TrackerLimits.Server.MaxFormulaCellReads, TrackerLimits.Server);
        Hostile.Quick(refused);
        Hostile.Quick(Hostile.Refused(builder.Build(), "TRK026", "S", "B50011", TrackerLimits.Default.MaxFormulaCellReads));
    }

    [TestMethod]
    public void Circular_references_are_reported_with_their_cells_and_not_followed()
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "A", "B").Row(2, Cell.Formula("A2", "A3+1", null), Cell.Num("B2", "5"));
        for (var r = 3; r <= 20_000; r++)
        {
            sheet.Row(r, Cell.Formula("A" + N(r), $"A{N(r + 1)}+B2", null), Cell.Formula("B" + N(r), $"B{N(r - 1)}+1", null));
        }

        sheet.Row(20_001, Cell.Formula("A20001", "A2", null), Cell.Formula("B20001", "SUM(B2:B20000)", null));
        var (result, _, cost) = Hostile.OnSmallStack(() => Hostile.Read(builder.Build()));
        var circular = result!.Diagnostics.Where(d => d.Code == "TRK027").ToList();
        Assert.HasCount(20, circular, "20 listed on the sheet, the rest counted (TRK024)");
        circular[0].AssertAt("S", "A2");
        StringAssert.Contains(circular[0].Message(), "=A3+1");
        Assert.IsTrue(result.Diagnostics.Any(d => d.Code == "TRK024"), Model.Describe(result));
        Assert.IsNull(result.List("s").Row(0)["a"]);
        Assert.AreEqual(20003m, result.List("s").Row(19_998)["b"], "the column beside the cycle is computed");
        Hostile.Quick(cost);
    }

    [TestMethod]
    public void Formulas_too_long_or_nested_too_deep_are_not_given_to_ClosedXML()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "A", "B", "C")
            .Row(2, Cell.Formula("A2", new string('(', 3000) + "1" + new string(')', 3000), null),
                Cell.Formula("B2", string.Concat(Enumerable.Repeat("ABS(", 1000)) + "1" + new string(')', 1000), null),
                Cell.Formula("C2", "1" + string.Concat(Enumerable.Repeat("+1", 5000)), null));
        var (result, _, cost) = Hostile.OnSmallStack(() => Hostile.Read(builder.Build()));
        var skipped = result!.Diagnostics.Where(d => d.Code == "TRK028").ToDictionary(d => ((Diagnostics.SheetLocation)d.Location!).Cell!);
        StringAssert.Contains(skipped["A2"].Message(), "3,000 lớp ngoặc");
        StringAssert.Contains(skipped["B2"].Message(), "1,000 lớp ngoặc");
        StringAssert.Contains(skipped["C2"].Message(), "10,001 ký tự");
        StringAssert.Contains(skipped["C2"].Message(UiLanguage.English), "8,192");
        Hostile.Quick(cost);
    }

    [TestMethod]
    public void Functions_that_loop_or_recurse_on_their_values_are_not_computed()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "A", "B", "C", "D", "E")
            .Row(2, Cell.Formula("A2", "COMBIN(1E9,5E8)", null), Cell.Formula("B2", "FACT(1E9)", null),
                Cell.Formula("C2", "NETWORKDAYS(1,2958465)", null), Cell.Formula("D2", "ROUND(2.5,0)", null),
                Cell.Formula("E2", "SEARCH(\"a*a*a*a*b\",\"x\")", null));
        var (result, _, cost) = Hostile.OnSmallStack(() => Hostile.Read(builder.Build()));
        var notComputed = result!.Diagnostics.Where(d => d.Code == "TRK011").Select(d => ((Diagnostics.SheetLocation)d.Location!).Cell).ToArray();
        CollectionAssert.AreEquivalent(new[] { "A2", "B2", "C2", "E2" }, notComputed, Model.Describe(result));
        Assert.AreEqual(3m, result.List("s").Row(0)["d"]);
        Hostile.Quick(cost, 3);
    }

    [TestMethod]
    public void Text_that_could_outgrow_a_cell_is_not_built()
    {
        // REPT of 100 million, and a string doubled down a column (2^n): each refused before ClosedXML builds it.
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "A", "B").Row(2, Cell.Formula("A2", "REPT(\"ab\",100000000)", null), Cell.Str("B2", "abcdefgh"));
        for (var r = 3; r <= 60; r++)
        {
            sheet.Row(r, Cell.Formula("B" + N(r), $"B{N(r - 1)}&B{N(r - 1)}", null));
        }

        var (result, _, cost) = Hostile.Read(builder.Build());
        var skipped = result!.Diagnostics.Where(d => d.Code == "TRK028").Select(d => ((Diagnostics.SheetLocation)d.Location!).Cell).ToList();
        Assert.AreEqual("A2", skipped[0]);
        Assert.Contains("B14", skipped, "8 × 2^12 = 32,768 characters: past Excel's limit");
        Assert.AreEqual(16_384, ((string)result.List("s").Row(11)["b"]!).Length, "B13 is still computed");
        Hostile.Quick(cost);
        Assert.IsLessThan(200L * 1024 * 1024, cost.AllocatedBytes, cost.ToString());
    }

    [TestMethod]
    public void Criteria_functions_read_only_short_shallow_text()
    {
        // ClosedXML turns "value & criteria" into a formula and parses it recursively: 3,000 parentheses in a cell
        // would overflow the stack through COUNTIF.
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "A", "B", "C", "D")
            .Row(2, Cell.Str("A2", new string('(', 3000) + "1" + new string(')', 3000)), Cell.Formula("B2", "COUNTIF(A2:A3,\">0\")", null),
                Cell.Formula("C2", "COUNTIF(D2:D3,\">0\")", null), Cell.Num("D2", "5"))
            .Row(3, Cell.Str("A3", "x"), Cell.Formula("B3", "COUNTIF(D2:D3,\">\"&REPT(\"(\",5000))", null), Cell.Num("D3", "-1"));
        var (result, _, cost) = Hostile.OnSmallStack(() => Hostile.Read(builder.Build()));
        var skipped = result!.Diagnostics.Where(d => d.Code == "TRK028").Select(d => ((Diagnostics.SheetLocation)d.Location!).Cell).ToArray();
        CollectionAssert.AreEquivalent(new[] { "B2", "B3" }, skipped, Model.Describe(result));
        Assert.AreEqual(1m, result.List("s").Row(0)["c"]);
        Hostile.Quick(cost);
    }

    [TestMethod]
    public void Reading_stops_when_the_token_is_cancelled()
    {
        var workbook = Chain(150_001);
        var options = new TrackerReadOptions { Limits = TrackerLimits.Default with { MaxUncachedFormulas = 200_000 } };
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsExactly<OperationCanceledException>(() => TrackerReader.Read(workbook, "x.xlsx", options, cancellation.Token));

        // Cancelled while the formulas are computed: the read stops soon after, not when the work is done.
        using var late = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Throws<OperationCanceledException>(() => TrackerCheck.Check(workbook, "x.xlsx", options, late.Token));
        Console.WriteLine($"stopped after {clock.ElapsedMilliseconds} ms");
        Assert.IsLessThan(TimeSpan.FromSeconds(3), clock.Elapsed);
    }
}
