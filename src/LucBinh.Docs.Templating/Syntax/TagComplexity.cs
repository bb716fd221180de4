namespace LucBinh.Docs.Templating.Syntax;

/// <summary>
/// How much stack a tag costs Fluid: its parser descends once per bracket and its renderer once per filter and per
/// operator, recursively, so a single tag with thousands of them overflows the stack (which .NET cannot catch) while
/// being parsed or rendered. Measured on a 1.5 MB thread-pool stack: ~500 nested parentheses overflow the parser,
/// ~2,000 chained filters or operators the renderer. A bracket therefore counts 8, a filter or an operator 1, and
/// <see cref="TemplateLimits.MaxTagComplexity"/> is checked before the tag is parsed.
/// </summary>
internal static class TagComplexity
{
    public const int BracketWeight = 8;

    /// <summary>One pass, no allocation (it runs for every tag at Load): brackets, pipes, comparison characters and the words and/or/contains.</summary>
    public static int Of(string source)
    {
        var score = 0;
        var wordStart = -1;
        for (var i = 0; i <= source.Length; i++)
        {
            var c = i < source.Length ? source[i] : ' ';
            if (char.IsLetterOrDigit(c) || c is '_' or '.')
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                continue;
            }

            if (wordStart >= 0)
            {
                var word = source.AsSpan(wordStart, i - wordStart);
                score += word is "and" or "or" or "contains" ? 1 : 0;
                wordStart = -1;
            }

            score += c switch
            {
                '|' or '=' or '<' or '>' => 1,
                '(' or '[' => BracketWeight,
                _ => 0,
            };
        }

        return score;
    }
}
