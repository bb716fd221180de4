using System.Text;
using LucBinh.Docs.IO;
using LucBinh.Docs.SampleTrackers.Catalogue.Kinds;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.SampleTrackers.Catalogue;

/// <summary>
/// The catalogue's manifests (templates/&lt;id&gt;.json) and sample trackers (templates/samples/&lt;id&gt;.xlsx, written
/// with the manifest's schema, so a sample holds exactly the sheets and fields its template declares). The coordination
/// report's manifest is written by the catalogue's loader work; its sample stays samples/so-theo-doi-6-thang-dau-2024.xlsx.
/// </summary>
internal static class CatalogueSamples
{
    public static IReadOnlyList<CatalogueEntry> All { get; } =
    [
        PeriodicReportSample.Entry,
        PlanSample.Entry,
        NoticeSample.Entry,
        LetterSample.Entry,
        DecisionSample.Entry,
        MinutesSample.Entry,
        SubmissionSample.Entry,
        InvitationSample.Entry,
    ];

    public static IEnumerable<string> Write(string templatesFolder)
    {
        foreach (var entry in All)
        {
            var manifest = entry.Manifest;
            var json = Path.Combine(templatesFolder, manifest.Id + ".json");
            var text = ManifestJson.Write(manifest);
            AtomicFile.Write(json, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
            yield return json;

            var sample = Path.Combine(templatesFolder, manifest.Sample!);
            TrackerWorkbook.Write(sample, entry.Sample(), manifest.Schema);
            yield return sample;
        }
    }
}
