using System.Globalization;

namespace LucBinh.Docs.Localization;

/// <summary>The language of every message a user reads: Vietnamese by default, English on request.</summary>
public enum UiLanguage
{
    Vietnamese,
    English,
}

public static class UiLanguages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static CultureInfo Culture(this UiLanguage language) =>
        language == UiLanguage.English ? English : Vietnamese;

    /// <summary>Reads "vi", "en", "en-US", "tiếng Việt"… ; anything not English is Vietnamese.</summary>
    public static UiLanguage Parse(string? text) =>
        text is not null && text.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? UiLanguage.English
            : UiLanguage.Vietnamese;
}
