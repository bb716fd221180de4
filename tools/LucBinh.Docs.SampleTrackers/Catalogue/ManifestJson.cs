using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.SampleTrackers.Catalogue;

/// <summary>
/// Writes a <see cref="TemplateManifest"/> as the JSON staff read and edit beside the template (CATALOGUE.md:
/// System.Text.Json web defaults, enums by name). Values equal to a field's or sheet's default (width 14, not
/// required…) and nulls are left out, so each line says something; reading fills them back in.
/// </summary>
internal static class ManifestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(TemplateManifest manifest)
    {
        var node = JsonSerializer.SerializeToNode(manifest, Options)!.AsObject();
        var fieldDefaults = JsonSerializer.SerializeToNode(new SchemaField("h", "k", FieldKind.Text), Options)!.AsObject();
        var sheetDefaults = JsonSerializer.SerializeToNode(new SchemaSheet("n", "k", SheetShape.List, []), Options)!.AsObject();
        if (node["schema"] is JsonObject schema && schema["sheets"] is JsonArray sheets)
        {
            foreach (var sheet in sheets.OfType<JsonObject>())
            {
                DropDefaults(sheet, sheetDefaults, keep: ["name", "key", "shape", "fields"]);
                foreach (var field in (sheet["fields"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    DropDefaults(field, fieldDefaults, keep: ["header", "key", "kind"]);
                }
            }
        }

        return node.ToJsonString(Options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    public static TemplateManifest Read(string json) =>
        JsonSerializer.Deserialize<TemplateManifest>(json, Options) ?? throw new JsonException("empty manifest");

    private static void DropDefaults(JsonObject target, JsonObject defaults, string[] keep)
    {
        foreach (var (name, value) in target.ToList())
        {
            if (!keep.Contains(name) && defaults.TryGetPropertyValue(name, out var fallback) && JsonNode.DeepEquals(value, fallback))
            {
                target.Remove(name);
            }
        }
    }
}
