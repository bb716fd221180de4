using System.Xml.Linq;
using LucBinh.Docs.ManifestBuilder;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>The manifests under test: the committed dev manifest, and fresh ones for other environments.</summary>
internal static class ManifestDocument
{
    public static string DevFolder => Path.Combine(RepoPaths.Root, "addin-manifest", "dev");

    public static string DevXmlPath => Path.Combine(DevFolder, "manifest.xml");

    public static string WebRoot => Path.Combine(RepoPaths.Root, "src", "LucBinh.Docs.Web", "wwwroot");

    public static AddinEnvironment Dev =>
        AddinEnvironment.Load(Path.Combine(RepoPaths.Root, "addin-manifest", "environments", "dev.json"));

    public static AddinEnvironment Production =>
        AddinEnvironment.Create("production", "https://baocao.example.gov.vn", "8d6a2f0e-3b1c-4d2e-9f10-2a3b4c5d6e7f");

    public static XDocument LoadDev() => XDocument.Load(DevXmlPath, LoadOptions.SetLineInfo);

    public static XDocument Build(AddinEnvironment env) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(XmlManifest.Serialize(XmlManifest.Build(env))), LoadOptions.SetLineInfo);
}
