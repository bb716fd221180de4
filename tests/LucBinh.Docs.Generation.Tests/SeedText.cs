using System.Text.RegularExpressions;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>
/// The text a reader sees, as comparable lines: markdown marks (<c>#</c>, <c>*</c>) removed, white space folded,
/// empty lines dropped, a Word line break counted as a new line.
/// </summary>
internal static partial class SeedText
{
    public static List<string> FromMarkdown(string markdown) =>
        Lines(markdown.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(StripMarkdown));

    public static List<string> FromParagraphs(IEnumerable<string> paragraphs) =>
        Lines(paragraphs.SelectMany(p => p.Split('\n')));

    /// <summary>The lines from the first equal to <paramref name="first"/> to the first equal to <paramref name="last"/>.</summary>
    public static List<string> Range(List<string> lines, string first, string last)
    {
        var start = lines.IndexOf(first);
        Assert.IsGreaterThanOrEqualTo(0, start, $"'{first}' not found");
        var end = lines.IndexOf(last, start);
        Assert.IsGreaterThanOrEqualTo(0, end, $"'{last}' not found after '{first}'");
        return lines.GetRange(start, end - start + 1);
    }

    public static string Fold(string line) => Whitespace().Replace(line, " ").Trim();

    private static string StripMarkdown(string line) => Heading().Replace(line, string.Empty).Replace("*", string.Empty, StringComparison.Ordinal);

    private static List<string> Lines(IEnumerable<string> lines) => lines.Select(Fold).Where(l => l.Length > 0).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*#+\s*")]
    private static partial Regex Heading();
}
