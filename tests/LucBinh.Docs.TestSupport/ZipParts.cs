using System.IO.Compression;
using System.Text;

namespace LucBinh.Docs.TestSupport;

/// <summary>Reads and replaces single parts of a zip package (.docx, .xlsx) in tests, byte for byte as given.</summary>
public static class ZipParts
{
    /// <summary>A copy of a package with one part's text replaced (or added), written exactly as given.</summary>
    public static byte[] WithPart(byte[] package, string name, string content) => WithPart(package, name, new UTF8Encoding(false).GetBytes(content));

    public static byte[] WithPart(byte[] package, string name, byte[] content)
    {
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != name))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }

            using var part = target.CreateEntry(name, CompressionLevel.Fastest).Open();
            part.Write(content);
        }

        return output.ToArray();
    }

    /// <summary>The text of one part of a package.</summary>
    public static string Read(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
