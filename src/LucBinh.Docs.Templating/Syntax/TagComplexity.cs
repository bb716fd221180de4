using System.Text.RegularExpressions;

namespace LucBinh.Docs.Templating.Syntax;

/// <summary>
/// How much stack a tag costs Fluid: its parser descends once per bracket and its renderer once per filter and per
/// operator, recursively, so a single tag with thousands of them overflows the stack (which .NET cannot catch) while
/// being parsed or rendered. Measured on a 1.5 MB thread-pool stack: ~500 nested parentheses overflow the parser,
/// ~2,000 chained filters or operators the renderer. A bracket therefore counts 8, a filter or an operator 1, and
/// <see cref="TemplateLimits.MaxTagComplexity"/> is checked before the tag is parsed.
/// </summary>
internal static partial class TagComplexity
{
    public const int BracketWeight = 8;

    public static int Of(string source)
    {
        var score = 0;
        foreach (var c in source)
        {
            score += c switch
            {
                '|' => 1,
                '(' or '[' => BracketWeight,
                _ => 0,
            };
        }

        return score + Operator().Count(source);
    }

    [GeneratedRegex(@"\b(?:and|or|contains)\b|==|!=|<>|<=|>=|<|>")]
    private static partial Regex Operator();
}
