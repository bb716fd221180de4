using System.Resources;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Web.Localization;

/// <summary>
/// The web host's messages (codes <c>WEB001</c>… and their titles <c>Title.WEB001</c>…), read from
/// Localization/WebMessages*.resx: Vietnamese (neutral) with an English satellite.
/// </summary>
public static class WebText
{
    public static MessageCatalog Catalog { get; } = new(
        new ResourceManager("LucBinh.Docs.Web.Localization.WebMessages", typeof(WebText).Assembly));

    public static string Title(string code, UiLanguage language) => Catalog.Get("Title." + code, language);

    public static string Detail(string code, UiLanguage language, params object?[] arguments) =>
        Catalog.Format(code, language, arguments);
}
