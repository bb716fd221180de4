using System.Resources;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Cli;

/// <summary>The command line's own texts (help, progress, results) in the chosen language.</summary>
internal sealed class CliText(UiLanguage language)
{
    private static readonly MessageCatalog Catalog =
        new(new ResourceManager("LucBinh.Docs.Cli.Localization.CliMessages", typeof(CliText).Assembly));

    public UiLanguage Language { get; } = language;

    public string this[string key] => Catalog.Get(key, Language);

    public string Format(string key, params object?[] arguments) => Catalog.Format(key, Language, arguments);
}
