using LucBinh.Docs.Conversion;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Tracker.Tests.Formats;

/// <summary>
/// Workbooks the office keeps in other formats (issue 12): an .xls (Excel 97–2003) read by ExcelDataReader and an .ods
/// turned into .xlsx by LibreOffice give the same data model as the same workbook saved as .xlsx. The .xls and .ods
/// files are the sample tracker saved by LibreOffice Calc, as a user would.
/// </summary>
[TestClass]
public sealed class OtherFormatTests
{
    private static readonly Lazy<byte[]> Xlsx = new(() => File.ReadAllBytes(RepoPaths.SampleTracker));

    [TestMethod]
    public void An_xls_workbook_gives_the_model_of_the_same_workbook_saved_as_xlsx()
    {
        var xls = SaveAs("xls");
        var fromXls = TrackerReader.Read(xls, "so-theo-doi.xls");
        var fromXlsx = TrackerReader.Read(Xlsx.Value, "so-theo-doi.xlsx");

        // Excel tables do not exist in .xls: their names (aliases of the sheets' lists) are the only difference.
        var tableAliases = fromXlsx.Data.Fields.Select(f => f.Key).Except(fromXls.Data.Fields.Select(f => f.Key)).ToList();
        CollectionAssert.AreEquivalent(new[] { "VanBanCanCu", "VanBanCungCap", "TuyenTruyen", "DuLuan", "NhiemVu", "NoiNhan" }, tableAliases);
        foreach (var field in fromXls.Data.Fields)
        {
            Assert.AreEqual(Json(fromXlsx.Data[field.Key]), Json(field.Value), field.Key);
        }

        Assert.IsFalse(fromXls.Diagnostics.Any(d => d.IsError), string.Join("\n", fromXls.Diagnostics));
    }

    [TestMethod]
    public void An_ods_workbook_gives_exactly_the_model_of_the_xlsx()
    {
        RequireLibreOffice();
        var fromOds = TrackerReader.Read(SaveAs("ods"), "so-theo-doi.ods");
        var fromXlsx = TrackerReader.Read(Xlsx.Value, "so-theo-doi.xlsx");
        Assert.AreEqual(DataJson.Serialize(fromXlsx.Data), DataJson.Serialize(fromOds.Data));
    }

    [TestMethod]
    public void The_path_overload_reads_an_xls_by_content_whatever_its_extension()
    {
        var folder = Directory.CreateTempSubdirectory("lucbinh-xls-").FullName;
        var path = Path.Combine(folder, "so theo doi.xls");
        File.WriteAllBytes(path, SaveAs("xls"));
        Assert.AreEqual("Đinh Thị Mỹ", ((DataRecord)TrackerReader.Read(path).Data["thong_tin_chung"]!)["nguoi_ky"]?.ToString());
        Directory.Delete(folder, true);
    }

    [TestMethod]
    public void A_damaged_xls_is_refused_as_damaged_not_a_crash()
    {
        var xls = SaveAs("xls");

        // Cut short: the compound file's directory (at its end) is gone, no workbook stream can be found.
        var truncated = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(xls[..(xls.Length / 3)], "hong.xls"));
        Assert.AreEqual("TRK003", truncated.Diagnostics[0].Code, truncated.Message);

        // Records overwritten in the middle: the directory is there, the BIFF stream is garbage.
        var scrambled = (byte[])xls.Clone();
        new Random(7).NextBytes(scrambled.AsSpan(1024, scrambled.Length / 2));
        try
        {
            var result = TrackerReader.Read(scrambled, "hong.xls");
            Assert.IsNotNull(result.Data, "a damaged file may still read in part, but never crashes");
        }
        catch (LucBinhException e)
        {
            Assert.IsTrue(e.Diagnostics[0].Code is "TRK002" or "TRK003", e.Message);
        }
    }

    [TestMethod]
    public void An_xls_over_the_cell_limit_is_refused_naming_the_cell()
    {
        var limits = TrackerLimits.Server with { MaxCells = 50 };
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(SaveAs("xls"), "so.xls", new TrackerReadOptions { Limits = limits }));
        Assert.AreEqual("TRK025", error.Diagnostics[0].Code);
        Assert.IsInstanceOfType<SheetLocation>(error.Diagnostics[0].Location);
    }

    [TestMethod]
    [DoNotParallelize]
    public void Without_LibreOffice_an_ods_gets_a_message_saying_how_to_save_it_as_xlsx()
    {
        var ods = SaveAs("ods");
        var previous = Environment.GetEnvironmentVariable("LUCBINH_SOFFICE");
        Environment.SetEnvironmentVariable("LUCBINH_SOFFICE", "/nonexistent/soffice");
        try
        {
            var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(ods, "so.ods"));
            Assert.AreEqual("IO020", error.Diagnostics[0].Code);
            StringAssert.Contains(error.Diagnostics[0].Message(), ".xlsx");
        }
        finally
        {
            Environment.SetEnvironmentVariable("LUCBINH_SOFFICE", previous);
        }
    }

    [TestMethod]
    public void A_text_document_in_OpenDocument_form_is_not_taken_for_a_spreadsheet()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype").Open()))
            {
                writer.Write("application/vnd.oasis.opendocument.text");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open()))
            {
                writer.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
            }
        }

        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(stream.ToArray(), "van-ban.odt"));
        Assert.AreEqual("TRK006", error.Diagnostics[0].Code);
    }

    [TestMethod]
    public void An_ods_declaring_a_billion_repeated_cells_is_refused_before_LibreOffice_builds_them()
    {
        // calamine's issue_594_dos.ods in 1 KB: one row repeated 999,999,999 times of one cell repeated as often, holding "X".
        var bomb = OpenDocument(
            "<table:table table:name=\"Sheet1\"><table:table-row table:number-rows-repeated=\"999999999\">"
            + "<table:table-cell table:number-columns-repeated=\"999999999\" office:value-type=\"string\"><text:p>X</text:p></table:table-cell>"
            + "</table:table-row></table:table>");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(bomb, "dos.ods"));
        Assert.AreEqual("TRK025", error.Diagnostics[0].Code, error.Message);
        Assert.AreEqual("Sheet1", ((SheetLocation)error.Diagnostics[0].Location!).Sheet);
        Assert.IsLessThan(TimeSpan.FromSeconds(5), clock.Elapsed, "refused by a scan, LibreOffice never started");
    }

    private static byte[] OpenDocument(string tables)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype").Open()))
            {
                writer.Write("application/vnd.oasis.opendocument.spreadsheet");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open()))
            {
                writer.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                    + "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body></office:document-content>");
            }
        }

        return stream.ToArray();
    }

    private static string Json(object? value) =>
        DataJson.Serialize(new DataRecord().Set("v", value));

    private static void RequireLibreOffice() => ExternalTools.Require("LibreOffice", "soffice", "libreoffice");

    /// <summary>The sample tracker saved by LibreOffice Calc in another format (cached per format for the run).</summary>
    private static byte[] SaveAs(string extension)
    {
        RequireLibreOffice();
        lock (Saved)
        {
            if (!Saved.TryGetValue(extension, out var bytes))
            {
                bytes = LibreOfficeConverter.ConvertAsync(Xlsx.Value, ".xlsx", extension, "." + extension, new LibreOfficeLimits(TimeSpan.FromMinutes(3)), "sample.xlsx")
                    .GetAwaiter().GetResult();
                Saved[extension] = bytes;
            }

            return bytes;
        }
    }

    private static readonly Dictionary<string, byte[]> Saved = [];
}
