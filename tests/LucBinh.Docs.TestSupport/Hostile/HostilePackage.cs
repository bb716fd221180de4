using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace LucBinh.Docs.TestSupport.Hostile;

/// <summary>
/// Writes zip packages (.xlsx, .docx) part by part straight into System.IO.Compression, streaming large parts so a
/// hostile input of a gigabyte unpacked costs a few megabytes and well under a second to build.
/// </summary>
public sealed class HostilePackage : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly MemoryStream _buffer = new();
    private readonly ZipArchive _zip;

    public HostilePackage() => _zip = new ZipArchive(_buffer, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>A part with the given text.</summary>
    public HostilePackage Part(string name, string text) => Part(name, writer => writer.Write(text));

    /// <summary>A part whose text is written by <paramref name="write"/>, streamed (never held whole in memory).</summary>
    public HostilePackage Part(string name, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = _zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var writer = new StreamWriter(stream, Utf8, 1 << 16);
        write(writer);
        return this;
    }

    /// <summary>A part of <paramref name="bytes"/> copies of <paramref name="fill"/> (zeros, spaces): the zip bomb's payload.</summary>
    public HostilePackage Filler(string name, long bytes, byte fill = 0)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        WriteFiller(stream, bytes, fill);
        return this;
    }

    /// <summary>A part of raw bytes (an image).</summary>
    public HostilePackage Bytes(string name, byte[] content)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
        return this;
    }

    public byte[] ToArray()
    {
        _zip.Dispose();
        return _buffer.ToArray();
    }

    public void Dispose()
    {
        _zip.Dispose();
        _buffer.Dispose();
    }

    internal static void WriteFiller(Stream stream, long bytes, byte fill)
    {
        var block = new byte[1 << 20];
        if (fill != 0)
        {
            Array.Fill(block, fill);
        }

        for (var left = bytes; left > 0; left -= block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static string Escape(string text) => System.Security.SecurityElement.Escape(text) ?? string.Empty;
}
