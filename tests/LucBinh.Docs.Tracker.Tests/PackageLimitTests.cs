using System.Text;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// Package limits come from <see cref="TrackerLimits"/> (issue 11): the web host's are stricter, parts read whole into
/// objects (styles, workbook, tables) have their own, smaller bound, and a damaged zip directory is a clean TRK002.
/// </summary>
[TestClass]
public sealed class PackageLimitTests
{
    private static LucBinhException Refused(byte[] workbook, TrackerLimits limits) =>
        Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(workbook, "so.xlsx", new TrackerReadOptions { Limits = limits }));

    [TestMethod]
    public void A_styles_part_too_big_to_read_whole_is_refused_on_the_web_host_but_read_by_the_command_line()
    {
        var padding = new StringBuilder();
        padding.Append("<!--");
        padding.Append('x', 17 * 1024 * 1024);
        padding.Append("-->");
        var styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + padding + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>";
        var workbook = Packages.WithPart(Packages.SmallWorkbook(), "xl/styles.xml", styles);
        Assert.IsLessThan(1024 * 1024, workbook.Length);

        var error = Refused(workbook, TrackerLimits.Server);
        Assert.AreEqual("TRK007", error.Diagnostics[0].Code);
        StringAssert.Contains(error.Diagnostics[0].Message(), "xl/styles.xml");
        StringAssert.Contains(error.Diagnostics[0].Message(), "16 MB");

        var read = TrackerReader.Read(workbook, "so.xlsx");
        Assert.AreEqual(61m, read.List("du_lieu").Row(0)["so"]);
    }

    [TestMethod]
    public void The_web_host_refuses_more_parts_than_its_limit()
    {
        var workbook = Packages.SmallWorkbook();
        var parts = Enumerable.Range(0, 2_001).Select(i => ($"customXml/item{i}.xml", "<a/>")).ToList();
        var many = ZipWith(workbook, parts);
        var error = Refused(many, TrackerLimits.Server);
        Assert.AreEqual("TRK007", error.Diagnostics[0].Code);
        StringAssert.Contains(error.Diagnostics[0].Message(), "2,000");
        Assert.AreEqual(61m, TrackerReader.Read(many, "so.xlsx").List("du_lieu").Row(0)["so"]);
    }

    [TestMethod]
    public void A_zip_whose_directory_disagrees_with_its_end_record_is_damaged_not_a_crash()
    {
        // Found in Apache POI's fuzzer cases: the end record counts one entry more than the directory holds.
        var workbook = Packages.SmallWorkbook();
        var end = workbook.AsSpan().LastIndexOf(new byte[] { 0x50, 0x4B, 0x05, 0x06 });
        Assert.IsGreaterThan(0, end);
        workbook[end + 8]++;
        workbook[end + 10]++;
        var error = Refused(workbook, TrackerLimits.Default);
        Assert.AreEqual("TRK002", error.Diagnostics[0].Code, error.Diagnostics[0].ToString());
    }

    [TestMethod]
    [DataRow("xl/workbook.xml", "</workbook>")]
    [DataRow("xl/styles.xml", "</styleSheet>")]
    public void Elements_nested_20000_deep_in_a_part_read_whole_are_refused_before_the_SDK_recurses(string part, string end)
    {
        // The Open XML SDK builds these parts recursively: 20,000 levels overflowed the stack and killed the process.
        var workbook = Packages.SmallWorkbook();
        var text = Encoding.UTF8.GetString(ZipParts(workbook, part));
        var nested = "<extLst><ext uri=\"{x}\">" + string.Concat(Enumerable.Repeat("<a:b xmlns:a=\"urn:x\">", 20_000)) + string.Concat(Enumerable.Repeat("</a:b>", 20_000)) + "</ext></extLst>";
        var hostile = Packages.WithPart(workbook, part, text.Replace(end, nested + end, StringComparison.Ordinal));
        var error = Hostile.OnSmallStack(() => Refused(hostile, TrackerLimits.Server));
        Assert.AreEqual("TRK008", error.Diagnostics[0].Code);
        StringAssert.Contains(error.Diagnostics[0].Message(), part);
        StringAssert.Contains(error.Diagnostics[0].Message(), "256");
    }

    private static byte[] ZipParts(byte[] package, string name)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(package), System.IO.Compression.ZipArchiveMode.Read);
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] ZipWith(byte[] package, List<(string Name, string Content)> extra)
    {
        using var output = new MemoryStream();
        using (var target = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new System.IO.Compression.ZipArchive(new MemoryStream(package), System.IO.Compression.ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            foreach (var (name, content) in extra)
            {
                XlsxBuilder.Add(target, name, content);
            }
        }

        return output.ToArray();
    }
}
