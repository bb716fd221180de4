using System.IO.Hashing;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// Passes bytes on to another stream while computing their CRC-32 and counting them (a zip entry's header needs both);
/// <paramref name="charge"/>, when given, is told each write's size first (a render's output budget).
/// </summary>
internal sealed class HashingStream(Stream inner, Crc32 crc, Action<long>? charge = null) : Stream
{
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        charge?.Invoke(buffer.Length);
        crc.Append(buffer);
        _length += buffer.Length;
        inner.Write(buffer);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
