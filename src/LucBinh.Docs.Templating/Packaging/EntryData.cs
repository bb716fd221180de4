using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// The data of a zip entry as it is written: stored or deflated bytes, with the CRC-32 and size of the uncompressed
/// content. An untouched entry of the template is a slice of the template's bytes; a rewritten one is deflated once.
/// </summary>
internal sealed class EntryData
{
    public const ushort Stored = 0;
    public const ushort Deflated = 8;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public EntryData(ushort method, uint crc32, long size, ReadOnlyMemory<byte> data)
    {
        Method = method;
        Crc32 = crc32;
        Size = size;
        Data = data;
    }

    /// <summary>0 (stored) or 8 (deflate).</summary>
    public ushort Method { get; }

    public uint Crc32 { get; }

    /// <summary>Uncompressed size in bytes.</summary>
    public long Size { get; }

    /// <summary>The bytes as they go into the zip (compressed when <see cref="Method"/> is deflate).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>
    /// Opens the uncompressed content. A deflated entry that inflates to more than its declared <see cref="Size"/>
    /// (a zip bomb declaring small sizes) fails with TPL028 once it passes that size: the declared sizes are the ones
    /// the package's limits were checked against (<see cref="TemplatePackage"/>).
    /// </summary>
    public Stream Open()
    {
        var raw = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(Data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(Data.ToArray(), writable: false);
        return Method == Deflated ? new SizeCheckedStream(new DeflateStream(raw, CompressionMode.Decompress), Size) : raw;
    }

    /// <summary>
    /// Deflates what <paramref name="write"/> writes as UTF-8 text; the text never exists whole in memory.
    /// <paramref name="charge"/> is told the size of every chunk before it is deflated (a render's output budget).
    /// </summary>
    public static EntryData DeflateText(Action<TextWriter> write, Action<long>? charge = null)
    {
        var compressed = new MemoryStream();
        var crc = new Crc32();
        long size;
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var hashing = new HashingStream(deflate, crc, charge);
            // 8 K chars: the writer's byte buffer (3 bytes a char) stays off the large-object heap.
            using (var writer = new SynchronousStreamWriter(hashing, Utf8NoBom, bufferSize: 8 * 1024))
            {
                write(writer);
            }

            size = hashing.Length;
        }

        return new EntryData(Deflated, crc.GetCurrentHashAsUInt32(), size, compressed.GetBuffer().AsMemory(0, (int)compressed.Length));
    }

    public static EntryData DeflateText(string text) => DeflateText(writer => writer.Write(text));

    public static EntryData Store(byte[] bytes) => new(Stored, System.IO.Hashing.Crc32.HashToUInt32(bytes), bytes.Length, bytes);

    public static EntryData Deflate(ReadOnlySpan<byte> bytes)
    {
        var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return new EntryData(Deflated, System.IO.Hashing.Crc32.HashToUInt32(bytes), bytes.Length, compressed.GetBuffer().AsMemory(0, (int)compressed.Length));
    }
}
