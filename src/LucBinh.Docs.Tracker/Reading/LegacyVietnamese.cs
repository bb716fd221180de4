using System.Text;

namespace LucBinh.Docs.Tracker.Reading;

/// <summary>The legacy 8-bit Vietnamese encodings older offices still type in (with ".VnTime" or "VNI-Times" fonts).</summary>
internal enum LegacyEncoding
{
    None,
    Tcvn3,
    Vni,
}

/// <summary>
/// Detects text typed in TCVN3 (ABC) or VNI-Windows and converts it to Unicode. Excel stores such text as the Latin-1
/// characters of the font's bytes: "§¶ng ñy" (TCVN3) or "Ñaûng uûy" (VNI) for "Đảng ủy". Text holding any Unicode
/// Vietnamese letter (ă, ơ, ư, đ, the precomposed tone letters) is Unicode already and never touched.
/// </summary>
internal static class LegacyVietnamese
{
    /// <summary>
    /// TCVN 5712:1993 bytes 0xA1–0xFF as Unicode, produced with glibc's iconv (TCVN5712-1). Bytes 0xB0–0xB4 are the
    /// combining tone marks; NFC composes them with the letter before.
    /// </summary>
    private const string TcvnHigh =
        "\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0\u0300\u0309\u0303\u0301\u0323" +
        "\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9" +
        "\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129" +
        "\u00ED\u1ECB\u00F2\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9\u1ED6" +
        "\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

    /// <summary>Latin-1 letters that are also Vietnamese Unicode letters: on their own they prove nothing.</summary>
    private const string SharedLetters = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    /// <summary>VNI marks written after a vowel (lower case; upper case marks follow upper case vowels).</summary>
    private const string VniMarks = "ùøûõïâáàåãäêéèúüë";

    private static readonly Dictionary<string, string> VniPairs = BuildVniPairs();

    private static readonly Dictionary<char, char> VniSingles = new()
    {
        ['í'] = 'í', ['ì'] = 'ì', ['æ'] = 'ỉ', ['ó'] = 'ĩ', ['ò'] = 'ị', ['î'] = 'ỵ', ['ñ'] = 'đ', ['ô'] = 'ơ', ['ö'] = 'ư',
        ['Í'] = 'Í', ['Ì'] = 'Ì', ['Æ'] = 'Ỉ', ['Ó'] = 'Ĩ', ['Ò'] = 'Ị', ['Î'] = 'Ỵ', ['Ñ'] = 'Đ', ['Ô'] = 'Ơ', ['Ö'] = 'Ư',
    };

    /// <summary>Converts the text when it is legacy-encoded Vietnamese; returns the encoding found, or None.</summary>
    public static LegacyEncoding TryConvert(string text, out string converted)
    {
        converted = text;
        if (!MayBeLegacy(text))
        {
            return LegacyEncoding.None;
        }

        // Both encodings use some of the same Latin-1 letters: convert both ways and keep the reading that breaks fewer
        // rules of Vietnamese spelling; on a tie TCVN3, the national standard most offices used.
        var tcvn = TcvnScore(text) > 0 ? ConvertTcvn(text) : null;
        var vni = VniScore(text) > 0 ? ConvertVni(text) : null;
        if (vni is not null && (tcvn is null || Implausible(vni) < Implausible(tcvn)))
        {
            converted = vni;
            return LegacyEncoding.Vni;
        }

        if (tcvn is not null)
        {
            converted = tcvn;
            return LegacyEncoding.Tcvn3;
        }

        return LegacyEncoding.None;
    }

    /// <summary>
    /// Counts spellings no Vietnamese word has: two tone marks in one word; a tone mark on the second vowel after a, ă, â,
    /// e or ê (tone goes on the first: "ái", "ào", "ếu"); the same vowel twice with the second marked ("oõ").
    /// </summary>
    internal static int Implausible(string text)
    {
        var count = 0;
        var marksInWord = 0;
        char? previousBase = null;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                count += marksInWord > 1 ? 1 : 0;
                marksInWord = 0;
                previousBase = null;
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var letter = char.ToLowerInvariant(decomposed[0]);
            var marked = decomposed.AsSpan(1).IndexOfAny("\u0300\u0301\u0303\u0309\u0323") >= 0;
            var withCircumflexOrBreve = decomposed.AsSpan(1).IndexOfAny("\u0302\u0306") >= 0;
            if (marked)
            {
                marksInWord++;
                if (previousBase is { } before && ("ae".Contains(before, StringComparison.Ordinal) || before == letter) && "aeiouy".Contains(letter, StringComparison.Ordinal))
                {
                    count++;
                }
            }

            previousBase = "aeiouy".Contains(letter, StringComparison.Ordinal) && !withCircumflexOrBreve ? letter
                : letter is 'a' or 'e' ? letter
                : null;
        }

        return count + (marksInWord > 1 ? 1 : 0);
    }

    /// <summary>Cheap first look: some Latin-1 character above 0xA0, and nothing that only Unicode Vietnamese has.</summary>
    private static bool MayBeLegacy(string text)
    {
        var high = false;
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return false;
            }

            high |= c > '\u00A0';
        }

        return high;
    }

    private static bool IsVniVowel(char c) => "aeiouyAEIOUYôöÔÖ".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Vowels followed by a VNI mark that no Unicode Vietnamese text has ("aø", "eä", "oï"). Marks that are also Unicode
    /// letters ("oá", "oà") do not count: "Hoà", "khoá" are Unicode words in the older tone placement.
    /// </summary>
    private static int VniScore(string text)
    {
        var score = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (IsVniVowel(text[i - 1]) && VniMarks.Contains(char.ToLowerInvariant(text[i]), StringComparison.Ordinal)
                && !SharedLetters.Contains(text[i], StringComparison.Ordinal))
            {
                score++;
            }
        }

        return score;
    }

    /// <summary>TCVN3 letters that are no Vietnamese Unicode letter ("§", "¶", "×"…), inside a word.</summary>
    private static int TcvnScore(string text)
    {
        var score = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < '\u00A1' or (>= '\u00B0' and <= '\u00B4') || SharedLetters.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            var before = i > 0 && char.IsLetter(text[i - 1]);
            var after = i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (before || after)
            {
                score++;
            }
        }

        return score;
    }

    private static string ConvertTcvn(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '\u00A1' and <= '\u00FF' ? TcvnHigh[c - 0xA1] : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Converts VNI text, or returns null when something in it does not read as VNI.</summary>
    private static string? ConvertVni(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && VniPairs.TryGetValue(text.Substring(i, 2), out var pair))
            {
                builder.Append(pair);
                i++;
            }
            else if (VniSingles.TryGetValue(text[i], out var single))
            {
                builder.Append(single);
            }
            else if (text[i] > '\u00A0' && !SharedLetters.Contains(text[i], StringComparison.Ordinal))
            {
                return null;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The two-character VNI spellings: a vowel and a mark. Tone marks ù ø û õ ï (acute, grave, hook, tilde, dot);
    /// â makes a circumflex (á à å ã ä with tones); ê after a makes a breve (é è ú ü ë with tones); ô and ö are ơ and ư.
    /// </summary>
    private static Dictionary<string, string> BuildVniPairs()
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] tones = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
        const string ToneMarks = "ùøûõï";
        const string CircumflexMarks = "áàåãä";
        const string BreveMarks = "éèúüë";

        void Add(string spelling, string unicode)
        {
            pairs[spelling] = unicode.Normalize(NormalizationForm.FormC);
            pairs[spelling.ToUpperInvariant()] = unicode.ToUpperInvariant().Normalize(NormalizationForm.FormC);
        }

        foreach (var vowel in "aeouy")
        {
            for (var t = 0; t < 5; t++)
            {
                Add(vowel.ToString() + ToneMarks[t], vowel + tones[t]);
            }
        }

        foreach (var horn in new[] { ('ô', "o\u031B"), ('ö', "u\u031B") })
        {
            for (var t = 0; t < 5; t++)
            {
                Add(horn.Item1.ToString() + ToneMarks[t], horn.Item2 + tones[t]);
            }
        }

        foreach (var vowel in "aeo")
        {
            Add(vowel + "â", vowel + "\u0302");
            for (var t = 0; t < 5; t++)
            {
                Add(vowel.ToString() + CircumflexMarks[t], vowel + "\u0302" + tones[t]);
            }
        }

        Add("aê", "a\u0306");
        for (var t = 0; t < 5; t++)
        {
            Add("a" + BreveMarks[t], "a\u0306" + tones[t]);
        }

        return pairs;
    }
}
