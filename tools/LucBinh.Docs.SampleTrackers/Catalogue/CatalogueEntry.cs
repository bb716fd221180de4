using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;

namespace LucBinh.Docs.SampleTrackers.Catalogue;

/// <summary>One template of the catalogue: its manifest (templates/&lt;id&gt;.json) and its sample tracker's data.</summary>
internal sealed record CatalogueEntry(TemplateManifest Manifest, Func<DataRecord> Sample)
{
    public static string SamplePath(string id) => "samples/" + id + ".xlsx";
}
