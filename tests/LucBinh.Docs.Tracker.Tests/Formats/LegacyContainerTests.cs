using System.Buffers.Binary;
using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Tracker.Tests.Support;

namespace LucBinh.Docs.Tracker.Tests.Formats;

/// <summary>
/// Legacy Excel files are told by what is at the root of their OLE container, not by a name found anywhere in the
/// file, and BIFF streams written without a container (Excel 2.x–4.0) are read: files of the corpus that were refused
/// as "a Word document" (a workbook with an embedded Word object), "no workbook" ("BOOK" in capitals) or "not Excel".
/// </summary>
[TestClass]
public sealed class LegacyContainerTests
{
    [TestMethod]
    public void A_workbook_with_an_embedded_Word_document_is_read_as_a_workbook_not_refused_as_Word()
    {
        // Workbook at the root, WordDocument inside an embedded object's storage: a workbook (hollow here, so damaged).
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(CompoundFile(("Workbook", null), ("MBD0001", "WordDocument")), "a.xls"));
        Assert.AreEqual("TRK002", error.Diagnostics[0].Code, error.Message);
    }

    [TestMethod]
    public void A_Word_document_with_an_embedded_workbook_is_still_a_Word_document()
    {
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(CompoundFile(("WordDocument", null), ("ObjectPool", "Workbook")), "a.xls"));
        Assert.AreEqual("TRK005", error.Diagnostics[0].Code, error.Message);
    }

    [TestMethod]
    public void A_workbook_stream_named_in_capitals_is_a_workbook()
    {
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(CompoundFile(("BOOK", null)), "a.xls"));
        Assert.AreEqual("TRK002", error.Diagnostics[0].Code, "read as .xls (hollow: damaged), not 'no workbook': " + error.Message);
    }

    [TestMethod]
    public void An_encrypted_package_in_a_well_formed_container_is_refused_as_encrypted()
    {
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(CompoundFile(("EncryptionInfo", null), ("EncryptedPackage", null)), "a.xlsx"));
        Assert.AreEqual("TRK004", error.Diagnostics[0].Code);
    }

    [TestMethod]
    public void A_BIFF2_stream_without_a_container_is_read_like_any_xls()
    {
        var result = TrackerReader.Read(Biff2("Thon", "So", ("Na Pai", 61), ("Ban Chang", 52)), "excel4.xls");
        var list = (DataList)result.Data.Fields[0].Value!;
        Assert.HasCount(2, list);
        var row = (DataRecord)list[1]!;
        Assert.AreEqual("Ban Chang", row["thon"]);
        Assert.AreEqual(52m, row["so"]);
        Assert.AreEqual(3, row.Source!.Row);
    }

    [TestMethod]
    public void A_package_Excel_opens_but_the_Open_XML_SDK_does_not_is_read_through_LibreOffice()
    {
        ExternalTools.Require("LibreOffice", "soffice", "libreoffice");

        // The workbook's content type is missing from [Content_Types].xml: System.IO.Packaging finds no workbook part.
        var builder = new XlsxBuilder();
        builder.Sheet("Thôn").Texts(1, "Thôn", "Số hộ").Row(2, Cell.Str("A2", "Nà Pài"), Cell.Num("B2", "61"));
        var package = RewriteEntry(builder.Build(), "[Content_Types].xml", xml => System.Text.RegularExpressions.Regex.Replace(xml, "<Override PartName=\"/xl/workbook.xml\"[^>]*/>", string.Empty));
        var result = TrackerReader.Read(package, "thon.xlsx");
        var row = (DataRecord)((DataList)result.Data["thon"]!)[0]!;
        Assert.AreEqual("Nà Pài", row["thon"]);
        Assert.AreEqual(61m, row["so_ho"]);
        Assert.AreEqual(new DataSource("Thôn", 2), row.Source);
    }

    [TestMethod]
    public void A_package_with_a_DTD_is_not_given_to_LibreOffice()
    {
        var builder = new XlsxBuilder();
        builder.Sheet("S").Texts(1, "A", "B").Texts(2, "x", "y");
        var package = RewriteEntry(builder.Build(), "xl/workbook.xml", xml => xml.Replace("<workbook", "<!DOCTYPE workbook [<!ENTITY a \"x\">]><workbook", StringComparison.Ordinal));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read(package, "dtd.xlsx"));
        Assert.AreEqual("TRK008", error.Diagnostics[0].Code, error.Message);
        Assert.IsLessThan(TimeSpan.FromSeconds(5), clock.Elapsed, "refused by the guard, LibreOffice never started");
    }

    private static byte[] RewriteEntry(byte[] package, string name, Func<string, string> rewrite)
    {
        using var output = new MemoryStream();
        using (var target = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new System.IO.Compression.ZipArchive(new MemoryStream(package), System.IO.Compression.ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var from = new StreamReader(entry.Open());
                var text = from.ReadToEnd();
                using var to = new StreamWriter(target.CreateEntry(entry.FullName).Open());
                to.Write(entry.FullName == name ? rewrite(text) : text);
            }
        }

        return output.ToArray();
    }

    [TestMethod]
    public void Bytes_that_only_start_like_a_BIFF_record_are_not_a_workbook()
    {
        // 0x09 0x08 then a length of 0x4D42 ("BM"): not a BOF record.
        var error = Assert.ThrowsExactly<LucBinhException>(() => TrackerReader.Read([0x09, 0x08, 0x42, 0x4D, 0, 0, 0x10, 0, 1, 2, 3], "x.xls"));
        Assert.AreEqual("TRK001", error.Diagnostics[0].Code);
    }

    /// <summary>
    /// A well-formed compound file of 512-byte sectors (sector 0 the FAT, sector 1 the directory): each pair is a stream
    /// at the root, or a storage at the root holding one stream.
    /// </summary>
    private static byte[] CompoundFile(params (string Name, string? Child)[] entries)
    {
        const uint none = 0xFFFFFFFF;
        var bytes = new byte[512 * 3];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x18), 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x1A), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x1C), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x1E), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x20), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x2C), 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x30), 1); // directory in sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x38), 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x3C), 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x44), 0xFFFFFFFE);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x4C + (i * 4)), i == 0 ? 0u : none);
        }

        // The FAT: sector 0 is a FAT sector, sector 1 the directory's only sector, the rest free.
        for (var i = 0; i < 128; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(512 + (i * 4)), i switch { 0 => 0xFFFFFFFD, 1 => 0xFFFFFFFE, _ => none });
        }

        var directory = new List<(string Name, byte Type, uint Right, uint Child)> { ("Root Entry", 5, none, 1) };
        for (var i = 0; i < entries.Length; i++)
        {
            var isLast = i == entries.Length - 1;
            var id = (uint)directory.Count;
            var nextSibling = isLast ? none : id + (entries[i].Child is null ? 1u : 2u);
            directory.Add((entries[i].Name, entries[i].Child is null ? (byte)2 : (byte)1, nextSibling, entries[i].Child is null ? none : id + 1));
            if (entries[i].Child is { } child)
            {
                directory.Add((child, 2, none, none));
            }
        }

        for (var i = 0; i < directory.Count; i++)
        {
            var offset = 1024 + (i * 128);
            var name = Encoding.Unicode.GetBytes(directory[i].Name);
            name.CopyTo(bytes, offset);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(offset + 0x40), (ushort)(name.Length + 2));
            bytes[offset + 0x42] = directory[i].Type;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset + 0x44), none);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset + 0x48), directory[i].Right);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset + 0x4C), directory[i].Child);
        }

        return bytes;
    }

    /// <summary>An Excel 2.x worksheet: BOF, a header row of two labels, rows of a label and a number, EOF.</summary>
    private static byte[] Biff2(string header1, string header2, params (string Label, double Number)[] rows)
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        void Record(ushort type, byte[] data)
        {
            w.Write(type);
            w.Write((ushort)data.Length);
            w.Write(data);
        }

        byte[] Label(int row, int column, string text) =>
            [.. BitConverter.GetBytes((ushort)row), .. BitConverter.GetBytes((ushort)column), 0, 0, 0, (byte)text.Length, .. Encoding.ASCII.GetBytes(text)];

        Record(0x0009, [0x02, 0x00, 0x10, 0x00]);
        Record(0x0004, Label(0, 0, header1));
        Record(0x0004, Label(0, 1, header2));
        for (var i = 0; i < rows.Length; i++)
        {
            Record(0x0004, Label(i + 1, 0, rows[i].Label));
            Record(0x0003, [.. BitConverter.GetBytes((ushort)(i + 1)), .. BitConverter.GetBytes((ushort)1), 0, 0, 0, .. BitConverter.GetBytes(rows[i].Number)]);
        }

        Record(0x000A, []);
        w.Flush();
        return stream.ToArray();
    }
}
