using System.Globalization;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// Merged ranges and declared ranges (issue 11): merges are counted (TRK025 past <see cref="TrackerLimits.MaxMergedRanges"/>),
/// de-duplicated, clamped to rows that exist and looked up, never scanned per cell; a table declared to Excel's last row
/// costs only the rows that exist.
/// </summary>
[TestClass]
public sealed class MergeLimitTests
{
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A table declaring a million rows, <paramref name="rows"/> real rows, and the same vertical merge many times.</summary>
    private static byte[] RepeatedMerge(int copies, int rows = 3)
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "Thôn", "Số").Table("Bang", "A1:B1048576", "Thôn", "Số");
        for (var r = 2; r <= rows + 1; r++)
        {
            sheet.Row(r, r == 2 ? Cell.Str("A2", "Nà Pài") : string.Empty, Cell.Num("B" + N(r), N(r)));
        }

        for (var i = 0; i < copies; i++)
        {
            sheet.Merge("A2:A50001");
        }

        return builder.Build();
    }

    [TestMethod]
    public void A_merge_repeated_20000_times_in_a_table_of_a_million_rows_is_filled_once()
    {
        var (result, _, cost) = Hostile.Read(RepeatedMerge(20_000));
        Model.AssertNoDiagnostics(result!);
        var rows = result!.List("Bang");
        Assert.HasCount(3, rows);
        Assert.IsTrue(rows.Rows().All(r => (string?)r["thon"] == "Nà Pài"), "the merge fills the rows under it");
        Hostile.Quick(cost);
        Assert.IsLessThan(64L * 1024 * 1024, cost.AllocatedBytes, cost.ToString());
    }

    [TestMethod]
    public void Merges_past_the_limit_are_refused_with_the_sheet_and_cell()
    {
        Hostile.Quick(Hostile.Refused(RepeatedMerge(200_000), "TRK025", "S", "A2", TrackerLimits.Default.MaxMergedRanges));
        Hostile.Quick(Hostile.Refused(RepeatedMerge(20_001), "TRK025", "S", "A2", TrackerLimits.Server.MaxMergedRanges, TrackerLimits.Server));
    }

    [TestMethod]
    public void Overlapping_merges_fill_each_cell_once_the_first_range_winning()
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S").Texts(1, "Nhóm", "Tên");
        for (var r = 2; r <= 1001; r++)
        {
            sheet.Row(r, r % 10 == 2 ? Cell.Str("A" + N(r), "Nhóm " + N(r)) : string.Empty, Cell.Str("B" + N(r), "Người " + N(r)));
        }

        // Groups of ten rows, then ranges from every row down to the end, overlapping all of them (a hostile file).
        for (var r = 2; r <= 1001; r += 10)
        {
            sheet.Merge($"A{N(r)}:A{N(r + 9)}");
        }

        for (var r = 2; r <= 1001; r++)
        {
            sheet.Merge($"A{N(r)}:XFD1048576");
        }

        var (result, _, cost) = Hostile.Read(builder.Build());
        var rows = result!.List("s");
        Assert.HasCount(1000, rows);
        Assert.AreEqual("Nhóm 2", rows.Row(9)["nhom"]);
        Assert.AreEqual("Nhóm 12", rows.Row(10)["nhom"]);
        Assert.AreEqual("Nhóm 992", rows.Row(999)["nhom"]);
        Hostile.Quick(cost, 3);
    }

    [TestMethod]
    public void Merges_far_below_the_last_row_and_headers_merged_across_every_column_cost_nothing()
    {
        var builder = new XlsxBuilder();
        var sheet = builder.Sheet("S")
            .Texts(1, "SỔ THEO DÕI").Merge("A1:XFD1")
            .Texts(2, "Nhóm", null, "Ghi chú").Merge("A2:B2")
            .Texts(3, "Thôn", "Số")
            .Row(4, Cell.Str("A4", "Nà Pài"), Cell.Num("B4", "61"), Cell.Str("C4", "x"));
        for (var c = 1; c <= 5000; c++)
        {
            // Ranges that start far below the data: nothing there to fill.
            sheet.Merge($"{XlsxBuilder.CellRef(900_000 + c, 1)}:{XlsxBuilder.CellRef(1_048_576, 16384)}");
        }

        var (result, _, cost) = Hostile.Read(builder.Build());
        var row = result!.List("s").Row(0);
        // "Nhóm" merged over "Thôn" | "Số": a two-row header, the sub-columns keyed under their group.
        Assert.AreEqual("Nà Pài", row["nhom_thon"]);
        Assert.AreEqual(61m, row["nhom_so"]);
        Hostile.Quick(cost, 2);
    }
}
