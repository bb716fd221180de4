using System.Buffers;
using System.Text;

namespace LucBinh.Docs.Templating.Syntax;

/// <summary>Helpers for the text of one tag.</summary>
internal static class TagText
{
    private static readonly SearchValues<char> WordTypography = SearchValues.Create("“”„‟″‘’‚‛′\u00A0\u202F");

    /// <summary>
    /// Undoes what Word's AutoCorrect does to typed tags: curly quotes become straight quotes and non-breaking spaces
    /// plain spaces, so <c>{{ x | where: “a”, “b” }}</c> works as the author meant.
    /// </summary>
    public static string Straighten(string tag)
    {
        if (!tag.AsSpan().ContainsAny(WordTypography))
        {
            return tag;
        }

        var builder = new StringBuilder(tag.Length);
        foreach (var c in tag)
        {
            builder.Append(c switch
            {
                '“' or '”' or '„' or '‟' or '″' => '"',
                '‘' or '’' or '‚' or '‛' or '′' => '\'',
                '\u00A0' or '\u202F' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>The keyword of a <c>{% … %}</c> tag: <c>{%- if x -%}</c> → <c>if</c>.</summary>
    public static string Keyword(string source)
    {
        var span = source.AsSpan(2, source.Length - 4).Trim('-').TrimStart();
        var end = 0;
        while (end < span.Length && (char.IsLetterOrDigit(span[end]) || span[end] == '_'))
        {
            end++;
        }

        return span[..end].ToString();
    }
}
