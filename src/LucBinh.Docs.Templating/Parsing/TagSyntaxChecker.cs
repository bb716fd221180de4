using Fluid;
using System.Text.RegularExpressions;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Layout;
using LucBinh.Docs.Templating.Syntax;

namespace LucBinh.Docs.Templating.Parsing;

/// <summary>
/// Checks each tag on its own with the Liquid parser, so a syntax error is reported at the tag's place in Word
/// rather than as a position in generated text, and names unknown filters with the closest known one.
/// </summary>
internal static partial class TagSyntaxChecker
{
    /// <summary>Adds the tag's problems; <paramref name="parseAlone"/> false (the whole part parsed) checks only its filter names.</summary>
    public static void Check(TemplateTag tag, List<Diagnostic> diagnostics, bool parseAlone = true)
    {
        if (tag.Name is PageBreak.TagName or NumberingRestart.TagName or Includes.IncludeTag.Name)
        {
            return; // not a Liquid tag: the compiler writes Word markup (or, for include, nothing) in its place
        }

        var probe = tag.Kind switch
        {
            TagKind.Open => tag.Source + "{% " + TagCatalog.CloserOf(tag.Name) + " %}",
            TagKind.Middle when tag.Name == "when" => "{% case x %}" + tag.Source + "{% endcase %}",
            TagKind.Middle => "{% if true %}" + tag.Source + "{% endif %}",
            TagKind.Statement when tag.Name is "break" or "continue" => "{% for i in (1..1) %}" + tag.Source + "{% endfor %}",
            TagKind.Statement or TagKind.Output => tag.Source,
            _ => null,
        };
        if (probe is null)
        {
            return;
        }

        if (parseAlone && !LiquidEnvironment.Parser.TryParse(probe, out _, out var error))
        {
            diagnostics.Add(TemplateDiagnostics.Error("TPL010", tag.Location, tag.Source, Clean(error)));
            return;
        }

        if (!tag.Source.Contains('|', StringComparison.Ordinal))
        {
            return; // no filter (most tags): skip the regular expressions
        }

        foreach (var name in FilterNamesIn(tag.Source))
        {
            if (!LiquidEnvironment.Options.Filters.TryGetValue(name, out _))
            {
                diagnostics.Add(TemplateDiagnostics.Error(
                    "TPL011", tag.Location, name, TemplateDiagnostics.DidYouMean(name, LiquidEnvironment.FilterNames)));
            }
        }
    }

    /// <summary>The names after each <c>|</c> outside string literals.</summary>
    internal static IEnumerable<string> FilterNamesIn(string source)
    {
        var withoutStrings = StringLiteral().Replace(source, "\"\"");
        foreach (Match match in FilterName().Matches(withoutStrings))
        {
            yield return match.Groups[1].Value;
        }
    }

    private static string Clean(string? error) =>
        string.IsNullOrWhiteSpace(error) ? "?" : error.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\|\s*([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex FilterName();
}
