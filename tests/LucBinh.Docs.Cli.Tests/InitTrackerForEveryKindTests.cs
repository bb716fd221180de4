using ClosedXML.Excel;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

/// <summary>
/// Capability: for every kind in the bundled catalogue, the book <c>init-tracker --template ID</c> writes is the layout
/// the template reads. A clerk who types the sample's entries into the new book (found by sheet name and by the label or
/// column header the clerk reads, never by position) gets the same document as the sample gives.
/// </summary>
[TestClass]
public sealed class InitTrackerForEveryKindTests
{
    public static IEnumerable<object[]> Kinds =>
        TemplateCatalogue.Load(RepoPaths.Templates).Entries.Where(e => e.SamplePath is not null).Select(e => new object[] { e.Id });

    [TestMethod]
    [DynamicData(nameof(Kinds))]
    public void The_new_book_filled_like_the_sample_renders_the_sample_document(string id)
    {
        var entry = TemplateCatalogue.Load(RepoPaths.Templates).Find(id)!;
        var folder = RepoPaths.NewTempFolder();
        var book = Path.Combine(folder, "so-moi.xlsx");

        var init = CliRunner.InProcess("init-tracker", "--template", id, "--out", book);
        Assert.AreEqual(0, init.ExitCode, init.Output + init.Error);
        var typed = TypeTheSampleInto(entry.SamplePath!, book);
        Assert.IsGreaterThan(0, typed, "some of the sample's entries were typed into the new book");

        var fromSample = Path.Combine(folder, "mau.docx");
        var fromNewBook = Path.Combine(folder, "moi.docx");
        var sample = CliRunner.InProcess("generate", "--template", id, "--tracker", entry.SamplePath!, "--out", fromSample);
        var filled = CliRunner.InProcess("generate", "--template", id, "--tracker", book, "--out", fromNewBook);

        Assert.AreEqual(0, sample.ExitCode, sample.Output + sample.Error);
        Assert.AreEqual(0, filled.ExitCode, $"{id}: the new book filled like the sample renders — " + filled.Output + filled.Error);
        CollectionAssert.AreEqual(
            WordText.BodyParagraphs(File.ReadAllBytes(fromSample)).ToList(),
            WordText.BodyParagraphs(File.ReadAllBytes(fromNewBook)).ToList(),
            id + ": the same document");
    }

    /// <summary>
    /// Copies the sample's entries into the new book as a clerk would: on a sheet with a table, the rows under the
    /// headers of the same text; on a key/value sheet, the value beside the same label. Returns the cells typed.
    /// </summary>
    private static int TypeTheSampleInto(string samplePath, string bookPath)
    {
        var typed = 0;
        using var sample = new XLWorkbook(samplePath);
        using (var book = new XLWorkbook(bookPath))
        {
            foreach (var sheet in book.Worksheets)
            {
                Assert.IsTrue(sample.TryGetWorksheet(sheet.Name, out var source), $"the sample has the sheet «{sheet.Name}» the new book has");
                typed += sheet.Tables.Any() ? CopyTable(source, sheet.Tables.First()) : CopyLabelledValues(source, sheet);
            }

            book.Save();
        }

        return typed;
    }

    private static int CopyTable(IXLWorksheet source, IXLTable target)
    {
        var from = source.Tables.FirstOrDefault()?.AsRange() ?? source.RangeUsed()!;
        var headers = from.FirstRow().Cells().ToDictionary(c => Header(c), c => c.Address.ColumnNumber - from.RangeAddress.FirstAddress.ColumnNumber + 1, StringComparer.Ordinal);
        var rows = from.Rows().Skip(1).Where(r => !r.IsEmpty()).ToList();
        var targetHeaders = target.HeadersRow().Cells().Select(c => (Header(c), c.Address.ColumnNumber)).ToList();
        var firstRow = target.HeadersRow().RowNumber() + 1;
        var typed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (header, column) in targetHeaders)
            {
                if (headers.TryGetValue(header, out var at) && !rows[i].Cell(at).IsEmpty())
                {
                    target.Worksheet.Cell(firstRow + i, column).Value = rows[i].Cell(at).Value;
                    typed++;
                }
            }
        }

        target.Resize(target.RangeAddress.FirstAddress, target.Worksheet.Cell(Math.Max(firstRow + rows.Count - 1, firstRow), target.RangeAddress.LastAddress.ColumnNumber).Address);
        return typed;
    }

    private static int CopyLabelledValues(IXLWorksheet source, IXLWorksheet target)
    {
        var values = source.RowsUsed()
            .Where(r => !r.Cell(1).IsEmpty())
            .GroupBy(r => Header(r.Cell(1)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Cell(2), StringComparer.Ordinal);
        var typed = 0;
        foreach (var row in target.RowsUsed().Where(r => !r.Cell(1).IsEmpty()))
        {
            if (values.TryGetValue(Header(row.Cell(1)), out var value) && !value.IsEmpty() && row.Cell(2).IsEmpty())
            {
                row.Cell(2).Value = value.Value;
                typed++;
            }
        }

        return typed;
    }

    private static string Header(IXLCell cell) => cell.GetString().Trim().TrimEnd('*').Trim();
}
