using System.Globalization;
using System.Resources;

namespace LucBinh.Docs.Localization;

/// <summary>
/// Messages of one area of the product (common, tracker, template…), read from a .resx whose neutral language is
/// Vietnamese with an English satellite. A missing key shows the key itself, so a gap is visible, not fatal.
/// </summary>
public sealed class MessageCatalog(ResourceManager resources)
{
    /// <summary>The common messages (files, input and output) of LucBinh.Docs.Core.</summary>
    public static MessageCatalog Common { get; } =
        new(new ResourceManager("LucBinh.Docs.Localization.Messages", typeof(MessageCatalog).Assembly));

    public string Get(string key, UiLanguage language) =>
        resources.GetString(key, language.Culture()) ?? key;

    public string Format(string key, UiLanguage language, IReadOnlyList<object?> arguments)
    {
        var pattern = Get(key, language);
        if (arguments.Count == 0)
        {
            return pattern;
        }

        try
        {
            return string.Format(language.Culture(), pattern, [.. arguments]);
        }
        catch (FormatException)
        {
            return pattern + " (" + string.Join(", ", arguments) + ")";
        }
    }

    public bool Contains(string key) => resources.GetString(key, CultureInfo.InvariantCulture) is not null;
}
