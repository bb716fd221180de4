namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Lets a filter hand finished WordprocessingML to the output instead of text: the markup is wrapped in two
/// private-use characters that <see cref="WordTextEncoder"/> recognises and writes unescaped. The markup is written
/// inside the <c>w:t</c> of the tag's run, so it closes that <c>w:t</c> first and reopens one at its end. Any other
/// occurrence of the two characters is dropped, so data cannot inject markup.
/// </summary>
internal static class WordMarkup
{
    public const char Start = '\uE010';
    public const char End = '\uE011';

    public static string Wrap(string markupInsideRun) => Start + markupInsideRun + End;

    public static bool TryUnwrap(ReadOnlySpan<char> value, out ReadOnlySpan<char> markup)
    {
        if (value.Length >= 2 && value[0] == Start && value[^1] == End && value[1..^1].IndexOfAny(Start, End) < 0)
        {
            markup = value[1..^1];
            return true;
        }

        markup = default;
        return false;
    }
}
