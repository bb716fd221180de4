using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Writes a value into the <c>w:t</c> that holds its tag: XML-escaped, normalised to NFC, with a line break becoming
/// <c>w:br</c> and a tab <c>w:tab</c> (the run is closed and reopened around them), and characters XML 1.0 forbids
/// dropped, so no value can corrupt the document. Every string is text: trusted markup reaches the output only as a
/// <see cref="WordMarkup"/> value, which writes itself and never passes here; the private-use characters the engine
/// uses for its own markers (U+E000–U+E011) are dropped from text.
/// </summary>
internal sealed class WordTextEncoder : TextEncoder
{
    private const string BreakMarkup = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    private const string TabMarkup = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

    public static WordTextEncoder Instance { get; } = new();

    /// <summary>What cannot be copied as it is: markup characters, controls, line separators, surrogates, non-characters and the engine's markers.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u2028\u2029\uFFFE\uFFFF" + EngineCharacters() + SurrogateRange());

    public override int MaxOutputCharactersPerInputCharacter => BreakMarkup.Length;

    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(value);
        var text = value.AsSpan(startIndex, characterCount);
        if (!IsSurelyNfc(text))
        {
            var whole = text.Length == value.Length ? value : text.ToString();
            if (!whole.IsNormalized(NormalizationForm.FormC))
            {
                text = whole.Normalize(NormalizationForm.FormC);
            }
        }

        // Unescaped stretches (most of any text, Vietnamese included) are written in one call each.
        while (true)
        {
            var special = text.IndexOfAny(Special);
            if (special < 0)
            {
                output.Write(text);
                return;
            }

            output.Write(text[..special]);
            var c = text[special];
            var used = 1;
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
                    if (special + 1 < text.Length && text[special + 1] == '\n')
                    {
                        used = 2;
                    }

                    break;
                case '\n' or '\v' or '\u2028' or '\u2029':
                    output.Write(BreakMarkup);
                    break;
                case '\t':
                    output.Write(TabMarkup);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    if (char.IsHighSurrogate(c) && special + 1 < text.Length && char.IsLowSurrogate(text[special + 1]))
                    {
                        output.Write(text.Slice(special, 2));
                        used = 2;
                    }

                    break; // a lone surrogate cannot be written as XML
                default:
                    break; // not allowed in XML 1.0 (controls, U+FFFE, U+FFFF), or the engine's markup characters
            }

            text = text[(special + used)..];
        }
    }

    public override string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAny(Special) && IsSurelyNfc(value))
        {
            return value; // the common case, Vietnamese text included: no allocation
        }

        using var writer = new StringWriter();
        Encode(writer, value, 0, value.Length);
        return writer.ToString();
    }

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is '&' or '<' or '>' or < ' ' or 0x2028 or 0x2029 or 0xFFFE or 0xFFFF or (>= 0xE000 and <= 0xE011);

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

    /// <summary>U+E000–U+E011: tag markers while compiling, formerly in-band markup; never text.</summary>
    private static string EngineCharacters() =>
        string.Create(0x12, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xE000 + i);
            }
        });

    private static string SurrogateRange() =>
        string.Create(0x800, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xD800 + i);
            }
        });

    /// <summary>
    /// True when the text is certainly in NFC without asking ICU (which cost ~7 % of a big table's render): every
    /// character is below U+0300 (Latin, before the combining marks), a precomposed Vietnamese letter (U+1E00–U+1EFF)
    /// or common punctuation (U+2010–U+2027); none of these decomposes or combines with what precedes it.
    /// </summary>
    private static bool IsSurelyNfc(ReadOnlySpan<char> text)
    {
        var from = text.IndexOfAnyInRange('\u0300', '\uFFFF');
        if (from < 0)
        {
            return true;
        }

        foreach (var c in text[from..])
        {
            if (c is not (< '\u0300' or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2010' and <= '\u2027')))
            {
                return false;
            }
        }

        return true;
    }
}
