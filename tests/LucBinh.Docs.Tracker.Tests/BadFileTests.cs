using System.Diagnostics;
using System.Text;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Tracker.Reading;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests;

/// <summary>
/// Files that are not trackers, damaged or hostile: one clear Vietnamese message each (no stack trace), and the user's
/// file is never changed.
/// </summary>
[TestClass]
public sealed class BadFileTests
{
    private static readonly DateTime Stamp = new(2024, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>Writes the bytes to a file, reads it as a tracker, and checks the file's bytes and time did not change.</summary>
    private static LucBinhException Refused(byte[] content, string fileName = "so-theo-doi.xlsx")
    {
        var path = Path.Combine(TestFiles.NewFolder(), fileName);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, Stamp);
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(path));
        CollectionAssert.AreEqual(content, File.ReadAllBytes(path), "the tracker file was changed");
        Assert.AreEqual(Stamp, File.GetLastWriteTimeUtc(path), "the tracker file's time was changed");
        Assert.HasCount(1, Directory.GetFiles(Path.GetDirectoryName(path)!), "nothing was written beside the tracker");
        AssertUserFacing(error);
        return error;
    }

    private static void AssertUserFacing(LucBinhException error)
    {
        Assert.HasCount(1, error.Diagnostics);
        var vietnamese = error.Diagnostics[0].ToDisplayString(UiLanguage.Vietnamese);
        StringAssert.StartsWith(vietnamese, "Lỗi ");
        foreach (var technical in new[] { "Exception", "   at ", "System.", "InvalidData", "NullReference" })
        {
            Assert.DoesNotContain(technical, vietnamese, vietnamese);
        }

        Assert.AreNotEqual(error.Diagnostics[0].Code, error.Diagnostics[0].Message(), "the message exists in the catalog");
        Assert.DoesNotContain("{", error.Diagnostics[0].Message(UiLanguage.English));
    }

    private static string Message(LucBinhException error) => error.Diagnostics[0].Message();

    [TestMethod]
    [DataRow(".csv", "CSV")]
    [DataRow(".numbers", "Numbers")]
    public void Other_spreadsheet_extensions_say_how_to_save_as_xlsx(string extension, string kind)
    {
        var error = Refused(Encoding.UTF8.GetBytes("STT,Thôn\n1,Nà Pài\n"), "so-theo-doi" + extension);
        Assert.AreEqual("TRK009", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), kind);
        StringAssert.Contains(Message(error), "Lưu thành → Sổ làm việc Excel (.xlsx)");
    }

    [TestMethod]
    public void Random_bytes_are_not_a_workbook()
    {
        var bytes = new byte[4096];
        new Random(4).NextBytes(bytes);
        bytes[0] = 0x01;
        var error = Refused(bytes);
        Assert.AreEqual("TRK001", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "không phải là sổ tính Excel (.xlsx)");
    }

    [TestMethod]
    public void A_truncated_workbook_is_damaged()
    {
        var whole = File.ReadAllBytes(TestFiles.SampleTracker);
        var error = Refused(whole[..(whole.Length / 2)]);
        Assert.AreEqual("TRK002", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "bị hỏng hoặc chưa được chép hết");
    }

    [TestMethod]
    public void A_workbook_with_corrupted_compressed_data_is_damaged()
    {
        var bytes = Packages.SmallWorkbook();
        // Flip bytes inside the compressed data of the first part (after its 30-byte local header and name).
        for (var i = 60; i < 90; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var error = Refused(bytes);
        Assert.IsTrue(error.Diagnostics[0].Code is "TRK002" or "TRK008", error.Diagnostics[0].Code);
    }

    [TestMethod]
    public void An_encrypted_workbook_says_how_to_remove_the_password()
    {
        var error = Refused(Packages.CompoundFile("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"));
        Assert.AreEqual("TRK004", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "mật khẩu");
        StringAssert.Contains(Message(error), "Mã hóa bằng mật khẩu");
    }

    [TestMethod]
    public void A_legacy_xls_is_read_by_content_and_a_hollow_one_is_damaged()
    {
        // A compound file naming a Workbook stream but holding no BIFF records: read as .xls, refused as damaged.
        var error = Refused(Packages.CompoundFile("Workbook", "\u0005SummaryInformation"));
        Assert.AreEqual("TRK002", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "Excel 97–2003 (.xls)");
    }

    [TestMethod]
    public void A_compound_file_without_a_workbook_says_so()
    {
        var error = Refused(Packages.CompoundFile("\u0005SummaryInformation", "Contents"));
        Assert.AreEqual("TRK003", error.Diagnostics[0].Code);
    }

    [TestMethod]
    public void A_Word_document_given_as_tracker_is_named_as_such()
    {
        Assert.AreEqual("TRK005", Refused(Packages.WordDocument()).Diagnostics[0].Code);
        Assert.AreEqual("TRK005", Refused(Packages.CompoundFile("WordDocument", "1Table")).Diagnostics[0].Code);
        StringAssert.Contains(Message(Refused(Packages.WordDocument())), "văn bản Word");
    }

    [TestMethod]
    public void Other_formats_with_an_xlsx_name_are_recognised()
    {
        var odt = Refused(Packages.Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")));
        Assert.AreEqual("TRK006", odt.Diagnostics[0].Code);
        StringAssert.Contains(Message(odt), "OpenDocument");

        var csv = Refused(Encoding.UTF8.GetBytes("STT;Thôn;Số người\n1;Nà Pài;61\n"));
        Assert.AreEqual("TRK006", csv.Diagnostics[0].Code);
        StringAssert.Contains(Message(csv), "CSV");

        var html = Refused(Encoding.UTF8.GetBytes("<html><body><table><tr><td>1</td></tr></table></body></html>"));
        StringAssert.Contains(Message(html), "HTML");

        var pdf = Refused(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
        StringAssert.Contains(Message(pdf), "PDF");

        var zip = Refused(Packages.Zip(("doc/readme.txt", "xin chào")));
        Assert.AreEqual("TRK001", zip.Diagnostics[0].Code);
    }

    [TestMethod]
    public void The_limits_of_a_package_are_stated()
    {
        // Changing a limit is a decision: update this test, the TrackerLimits remarks and the user guide together.
        var cli = TrackerLimits.Default;
        long[] limits = [cli.MaxPartBytes, cli.MaxSharedStringsBytes, cli.MaxUnpackedBytes, cli.MaxPackageParts, cli.MaxCells];
        CollectionAssert.AreEqual(new long[] { 256L * 1024 * 1024, 64L * 1024 * 1024, 1024L * 1024 * 1024, 10_000, 1_000_000 }, limits);
    }

    [TestMethod]
    public void A_gigantic_shared_string_table_is_refused_quickly()
    {
        var bomb = Packages.WithHugeSharedStrings(megabytes: 65);
        Assert.IsLessThan(1024 * 1024, bomb.Length, "the bomb is small on disk");
        var clock = Stopwatch.StartNew();
        var error = Refused(bomb);
        clock.Stop();
        Assert.AreEqual("TRK007", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "xl/sharedStrings.xml");
        StringAssert.Contains(Message(error), "64 MB");
        Console.WriteLine($"65 MiB shared strings refused in {clock.ElapsedMilliseconds} ms");
    }

    [TestMethod]
    public void A_zip_bomb_part_over_256_MiB_is_refused_before_parsing()
    {
        var bytes = Packages.WithPart(Packages.SmallWorkbook(), "xl/media/image1.png", new byte[257 * 1024 * 1024]);
        var error = Refused(bytes);
        Assert.AreEqual("TRK007", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "xl/media/image1.png");
        StringAssert.Contains(Message(error), "256 MB");
    }

    [TestMethod]
    public void A_package_of_more_than_10000_parts_is_refused()
    {
        var parts = Enumerable.Range(0, 10_001).Select(i => ($"xl/media/p{i}.bin", "x")).ToArray();
        var bytes = Packages.WithPart(Packages.Zip(parts), "xl/workbook.xml", "<workbook/>");
        var error = Refused(bytes);
        Assert.AreEqual("TRK007", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "10,000");
    }

    [TestMethod]
    public void A_zip_without_content_types_is_damaged()
    {
        var bytes = Packages.Zip(("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));
        var error = Refused(bytes);
        Assert.IsTrue(error.Diagnostics[0].Code is "TRK002" or "TRK008", error.Diagnostics[0].Code);
    }

    [TestMethod]
    public void A_part_whose_real_size_exceeds_its_declared_size_is_unpacked_no_further_and_refused()
    {
        var rows = string.Concat(Enumerable.Range(1, 50_000).Select(r => FormattableString.Invariant($"<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c></row>")));
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""";
        var bytes = Packages.WithPart(Packages.SmallWorkbook(), "xl/worksheets/sheet1.xml", sheet);
        // The zip directory and the local header claim the 2 MB sheet unpacks to 1,000 bytes: only 1,000 bytes come out,
        // which is not a whole XML document.
        PatchDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 1000);
        var error = Refused(bytes);
        Assert.IsTrue(error.Diagnostics[0].Code is "TRK002" or "TRK008", error.Diagnostics[0].Code);
    }

    [TestMethod]
    [DataRow("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>", DisplayName = "XML bomb (billion laughs)")]
    [DataRow("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", DisplayName = "external entity")]
    public void Xml_with_a_DTD_is_refused(string doctype)
    {
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>""";
        var error = Refused(Packages.WithPart(Packages.SmallWorkbook(), "xl/worksheets/sheet1.xml", sheet));
        Assert.AreEqual("TRK008", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "DTD");
        StringAssert.Contains(Message(error), "xl/worksheets/sheet1.xml");
    }

    [TestMethod]
    [DataRow("xl/worksheets/sheet1.xml", "worksheet", DisplayName = "sheet (streamed by the reader)")]
    [DataRow("xl/sharedStrings.xml", "sst", DisplayName = "shared strings (streamed by the reader)")]
    [DataRow("xl/styles.xml", "styleSheet", DisplayName = "styles (loaded by the Open XML SDK)")]
    [DataRow("xl/workbook.xml", "workbook", DisplayName = "workbook (loaded by the Open XML SDK)")]
    public void A_DTD_after_a_long_prolog_is_still_refused_by_the_XML_parser(string part, string root)
    {
        // The byte check looks at the first 4 KB only; past it, the XML parsers themselves prohibit DTDs.
        var comment = "<!--" + new string('x', 10_000) + "-->";
        var xml = $"""<?xml version="1.0" encoding="UTF-8"?>{comment}<!DOCTYPE x [<!ENTITY e "e">]><{root} xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""";
        var error = Refused(Packages.WithPart(Packages.SmallWorkbook(), part, xml));
        Assert.AreEqual("TRK008", error.Diagnostics[0].Code, Message(error));
        StringAssert.Contains(Message(error), "DTD");
    }

    [TestMethod]
    public void Malformed_xml_in_a_sheet_names_the_part()
    {
        var error = Refused(Packages.WithPart(Packages.SmallWorkbook(), "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"));
        Assert.AreEqual("TRK008", error.Diagnostics[0].Code);
        StringAssert.Contains(Message(error), "xl/worksheets/sheet1.xml");
    }

    [TestMethod]
    public void A_missing_file_and_a_folder_have_their_own_messages()
    {
        var folder = TestFiles.NewFolder();
        var missing = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(Path.Combine(folder, "khong-co.xlsx")));
        Assert.AreEqual("IO001", missing.Diagnostics[0].Code);
        var directory = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(folder));
        Assert.AreEqual("IO008", directory.Diagnostics[0].Code);
    }

    [TestMethod]
    public void A_tracker_open_in_another_program_is_read_and_left_untouched()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "so-theo-doi.xlsx");
        File.Copy(TestFiles.SampleTracker, path);
        File.SetLastWriteTimeUtc(path, Stamp);
        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            var result = TrackerReader.Read(path);
            Assert.AreEqual("Đinh Thị Mỹ", result.Record("thong_tin_chung")["nguoi_ky"]);
        }

        CollectionAssert.AreEqual(File.ReadAllBytes(TestFiles.SampleTracker), File.ReadAllBytes(path));
        Assert.AreEqual(Stamp, File.GetLastWriteTimeUtc(path));
    }

    [TestMethod]
    public void A_workbook_part_at_an_unusual_path_is_found_through_the_package_relationships()
    {
        var bytes = Packages.SmallWorkbook();
        using var source = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        string Text(string name)
        {
            using var reader = new StreamReader(source.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        var parts = source.Entries
            .Where(e => e.FullName is not ("xl/workbook.xml" or "[Content_Types].xml" or "_rels/.rels"))
            .Select(e => (e.FullName, Text(e.FullName)))
            .Append(("xl/so-lieu.xml", Text("xl/workbook.xml")))
            .Append(("xl/_rels/so-lieu.xml.rels", Text("xl/_rels/workbook.xml.rels")))
            .Append(("[Content_Types].xml", Text("[Content_Types].xml").Replace("/xl/workbook.xml", "/xl/so-lieu.xml", StringComparison.Ordinal)))
            .Append(("_rels/.rels", Text("_rels/.rels").Replace("xl/workbook.xml", "xl/so-lieu.xml", StringComparison.Ordinal)))
            .Where(p => p.Item1 != "xl/_rels/workbook.xml.rels")
            .ToArray();
        var result = TrackerReader.Read(Packages.Zip(parts), "la.xlsx");
        Assert.AreEqual("Nà Pài", result.List("du_lieu").Row(0)["thon"]);
    }

    [TestMethod]
    public void A_macro_enabled_workbook_is_read_and_its_macros_ignored()
    {
        var builder = new XlsxBuilder().MacroEnabled();
        builder.Sheet("S").Texts(1, "A", "B").Texts(2, "x", "y");
        var path = Path.Combine(TestFiles.NewFolder(), "so-theo-doi.xlsm");
        File.WriteAllBytes(path, builder.Build());
        Assert.AreEqual("x", TrackerReader.Read(path).List("s").Row(0)["a"]);
    }

    [TestMethod]
    public void A_sheet_with_a_malformed_hyperlink_is_read()
    {
        // Links pasted from chat apps can hold characters System.IO.Packaging rejects ("Invalid Hyperlink: Malformed URI").
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "Nguồn", "Ghi chú").Texts(2, "Trang xã", "x");
        var bytes = Packages.WithPart(
            builder.Build(),
            "xl/worksheets/_rels/sheet1.xml.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://lục bình.vn/a b?x=%%%[" TargetMode="External"/></Relationships>""");
        var sheet = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nguồn</t></is></c><c r="B1" t="inlineStr"><is><t>Ghi chú</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Trang xã</t></is></c><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData><hyperlinks><hyperlink ref="A2" r:id="rIdH1"/></hyperlinks></worksheet>""";
        bytes = Packages.WithPart(bytes, "xl/worksheets/sheet1.xml", sheet);
        var result = TrackerReader.Read(bytes, "link.xlsx");
        Assert.AreEqual("Trang xã", result.List("s").Row(0)["nguon"]);
    }

    private static void PatchDeclaredSize(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 4 < zip.Length; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x03 && zip[i + 3] == 0x04
                && zip.AsSpan(i + 30).StartsWith(nameBytes))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22), size);
            }

            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02
                && zip.AsSpan(i + 46).StartsWith(nameBytes))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24), size);
            }
        }
    }
}
