using System.Text;

namespace LucBinh.Docs.Text;

/// <summary>
/// User text quoted in a message (a cell's value, a paragraph's words, a tag): at most <see cref="MaxLength"/>
/// characters, on one line. A hostile tracker can hold 100 KB in a cell; quoting it whole in every message made a
/// 6 MB answer from a 100 KB file, so every diagnostic argument goes through here (<see cref="Diagnostics.Diagnostic"/>).
/// </summary>
public static class QuotedText
{
    /// <summary>The longest quote, in characters (text elements are not split).</summary>
    public const int MaxLength = 80;

    /// <summary>File paths are names, not quotes: they are kept whole up to this length.</summary>
    private const int MaxPathLength = 1024;

    private const string Ellipsis = " … ";

    /// <summary>
    /// The text as a message may quote it: control characters (line breaks, tabs) become spaces, and a text longer than
    /// <see cref="MaxLength"/> keeps its beginning and its end around an ellipsis, so that both what it starts with and
    /// (for a file name) what it ends with stay recognisable.
    /// </summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
        {
            return HasControl(text) ? OneLine(text) : text;
        }

        if (text.Length <= MaxPathLength && LooksLikePath(text))
        {
            return OneLine(text);
        }

        const int tail = 20;
        var head = MaxLength - tail - Ellipsis.Length;
        var start = SafeEnd(text, head);
        var end = SafeStart(text, text.Length - tail);
        return OneLine(string.Concat(text.AsSpan(0, start), Ellipsis, text.AsSpan(end)));
    }

    /// <summary>A diagnostic argument as it is kept: strings shortened, anything else unchanged.</summary>
    public static object? ShortenArgument(object? argument) => argument is string text ? Shorten(text) : argument;

    private static bool LooksLikePath(string text) =>
        Path.IsPathFullyQualified(text) && text.IndexOfAny(['\n', '\r', '<', '>', '{', '}']) < 0;

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string OneLine(string text)
    {
        if (!HasControl(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>An index at or before <paramref name="index"/> that does not cut a surrogate pair.</summary>
    private static int SafeEnd(string text, int index) =>
        index > 0 && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;

    /// <summary>An index at or after <paramref name="index"/> that does not start inside a surrogate pair.</summary>
    private static int SafeStart(string text, int index) =>
        index < text.Length && char.IsLowSurrogate(text[index]) ? index + 1 : index;
}
