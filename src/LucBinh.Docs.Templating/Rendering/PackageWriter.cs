using System.IO.Compression;
using System.Text;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Writes a package entry by entry: the given parts replace their originals, every other entry is copied as it is,
/// in the original order, with a fixed timestamp, so the same input gives the same bytes (outputs can be diffed).
/// </summary>
internal static class PackageWriter
{
    private static readonly DateTimeOffset FixedTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="package">The original package bytes (never modified).</param>
    /// <param name="replacements">New XML by part name (<c>/word/document.xml</c>).</param>
    /// <param name="additions">New entries (media) by entry name, appended after the original entries; an entry the
    /// package has already (a chart's embedded workbook) is replaced in its place.</param>
    public static byte[] Replace(byte[] package, IReadOnlyDictionary<string, string> replacements, IReadOnlyDictionary<string, byte[]>? additions = null)
    {
        var byEntry = replacements.ToDictionary(r => r.Key.TrimStart('/'), r => r.Value, StringComparer.OrdinalIgnoreCase);
        using var output = new MemoryStream(package.Length + (replacements.Values.Sum(x => x.Length) / 4));
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = FixedTimestamp;
                using var to = copy.Open();
                if (additions is not null && additions.TryGetValue(entry.FullName, out var replaced))
                {
                    to.Write(replaced);
                }
                else if (byEntry.TryGetValue(entry.FullName, out var xml))
                {
                    using var writer = new StreamWriter(to, Utf8NoBom, bufferSize: 64 * 1024);
                    writer.Write(xml);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }

            foreach (var (name, bytes) in additions ?? new Dictionary<string, byte[]>())
            {
                if (source.GetEntry(name) is not null)
                {
                    continue; // written above, in the original's place
                }

                // Images are already compressed: store them as they are.
                var entry = target.CreateEntry(name, CompressionLevel.NoCompression);
                entry.LastWriteTime = FixedTimestamp;
                using var to = entry.Open();
                to.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
