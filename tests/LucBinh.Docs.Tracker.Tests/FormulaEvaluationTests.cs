using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>Formulas without a cached result (files written by programs) are computed; what cannot be computed is reported.</summary>
[TestClass]
public sealed class FormulaEvaluationTests
{
    [TestMethod]
    public void Formulas_without_a_cached_value_are_computed_with_their_cell_format()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("Tuyên truyền")
            .Texts(1, "STT", "Số người", "Gấp đôi", "Ngày", "Nhãn", "Đủ")
            .Row(2, Cell.Num("A2", "1"), Cell.Num("B2", "52"), Cell.Formula("C2", "B2*2", null), Cell.Formula("D2", "DATE(2024,6,20)", null, XlsxBuilder.CustomDate), Cell.Formula("E2", "CONCATENATE(\"Thôn \",\"Nà Pài\")", null), Cell.Formula("F2", "B2>50", null))
            .Row(3, Cell.Formula("A3", "A2+1", null), Cell.Num("B3", "61"), Cell.Formula("C3", "C2+B3*2", null), Cell.Formula("D3", "D2+1", null, XlsxBuilder.CustomDate), Cell.Formula("E3", "'Tuyên truyền'!E2", null), Cell.Formula("F3", "B3>100", null));
        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        var rows = result.List("tuyen_truyen");
        Assert.AreEqual(104m, rows.Row(0)["gap_doi"]);
        Assert.AreEqual(new DateOnly(2024, 6, 20), rows.Row(0)["ngay"]);
        Assert.AreEqual("Thôn Nà Pài", rows.Row(0)["nhan"]);
        Assert.IsTrue((bool)rows.Row(0)["du"]!);
        Assert.AreEqual(2m, rows.Row(1)["stt"]);
        Assert.AreEqual(226m, rows.Row(1)["gap_doi"]);
        Assert.AreEqual(new DateOnly(2024, 6, 21), rows.Row(1)["ngay"]);
        Assert.AreEqual("Thôn Nà Pài", rows.Row(1)["nhan"]);
        Assert.IsFalse((bool)rows.Row(1)["du"]!);
    }

    [TestMethod]
    public void A_long_chain_of_uncached_formulas_is_computed()
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "Số", "Ghi chú").Row(2, Cell.Num("A2", "1"), Cell.Str("B2", "x"));
        for (var r = 3; r <= 3000; r++)
        {
            sheet.Row(r, Cell.Formula($"A{r}", $"A{r - 1}+1", null), Cell.Str($"B{r}", "x"));
        }

        var result = Model.Read(builder);
        Model.AssertNoDiagnostics(result);
        Assert.AreEqual(2999m, result.List("s").Row(2998)["so"]);
    }

    [TestMethod]
    public void Formulas_that_cannot_be_computed_are_empty_with_a_warning_naming_the_cell()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "A", "B", "C", "D")
            .Row(2, Cell.Num("A2", "1"), Cell.Formula("B2", "XLOOKUP(1,A:A,A:A)", null), Cell.Formula("C2", "D2+1", null), Cell.Formula("D2", "C2+1", null))
            .Row(3, Cell.Num("A3", "2"), Cell.Formula("B3", "1/0", null));
        var result = Model.Read(builder);
        var row = result.List("s").Row(0);
        Assert.IsNull(row["b"]);
        Assert.IsNull(row["c"]);
        var unknown = result.Diagnostics.Where(d => d.Code == "TRK011").ToList();
        CollectionAssert.Contains(unknown.Select(d => ((Diagnostics.SheetLocation)d.Location!).Cell).ToArray(), "B2");
        var circular = result.Diagnostics.Where(d => d.Code == "TRK027").Select(d => ((Diagnostics.SheetLocation)d.Location!).Cell).ToArray();
        CollectionAssert.AreEquivalent(new[] { "C2", "D2" }, circular, Model.Describe(result));
        StringAssert.Contains(unknown.First(d => ((Diagnostics.SheetLocation)d.Location!).Cell == "B2").Message(), "=XLOOKUP(1,A:A,A:A)");
        StringAssert.Contains(unknown[0].Message(), "nhấn Lưu");
        Assert.IsTrue(result.Diagnostics.Any(d => d.Code is "TRK010" or "TRK011" && ((Diagnostics.SheetLocation)d.Location!).Cell == "B3"), Model.Describe(result));
    }

    [TestMethod]
    public void An_uncached_SUM_row_at_the_end_is_still_a_total_row()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S")
            .Texts(1, "Thôn", "Số người")
            .Row(2, Cell.Str("A2", "Nà Pài"), Cell.Num("B2", "61"))
            .Row(3, Cell.Str("A3", "Bản Chang"), Cell.Num("B3", "53"))
            .Row(4, Cell.Formula("B4", "SUM(B2:B3)", null));
        Assert.HasCount(2, Model.Read(builder).List("s"));
    }
}
