using System.CommandLine;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>Options several commands share, so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Language(CliText text) => new("--lang")
    {
        Description = text["Option.Lang"],
        Recursive = true,
        DefaultValueFactory = _ => "vi",
    };

    public static Option<string?> Tracker(CliText text) => new("--tracker") { Description = text["Option.Tracker"] };

    /// <summary>Repeatable: the first is the report's tracker, the others add their lists' rows (last year's book).</summary>
    public static Option<string[]> Trackers(CliText text) => new("--tracker")
    {
        Description = text["Option.Tracker.Several"],
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> Template(CliText text) => new("--template") { Description = text["Option.Template"] };

    public static Option<string?> Data(CliText text) => new("--data") { Description = text["Option.Data"] };

    public static Option<string?> Output(CliText text, string descriptionKey) => new("--out", "-o") { Description = text[descriptionKey] };

    public static Option<string[]> Config(CliText text) => new("--config")
    {
        Description = text["Option.Config"],
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> Period(CliText text) => new("--period") { Description = text["Option.Period"] };

    public static Option<bool> Strict(CliText text) => new("--strict") { Description = text["Option.Strict"] };
}
