using System.Text;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// A <see cref="StringWriter"/> that refuses to grow past a number of characters: what a part renders into when its
/// output must be held whole, and what a <c>capture</c> block renders into. <paramref name="charge"/> is told every
/// write's length (and throws when a limit is passed), before the characters are appended.
/// </summary>
internal sealed class LimitedStringWriter(Action<int> charge) : StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        charge(1);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        charge(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        charge(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        charge(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(StringBuilder? value)
    {
        charge(value?.Length ?? 0);
        base.Write(value);
    }

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
}
