using System.Xml.Linq;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>How every part the engine rewrites is written: UTF-8 declaration, standalone, no added white space.</summary>
internal static class PartXml
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    public static string Serialize(XDocument document) => Declaration + document.Root!.ToString(SaveOptions.DisableFormatting);
}
