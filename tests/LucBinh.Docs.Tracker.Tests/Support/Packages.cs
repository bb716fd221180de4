using System.IO.Compression;
using System.Text;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Tracker.Tests.Support;

/// <summary>Bytes of files that are not good trackers: other formats, damaged and hostile packages.</summary>
internal static class Packages
{
    /// <summary>A copy of a zip package with one part's text replaced (or added).</summary>
    public static byte[] WithPart(byte[] package, string name, string content) => ZipParts.WithPart(package, name, Encoding.UTF8.GetBytes(content));

    public static byte[] WithPart(byte[] package, string name, byte[] content) => ZipParts.WithPart(package, name, content);

    /// <summary>A zip of the given parts.</summary>
    public static byte[] Zip(params (string Name, string Content)[] parts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                XlsxBuilder.Add(zip, name, content);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// An OLE compound file (magic D0 CF 11 E0 A1 B1 1A E1) whose directory names the given streams, as an encrypted
    /// OOXML workbook (EncryptionInfo, EncryptedPackage), a legacy .xls (Workbook) or a .doc (WordDocument) does.
    /// </summary>
    public static byte[] CompoundFile(params string[] streams)
    {
        var bytes = new byte[512 + (128 * (streams.Length + 1)) + 512];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        bytes[0x1C] = 0xFE;
        bytes[0x1D] = 0xFF;
        var offset = 512;
        foreach (var name in new[] { "Root Entry" }.Concat(streams))
        {
            var encoded = Encoding.Unicode.GetBytes(name);
            encoded.CopyTo(bytes, offset);
            bytes[offset + 64] = (byte)(encoded.Length + 2);
            offset += 128;
        }

        return bytes;
    }

    /// <summary>A minimal Word document.</summary>
    public static byte[] WordDocument()
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
                new DocumentFormat.OpenXml.Wordprocessing.Body(
                    new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                        new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("BÁO CÁO")))));
        }

        return stream.ToArray();
    }

    /// <summary>A tracker whose shared-string part unpacks to <paramref name="megabytes"/> MiB (it compresses ~1000:1).</summary>
    public static byte[] WithHugeSharedStrings(int megabytes)
    {
        var package = SmallWorkbook();
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != "xl/sharedStrings.xml"))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            using var part = target.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open();
            part.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"u8);
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < megabytes; i++)
            {
                part.Write(block);
            }

            part.Write("</t></si></sst>"u8);
        }

        return output.ToArray();
    }

    public static byte[] SmallWorkbook()
    {
        var builder = new XlsxBuilder();
        builder.SharedString("Thôn");
        builder.Sheet("Dữ liệu").Row(1, Cell.Shared("A1", 0), Cell.Str("B1", "Số")).Row(2, Cell.Str("A2", "Nà Pài"), Cell.Num("B2", "61"));
        return builder.Build();
    }
}
