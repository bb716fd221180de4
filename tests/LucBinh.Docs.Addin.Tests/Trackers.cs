using System.IO.Compression;
using System.Text;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>The sample tracker and broken copies of it, made in the test.</summary>
internal static class Trackers
{
    public static byte[] Sample() => File.ReadAllBytes(RepoPaths.SampleTracker);

    /// <summary>
    /// The sample with text in a number column: Tuyên truyền!F2 ("Số người tham dự") reads "bốn mươi lăm" instead of
    /// 45, which the tracker check reports as TRK030 at that cell.
    /// </summary>
    public static byte[] WithTextInANumberColumn()
    {
        using var input = new MemoryStream(Sample());
        using var source = new ZipArchive(input, ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = entry.Open();
                using var buffer = new MemoryStream();
                reader.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry.FullName == "xl/worksheets/sheet4.xml")
                {
                    const string number = "<x:c r=\"F2\" s=\"12\" t=\"n\"><x:v>45</x:v></x:c>";
                    var xml = Encoding.UTF8.GetString(bytes);
                    Assert.Contains(number, xml, "the sample's Tuyên truyền!F2 changed: update this broken copy");
                    bytes = Encoding.UTF8.GetBytes(xml.Replace(number,
                        "<x:c r=\"F2\" s=\"12\" t=\"inlineStr\"><x:is><x:t>bốn mươi lăm</x:t></x:is></x:c>", StringComparison.Ordinal));
                }

                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                using var writer = copy.Open();
                writer.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
