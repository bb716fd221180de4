using System.Globalization;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Tracker.Checking;

/// <summary>A place (in the template) as a value of a message, described in the reader's language when it is shown.</summary>
internal sealed class LocationText(DiagnosticLocation? location) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (location is null)
        {
            return "—";
        }

        var language = formatProvider is CultureInfo culture && culture.TwoLetterISOLanguageName == "en" ? UiLanguage.English : UiLanguage.Vietnamese;
        return location.Describe(language);
    }

    public override string ToString() => ToString(null, CultureInfo.GetCultureInfo("vi"));
}
