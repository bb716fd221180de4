namespace LucBinh.Docs.ManifestBuilder;

/// <summary>
/// Everything generated for one environment, by path relative to its folder <c>addin-manifest/{name}/</c>:
/// <c>manifest.xml</c> and the unified app package's files under <c>unified/</c>.
/// </summary>
public static class ManifestFiles
{
    public static IReadOnlyDictionary<string, byte[]> For(AddinEnvironment env)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["manifest.xml"] = XmlManifest.Serialize(XmlManifest.Build(env)),
            ["unified/manifest.json"] = UnifiedManifest.Serialize(UnifiedManifest.Build(env)),
            ["unified/" + UnifiedManifest.EnglishFile] = UnifiedManifest.Serialize(UnifiedManifest.English()),
            ["unified/color.png"] = AddinIcons.Color(),
            ["unified/outline.png"] = AddinIcons.Outline(),
        };
        return files;
    }
}
