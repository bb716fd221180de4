using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using LucBinh.Docs.Data;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Templating;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Generation.Tests.Catalogue;

/// <summary>
/// The catalogue's templates as a user gets them: the manifest beside the template (read with System.Text.Json as
/// CATALOGUE.md fixes it), its sample tracker read by <see cref="TrackerReader"/>, the template rendered from it. A
/// template with <c>each</c> renders once per item of that list, the item as <c>muc</c>, as <c>generate --each</c> does.
/// </summary>
internal static class CatalogueSamples
{
    /// <summary>The kinds of the catalogue with their own sample (the coordination report's sample is the seed tracker).</summary>
    public static readonly string[] NewKinds =
        ["bao-cao-dinh-ky", "ke-hoach", "thong-bao", "cong-van", "quyet-dinh", "bien-ban-hoi-nghi", "to-trinh", "giay-moi"];

    public const string CoordinationReport = "bao-cao-ket-qua-phoi-hop";

    private static readonly JsonSerializerOptions ManifestOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly ConcurrentDictionary<string, Lazy<Rendered>> Cache = new(StringComparer.Ordinal);

    public static TemplateManifest Manifest(string id)
    {
        var path = Path.Combine(RepoPaths.Templates, id + ".json");
        var manifest = JsonSerializer.Deserialize<TemplateManifest>(File.ReadAllText(path), ManifestOptions)
            ?? throw new AssertFailedException($"{path} is empty");
        Assert.AreEqual(id, manifest.Id, $"{path}: the id is the file's name");
        return manifest;
    }

    public static string TemplatePath(string id) => Path.Combine(RepoPaths.Templates, id + ".docx");

    /// <summary>A fresh copy of the template's sample data (the coordination report's is the seed tracker).</summary>
    public static DataRecord SampleData(string id)
    {
        var path = id == CoordinationReport ? RepoPaths.SampleTracker : Path.Combine(RepoPaths.Templates, Manifest(id).Sample!);
        var read = TrackerReader.Read(path);
        Assert.IsFalse(read.Diagnostics.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Error),
            string.Join("\n", read.Diagnostics.Select(d => d.ToDisplayString())));
        return read.Data;
    }

    /// <summary>The sample rendered once (first item of <c>each</c> for a batch template), strict: every name must exist.</summary>
    public static Rendered Sample(string id) => Cache.GetOrAdd(id, key => new Lazy<Rendered>(() => Render(key, SampleData(key)))).Value;

    /// <summary>Renders the template (loaded from its path, so included blocks are found beside it) from the data.</summary>
    public static Rendered Render(string id, DataRecord data, string? templatePath = null)
    {
        var template = DocxTemplate.Load(templatePath ?? TemplatePath(id));
        var each = id == CoordinationReport ? null : Manifest(id).Each;
        if (each is not null && !data.ContainsKey(BatchItem.Variable))
        {
            var first = ((DataList)data[each]!)[0];
            data.Set(BatchItem.Variable, first);
        }

        var result = template.Render(data, new RenderOptions { Strict = true });
        Assert.IsEmpty(result.Diagnostics, $"{id}: " + string.Join("\n", result.Diagnostics.Select(d => d.ToDisplayString())));
        return new Rendered(id, result.Document, data);
    }

    public static DataRecord Info(DataRecord data) => (DataRecord)data["thong_tin_chung"]!;

    public static string Field(DataRecord record, string key) =>
        record[key]?.ToString() ?? throw new AssertFailedException($"the sample has no {key}");
}

/// <summary>One rendered document and the data it came from.</summary>
internal sealed record Rendered(string Id, byte[] Docx, DataRecord Data)
{
    private readonly Lazy<OutputDocument> _output = new(() => new OutputDocument(Docx));

    public OutputDocument Output => _output.Value;

    public DataRecord Info => CatalogueSamples.Info(Data);
}
