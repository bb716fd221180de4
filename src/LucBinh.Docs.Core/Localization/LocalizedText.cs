using System.Globalization;

namespace LucBinh.Docs.Localization;

/// <summary>
/// A piece of message text that is put into the user's language only when the message is shown, so a diagnostic
/// can carry a phrase such as "Did you mean 'where'?" as one of its values.
/// </summary>
public sealed class LocalizedText(MessageCatalog catalog, string key, params object?[] arguments) : IFormattable
{
    public static LocalizedText Empty { get; } = new(MessageCatalog.Common, string.Empty);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (key.Length == 0)
        {
            return string.Empty;
        }

        var language = formatProvider is CultureInfo culture && culture.TwoLetterISOLanguageName == "en"
            ? UiLanguage.English
            : UiLanguage.Vietnamese;
        return catalog.Format(key, language, arguments);
    }

    public override string ToString() => ToString(null, CultureInfo.GetCultureInfo("vi"));
}
