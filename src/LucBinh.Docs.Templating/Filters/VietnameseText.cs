using System.Text;

namespace LucBinh.Docs.Templating.Filters;

/// <summary>
/// Vietnamese collation and list wording. Text is compared word by word (syllable by syllable, as dictionaries and name
/// lists are ordered): first by letters in the Vietnamese alphabet, where ă, â, đ, ê, ô, ơ, ư are letters of their own
/// (a &lt; ă &lt; â &lt; b … d &lt; đ &lt; e &lt; ê … o &lt; ô &lt; ơ … u &lt; ư), then by tone in the order ngang, huyền, hỏi, ngã,
/// sắc, nặng (a &lt; à &lt; ả &lt; ã &lt; á &lt; ạ); runs of digits compare as numbers ("Thôn 2" &lt; "Thôn 10"). Case and
/// Unicode form (NFC/NFD) only break ties.
/// </summary>
public sealed class VietnameseCollator : IComparer<string>
{
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    private VietnameseCollator(bool givenNameFirst) => GivenNameFirst = givenNameFirst;

    /// <summary>Compares whole texts word by word from the left.</summary>
    public static VietnameseCollator Default { get; } = new(givenNameFirst: false);

    /// <summary>
    /// Compares personal names by the given name (the last word) first, then the rest from the left, as Vietnamese
    /// name lists are ordered: "Trần Văn An" &lt; "Lê Thị Bình" &lt; "Nguyễn Văn Bình".
    /// </summary>
    public static VietnameseCollator GivenName { get; } = new(givenNameFirst: true);

    /// <summary>True when the last word is compared first.</summary>
    public bool GivenNameFirst { get; }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return GetKey(x).CompareTo(GetKey(y));
    }

    /// <summary>A key to compare many times (sorting computes each text's key once).</summary>
    internal SortKey GetKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SortKey(text, GivenNameFirst);
    }

    /// <summary>The comparable form of one text.</summary>
    internal sealed class SortKey : IComparable<SortKey>
    {
        private readonly List<Word> _words = [];
        private readonly List<bool> _upper = [];
        private readonly string _nfc;

        internal SortKey(string text, bool givenNameFirst)
        {
            _nfc = text.Normalize(NormalizationForm.FormC);
            var decomposed = _nfc.Normalize(NormalizationForm.FormD);
            Word? word = null;
            for (var i = 0; i < decomposed.Length; i++)
            {
                var c = decomposed[i];
                if (char.IsWhiteSpace(c))
                {
                    word = null;
                    continue;
                }

                if (word is null)
                {
                    word = new Word();
                    _words.Add(word);
                }

                if (char.IsAsciiDigit(c))
                {
                    var start = i;
                    while (i + 1 < decomposed.Length && char.IsAsciiDigit(decomposed[i + 1]))
                    {
                        i++;
                    }

                    word.Units.Add(Unit.Number(decomposed.Substring(start, i - start + 1)));
                    continue;
                }

                var modifier = '\0';
                var tone = 0;
                while (i + 1 < decomposed.Length && char.GetUnicodeCategory(decomposed[i + 1]) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    i++;
                    switch (decomposed[i])
                    {
                        case '\u0306' or '\u0302' or '\u031B':
                            modifier = decomposed[i];
                            break;
                        case '\u0300':
                            tone = 1; // huyền
                            break;
                        case '\u0309':
                            tone = 2; // hỏi
                            break;
                        case '\u0303':
                            tone = 3; // ngã
                            break;
                        case '\u0301':
                            tone = 4; // sắc
                            break;
                        case '\u0323':
                            tone = 5; // nặng
                            break;
                        default:
                            break; // marks of other languages do not order Vietnamese text
                    }
                }

                var lower = char.ToLowerInvariant(c);
                _upper.Add(lower != c);
                word.Units.Add(Unit.Letter(lower, modifier));
                if (tone != 0)
                {
                    word.Tones.Add(tone);
                }
            }

            if (givenNameFirst && _words.Count > 1)
            {
                var last = _words[^1];
                _words.RemoveAt(_words.Count - 1);
                _words.Insert(0, last);
            }
        }

        /// <inheritdoc />
        public int CompareTo(SortKey? other)
        {
            if (other is null)
            {
                return 1;
            }

            var count = Math.Min(_words.Count, other._words.Count);
            for (var i = 0; i < count; i++)
            {
                var byWord = _words[i].CompareTo(other._words[i]);
                if (byWord != 0)
                {
                    return byWord;
                }
            }

            var byCount = _words.Count.CompareTo(other._words.Count);
            if (byCount != 0)
            {
                return byCount;
            }

            // Lower case before upper case, then the text itself so that the order never depends on the input order.
            for (var i = 0; i < Math.Min(_upper.Count, other._upper.Count); i++)
            {
                if (_upper[i] != other._upper[i])
                {
                    return _upper[i] ? 1 : -1;
                }
            }

            return string.CompareOrdinal(_nfc, other._nfc);
        }
    }

    private sealed class Word : IComparable<Word>
    {
        public List<Unit> Units { get; } = [];

        /// <summary>The tones marked in the word, in order (a syllable has at most one); ngang is no entry.</summary>
        public List<int> Tones { get; } = [];

        public int CompareTo(Word? other)
        {
            if (other is null)
            {
                return 1;
            }

            for (var i = 0; i < Math.Min(Units.Count, other.Units.Count); i++)
            {
                var byUnit = Units[i].CompareTo(other.Units[i]);
                if (byUnit != 0)
                {
                    return byUnit;
                }
            }

            var byLength = Units.Count.CompareTo(other.Units.Count);
            if (byLength != 0)
            {
                return byLength;
            }

            // The tone of the syllable, wherever its mark sits: "hoà" and "hòa" are the same word.
            for (var i = 0; i < Math.Min(Tones.Count, other.Tones.Count); i++)
            {
                var byTone = Tones[i].CompareTo(other.Tones[i]);
                if (byTone != 0)
                {
                    return byTone;
                }
            }

            return Tones.Count.CompareTo(other.Tones.Count);
        }
    }

    /// <summary>
    /// One comparable piece of a word: punctuation and symbols (kind 0) before numbers (1), before letters of the
    /// Vietnamese/Latin alphabet (2), before letters of other scripts (3).
    /// </summary>
    private readonly record struct Unit(int Kind, int Rank, string? Digits) : IComparable<Unit>
    {
        public static Unit Number(string digits) => new(1, 0, digits);

        public static Unit Letter(char lower, char modifier)
        {
            var letter = (lower, modifier) switch
            {
                ('a', '\u0306') => 'ă',
                ('a', '\u0302') => 'â',
                ('e', '\u0302') => 'ê',
                ('o', '\u0302') => 'ô',
                ('o', '\u031B') => 'ơ',
                ('u', '\u031B') => 'ư',
                _ => lower,
            };
            var rank = Alphabet.IndexOf(letter, StringComparison.Ordinal);
            if (rank >= 0)
            {
                return new(2, rank, null);
            }

            return char.IsLetter(letter) ? new(3, letter, null) : new(0, letter, null);
        }

        public int CompareTo(Unit other)
        {
            if (Kind != other.Kind)
            {
                return Kind.CompareTo(other.Kind);
            }

            if (Kind != 1)
            {
                return Rank.CompareTo(other.Rank);
            }

            var a = Digits!.TrimStart('0');
            var b = other.Digits!.TrimStart('0');
            var byValue = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
            return byValue != 0 ? byValue : Digits.Length.CompareTo(other.Digits.Length);
        }
    }
}

/// <summary>Lists written the Vietnamese way.</summary>
public static class VietnameseText
{
    /// <summary>
    /// ["A", "B", "C"] → "A, B và C"; two items "A và B"; one item "A"; none "". Empty items are left out and the
    /// result is in NFC. <paramref name="conjunction"/> replaces "và" (e.g. "hoặc").
    /// </summary>
    public static string JoinList(IEnumerable<string?> items, string conjunction = "và", string separator = ", ")
    {
        ArgumentNullException.ThrowIfNull(items);
        var parts = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).ToList();
        var text = parts.Count switch
        {
            0 => string.Empty,
            1 => parts[0],
            _ => string.Join(separator, parts.Take(parts.Count - 1)) + " " + conjunction.Trim() + " " + parts[^1],
        };
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
