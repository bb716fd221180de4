using System.Text;
using System.Text.Encodings.Web;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Writes a value into the <c>w:t</c> that holds its tag: XML-escaped, normalised to NFC, with a line break becoming
/// <c>w:br</c> and a tab <c>w:tab</c> (the run is closed and reopened around them), and characters XML 1.0 forbids
/// dropped, so no value can corrupt the document.
/// </summary>
internal sealed class WordTextEncoder : TextEncoder
{
    private const string BreakMarkup = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    private const string TabMarkup = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

    public static WordTextEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => BreakMarkup.Length;

    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        var text = value.AsSpan(startIndex, characterCount);
        if (WordMarkup.TryUnwrap(text, out var markup))
        {
            output.Write(markup);
            return;
        }

        if (!NeedsWork(text))
        {
            output.Write(text);
            return;
        }

        var normalized = text.ToString();
        if (!normalized.IsNormalized(NormalizationForm.FormC))
        {
            normalized = normalized.Normalize(NormalizationForm.FormC);
        }

        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            switch (c)
            {
                case '&':
                    output.Write("&amp;");
                    break;
                case '<':
                    output.Write("&lt;");
                    break;
                case '>':
                    output.Write("&gt;");
                    break;
                case '\r':
                    output.Write(BreakMarkup);
                    if (i + 1 < normalized.Length && normalized[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n' or '\v' or '\u2028' or '\u2029':
                    output.Write(BreakMarkup);
                    break;
                case '\t':
                    output.Write(TabMarkup);
                    break;
                case < ' ' or '\uFFFE' or '\uFFFF' or WordMarkup.Start or WordMarkup.End:
                    break; // not allowed in XML 1.0
                default:
                    if (char.IsSurrogate(c))
                    {
                        if (char.IsHighSurrogate(c) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1]))
                        {
                            output.Write(c);
                            output.Write(normalized[++i]);
                        }

                        break; // a lone surrogate cannot be written as XML
                    }

                    output.Write(c);
                    break;
            }
        }
    }

    public override string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!NeedsWork(value))
        {
            return value;
        }

        using var writer = new StringWriter();
        Encode(writer, value, 0, value.Length);
        return writer.ToString();
    }

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is '&' or '<' or '>' or < ' ' or 0x2028 or 0x2029 or 0xFFFE or 0xFFFF;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (WillEncode(text[i]) || char.IsSurrogate(text[i]) || text[i] > 0x7F)
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var encoded = Encode(char.ConvertFromUtf32(unicodeScalar));
        if (encoded.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < encoded.Length; i++)
        {
            buffer[i] = encoded[i];
        }

        numberOfCharactersWritten = encoded.Length;
        return true;
    }

    /// <summary>ASCII text without markup characters or controls goes out untouched (the common case, no allocation).</summary>
    private static bool NeedsWork(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or < ' ' or > '\u007F')
            {
                return true;
            }
        }

        return false;
    }
}
