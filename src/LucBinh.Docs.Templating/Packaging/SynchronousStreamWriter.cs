using System.Text;

namespace LucBinh.Docs.Templating.Packaging;

/// <summary>
/// A <see cref="StreamWriter"/> whose asynchronous writes are synchronous. Fluid writes with <c>WriteAsync</c>; on a
/// plain StreamWriter each full buffer then goes to the stream through a thread-pool task (the base Stream's
/// WriteAsync), which made rendering into a deflater slower than building a string. The streams here are all in
/// memory, so nothing is gained by being asynchronous.
/// </summary>
internal sealed class SynchronousStreamWriter(Stream stream, Encoding encoding, int bufferSize)
    : StreamWriter(stream, encoding, bufferSize, leaveOpen: true)
{
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }
}
