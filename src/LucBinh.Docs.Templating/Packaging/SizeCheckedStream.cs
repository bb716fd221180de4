using LucBinh.Docs.Templating.Diagnostics;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// Reads an inflating stream and fails (TPL028) as soon as it yields more than the entry declared: the actual
/// inflated size, not the declared one, is what a hostile package lies about.
/// </summary>
internal sealed class SizeCheckedStream(Stream inner, long declaredSize) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => declaredSize;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        if (_read > declaredSize)
        {
            throw new TemplateLimitException("TPL028", null, Rendering.RenderBudget.Megabytes(declaredSize));
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
