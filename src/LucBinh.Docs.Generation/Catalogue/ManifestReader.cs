using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Text;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation.Catalogue;

/// <summary>What reading a manifest gave: the manifest (null when it has errors) and every problem found, each located.</summary>
public sealed record ManifestReadResult(TemplateManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Reads a template's manifest (<c>&lt;id&gt;.json</c> beside <c>&lt;id&gt;.docx</c>, docs/template-catalogue.md) and checks
/// it: every problem is a diagnostic naming the file, the line and the JSON path (GEN020–GEN028), all of them at once, so
/// that a person fixes the file in one go. Keys left out are the headers folded (<see cref="NameFolding.ToKey"/>).
/// </summary>
public static partial class ManifestReader
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The symbol code of each kind when the manifest gives none (Hướng dẫn 36-HD/VPTW).</summary>
    public static string DefaultKindCode(DocumentKind kind) => kind switch
    {
        DocumentKind.Report => "BC",
        DocumentKind.Plan => "KH",
        DocumentKind.Notice => "TB",
        DocumentKind.Letter => "CV",
        DocumentKind.Decision => "QĐ",
        DocumentKind.Minutes => "BB",
        DocumentKind.Submission => "TTr",
        DocumentKind.Invitation => "GM",
        _ => string.Empty,
    };

    /// <summary>A manifest on disk. <paramref name="expectedId"/>: the template's file name, which the id must match.</summary>
    public static ManifestReadResult ReadFile(string path, string? expectedId = null, ManifestLimits? limits = null)
    {
        limits ??= ManifestLimits.Default;
        var fullPath = Path.GetFullPath(path);
        var info = new FileInfo(fullPath);
        if (info.Exists && info.Length > limits.MaxBytes)
        {
            return Refused(CatalogueDiagnostics.Error("GEN020", new ManifestLocation(fullPath), fullPath, CatalogueDiagnostics.Count(info.Length), CatalogueDiagnostics.Count(limits.MaxBytes)));
        }

        var content = InputFile.ReadAll(fullPath, limits.MaxBytes);
        return Read(content, fullPath, expectedId, limits, Path.GetDirectoryName(fullPath));
    }

    /// <summary>
    /// A manifest in memory (the web host, a SharePoint library). <paramref name="name"/> is shown in messages;
    /// <paramref name="folder"/>, when known, is where the sample named by the manifest is looked for.
    /// </summary>
    public static ManifestReadResult Read(byte[] content, string name, string? expectedId = null, ManifestLimits? limits = null, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        limits ??= ManifestLimits.Default;
        if (content.LongLength > limits.MaxBytes)
        {
            return Refused(CatalogueDiagnostics.Error("GEN020", new ManifestLocation(name), name, CatalogueDiagnostics.Count(content.LongLength), CatalogueDiagnostics.Count(limits.MaxBytes)));
        }

        ReadOnlySpan<byte> json = content;
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var (map, refusal) = JsonLineMap.Scan(json, name, limits);
        if (refusal is not null || map is null)
        {
            return Refused(refusal!);
        }

        ManifestJson? raw;
        try
        {
            raw = JsonSerializer.Deserialize<ManifestJson>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            var path = e.Path ?? "$";
            return Refused(CatalogueDiagnostics.Error("GEN022", new ManifestLocation(name, e.LineNumber is { } line ? (int)line + 1 : map.LineOf(path), path)));
        }

        if (raw is null)
        {
            return Refused(CatalogueDiagnostics.Error("GEN022", new ManifestLocation(name, 1, "$")));
        }

        return new Validation(name, map, folder).Run(raw, expectedId);
    }

    private static ManifestReadResult Refused(Diagnostic diagnostic) => new(null, [diagnostic]);

    /// <summary>An Excel table name: a letter or _ first, then letters, digits, _ and dots; not a cell address.</summary>
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]{0,254}$")]
    private static partial Regex TableName();

    [GeneratedRegex(@"^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$")]
    private static partial Regex CellLike();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,99}$")]
    private static partial Regex Key();

    private sealed class Validation(string file, JsonLineMap map, string? folder)
    {
        private static readonly SearchValues<char> SheetNameForbidden = SearchValues.Create(":\\/?*[]");
        private readonly List<Diagnostic> _found = [];

        public ManifestReadResult Run(ManifestJson raw, string? expectedId)
        {
            var id = Id(raw.Id, expectedId);
            var kind = ParseEnum<DocumentKind>(raw.Kind, "$.kind", "Enum.DocumentKind", "Need.Kind");
            var title = Required(raw.Title, "$", "title", "Need.Title");
            var schema = raw.Schema is null ? null : Schema(raw.Schema);
            var sample = raw.Sample is { Length: > 0 } s ? s.Trim() : null;
            if (sample is not null && folder is not null && !File.Exists(Path.GetFullPath(Path.Combine(folder, sample))))
            {
                _found.Add(CatalogueDiagnostics.Warning("GEN028", map.Locate(file, "$.sample"), sample, file));
            }

            var each = raw.Each is { Length: > 0 } e ? e.Trim() : null;
            if (each is not null && schema is not null && schema.Sheet(each) is not { Shape: SheetShape.List })
            {
                var lists = schema.Sheets.Where(x => x.Shape == SheetShape.List).Select(x => x.Key).ToList();
                _found.Add(CatalogueDiagnostics.Error("GEN023", map.Locate(file, "$.each"), each, CatalogueDiagnostics.Text("Enum.List"), Listing(lists)));
            }

            if (_found.Any(d => d.IsError) || id is null || kind is null || title is null)
            {
                return new ManifestReadResult(null, _found);
            }

            var manifest = new TemplateManifest(id, kind.Value, title.Trim())
            {
                KindCode = string.IsNullOrWhiteSpace(raw.KindCode) ? DefaultKindCode(kind.Value) : raw.KindCode.Trim(),
                Description = string.IsNullOrWhiteSpace(raw.Description) ? null : raw.Description.Trim(),
                Schema = schema,
                Sample = sample,
                Each = each,
            };
            return new ManifestReadResult(manifest, _found);
        }

        private string? Id(string? declared, string? expectedId)
        {
            if (expectedId is not null)
            {
                if (!string.IsNullOrWhiteSpace(declared) && !string.Equals(declared.Trim(), expectedId, StringComparison.Ordinal))
                {
                    _found.Add(CatalogueDiagnostics.Warning("GEN027", map.Locate(file, "$.id"), CatalogueDiagnostics.Text("Name.Id"), declared, CatalogueDiagnostics.Text("Rule.Id", expectedId)));
                }

                return expectedId;
            }

            return Required(declared, "$", "id", "Need.Id")?.Trim();
        }

        private TrackerSchema? Schema(SchemaJson raw)
        {
            if (raw.Sheets is not { Count: > 0 } sheets)
            {
                Missing("$.schema", "sheets", "Need.Sheets");
                return null;
            }

            var built = new List<SchemaSheet>();
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < sheets.Count; i++)
            {
                var at = $"$.schema.sheets[{i}]";
                if (sheets[i] is not { } sheet)
                {
                    Missing(at, "name", "Need.SheetName");
                    continue;
                }

                if (Sheet(sheet, at) is not { } result)
                {
                    continue;
                }

                if (names.TryGetValue(result.Name, out var firstName))
                {
                    Duplicate("Dup.Sheet", result.Name, at + ".name", firstName);
                }
                else if (keys.TryGetValue(result.Key, out var firstKey))
                {
                    Duplicate("Dup.Sheet", result.Key, at + (sheet.Key is null ? ".name" : ".key"), firstKey);
                }
                else
                {
                    names[result.Name] = at;
                    keys[result.Key] = at;
                    built.Add(result);
                }
            }

            return new TrackerSchema(built) { Title = string.IsNullOrWhiteSpace(raw.Title) ? null : raw.Title.Trim() };
        }

        private SchemaSheet? Sheet(SheetJson raw, string at)
        {
            var name = Required(raw.Name, at, "name", "Need.SheetName")?.Trim();
            if (name is null)
            {
                return null;
            }

            if (name.Length > 31 || name.IndexOfAny(SheetNameForbidden) >= 0)
            {
                Invalid(at + ".name", "Name.SheetName", name, "Rule.SheetName");
            }

            var key = KeyOf(raw.Key, name, at);
            var shape = raw.Shape is null
                ? (key == TrackerKeys.Info ? SheetShape.Fields : SheetShape.List)
                : ParseEnum<SheetShape>(raw.Shape, at + ".shape", "Enum.SheetShape", null);
            var table = raw.Table?.Trim();
            if (table is { Length: > 0 } && (!TableName().IsMatch(table) || CellLike().IsMatch(table)))
            {
                Invalid(at + ".table", "Name.Table", table, "Rule.Table");
            }

            var fields = Fields(raw.Fields, at);
            if (key is null || shape is null)
            {
                return null;
            }

            return new SchemaSheet(name, key, shape.Value, fields)
            {
                Table = shape == SheetShape.List ? (table is { Length: > 0 } ? table : TableFromKey(key)) : null,
                Description = string.IsNullOrWhiteSpace(raw.Description) ? null : raw.Description.Trim(),
                CarriedOver = raw.CarriedOver,
            };
        }

        private List<SchemaField> Fields(List<FieldJson?>? raw, string sheetAt)
        {
            var fields = new List<SchemaField>();
            if (raw is not { Count: > 0 })
            {
                Missing(sheetAt, "fields", "Need.Fields");
                return fields;
            }

            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < raw.Count; i++)
            {
                var at = $"{sheetAt}.fields[{i}]";
                var header = Required(raw[i]?.Header, at, "header", "Need.Header")?.Trim();
                if (raw[i] is not { } field || header is null)
                {
                    continue;
                }

                var key = KeyOf(field.Key, header, at);
                var kind = field.Kind is null ? FieldKind.Text : ParseEnum<FieldKind>(field.Kind, at + ".kind", "Enum.FieldKind", null);
                var choices = field.Choices?.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()).Distinct(StringComparer.Ordinal).ToList();
                if (kind == FieldKind.Choice && choices is not { Count: > 0 })
                {
                    _found.Add(CatalogueDiagnostics.Error("GEN026", map.Locate(file, at), header));
                }

                if (key is null || kind is null)
                {
                    continue;
                }

                if (keys.TryGetValue(key, out var first))
                {
                    Duplicate("Dup.Field", key, at + (field.Key is null ? ".header" : ".key"), first);
                    continue;
                }

                keys[key] = at;
                fields.Add(new SchemaField(header, key, kind.Value)
                {
                    // Excel's column widths run from 0 to 255 characters; a manifest's odd width is brought inside, not refused.
                    Width = field.Width is { } width && double.IsFinite(width) ? Math.Clamp(width, 1, 255) : 14,
                    Choices = kind == FieldKind.Choice ? choices : null,
                    OnlyChoices = field.OnlyChoices ?? true,
                    Required = field.Required,
                    Hint = string.IsNullOrWhiteSpace(field.Hint) ? null : field.Hint.Trim(),
                    CarriedOver = field.CarriedOver,
                    InPeriod = field.InPeriod,
                    Example = string.IsNullOrWhiteSpace(field.Example) ? null : field.Example.Trim(),
                });
            }

            return fields;
        }

        /// <summary>The declared key, checked; or the header folded ("Người ký" → nguoi_ky).</summary>
        private string? KeyOf(string? declared, string header, string at)
        {
            if (!string.IsNullOrWhiteSpace(declared))
            {
                var key = declared.Trim();
                if (Key().IsMatch(key))
                {
                    return key;
                }

                Invalid(at + ".key", "Name.Key", key, "Rule.Key");
                return null;
            }

            var folded = NameFolding.ToKey(header);
            if (Key().IsMatch(folded))
            {
                return folded;
            }

            // A header such as "2024" or "#" folds to no usable key: the manifest must give one.
            Missing(at, "key", "Need.Key");
            return null;
        }

        private T? ParseEnum<T>(string? text, string at, string what, string? needKey)
            where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (needKey is not null)
                {
                    var cut = at.LastIndexOf('.');
                    Missing(at[..cut], at[(cut + 1)..], needKey);
                }

                return null;
            }

            // Names only: Enum.TryParse would also take "3" or "Report, Plan".
            var name = text.Trim();
            var match = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return Enum.Parse<T>(match);
            }

            _found.Add(CatalogueDiagnostics.Error("GEN023", map.Locate(file, at), name, CatalogueDiagnostics.Text(what), Listing(Enum.GetNames<T>())));
            return null;
        }

        private string? Required(string? value, string objectAt, string property, string needKey)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            Missing(objectAt, property, needKey);
            return null;
        }

        private void Missing(string objectAt, string property, string needKey) =>
            _found.Add(CatalogueDiagnostics.Error("GEN024", map.Locate(file, objectAt + "." + property), property, CatalogueDiagnostics.Text(needKey)));

        private void Invalid(string at, string nameKey, string value, string ruleKey) =>
            _found.Add(CatalogueDiagnostics.Error("GEN027", map.Locate(file, at), CatalogueDiagnostics.Text(nameKey), value, CatalogueDiagnostics.Text(ruleKey)));

        private void Duplicate(string whatKey, string value, string at, string firstAt) =>
            _found.Add(CatalogueDiagnostics.Error("GEN025", map.Locate(file, at), CatalogueDiagnostics.Text(whatKey), value, Where(firstAt)));

        /// <summary>The line and path of the first declaration, in the reader's language (the location names the second).</summary>
        private LocalizedText Where(string firstAt) => CatalogueDiagnostics.Text("At", firstAt, map.LineOf(firstAt));

        private static string Listing(IEnumerable<string> values) => string.Join(", ", values);

        /// <summary>dai_bieu → DaiBieu: the Excel table's name when the manifest gives none.</summary>
        private static string TableFromKey(string key)
        {
            var table = string.Concat(key.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            return CellLike().IsMatch(table) ? "Bang" + table : table;
        }
    }
}
