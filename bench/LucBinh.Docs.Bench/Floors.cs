using System.IO.Compression;
using System.Xml;

namespace LucBinh.Docs.Bench;

/// <summary>
/// What any engine must at least do: unzip the template and write a package holding the rendered parts, with the
/// engine's compression level (<see cref="CompressionLevel.Fastest"/>); and the same with the parts streamed through
/// <see cref="XmlReader"/>→<see cref="XmlWriter"/>, the cost of a streaming engine's XML handling.
/// </summary>
internal static class Floors
{
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new System.Text.UTF8Encoding(false),
        CloseOutput = false,
    };

    public static byte[] Rezip(byte[] template, Dictionary<string, byte[]> rendered) =>
        Write(template, rendered, (bytes, to) => to.Write(bytes));

    public static byte[] XmlStream(byte[] template, Dictionary<string, byte[]> rendered) =>
        Write(template, rendered, (bytes, to) =>
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), ReaderSettings);
            using var writer = XmlWriter.Create(to, WriterSettings);
            writer.WriteNode(reader, defattr: true);
        });

    private static byte[] Write(byte[] template, Dictionary<string, byte[]> rendered, Action<byte[], Stream> writePart)
    {
        using var output = new MemoryStream(template.Length * 2);
        using (var source = new ZipArchive(new MemoryStream(template, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var to = copy.Open();
                using var from = entry.Open();
                if (rendered.TryGetValue(entry.FullName, out var bytes))
                {
                    from.CopyTo(Stream.Null); // an engine reads the template's part before writing its own
                    writePart(bytes, to);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
