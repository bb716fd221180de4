using System.Text.Json;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Generation.Catalogue;

/// <summary>
/// One streaming pass over a manifest before it is deserialized: it enforces <see cref="ManifestLimits"/> (depth, items
/// of each array, bytes of each string) without building anything, and notes the line of every JSON path
/// (<c>$.schema.sheets[1].fields[0]</c>) so that a later problem can name the line a person opens in an editor.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.OrdinalIgnoreCase);

    private JsonLineMap()
    {
    }

    /// <summary>The line (from 1) of a path, or of its nearest enclosing value that has one.</summary>
    public int LineOf(string path)
    {
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }
        }

        return 1;
    }

    public ManifestLocation Locate(string file, string path) => new(file, LineOf(path), path);

    /// <summary>The map, or the diagnostic that refuses the manifest (GEN021 over a limit, GEN022 not JSON).</summary>
    public static (JsonLineMap? Map, Diagnostic? Refusal) Scan(ReadOnlySpan<byte> json, string file, ManifestLimits limits)
    {
        var map = new JsonLineMap();
        var frames = new List<Frame>();
        string? property = null;
        var lines = new LineCounter();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = limits.MaxDepth + 1,
        });
        var path = "$";
        try
        {
            while (reader.Read())
            {
                var line = lines.LineAt(json, reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (reader.ValueSpan.Length > limits.MaxStringBytes)
                        {
                            return (null, OverLimit(file, line, path, "What.Text", limits.MaxStringBytes));
                        }

                        property = reader.GetString();
                        path = frames[^1].Path + "." + property;
                        map._lines.TryAdd(path, line);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        {
                            var (valuePath, refusal) = ValuePath(frames, property, file, line, limits);
                            if (refusal is not null)
                            {
                                return (null, refusal);
                            }

                            path = valuePath;
                            map._lines.TryAdd(path, line);
                            if (frames.Count >= limits.MaxDepth)
                            {
                                return (null, OverLimit(file, line, path, "What.Depth", limits.MaxDepth));
                            }

                            frames.Add(new Frame(path, reader.TokenType == JsonTokenType.StartArray, ArrayLimit(property, limits)));
                            property = null;
                            break;
                        }

                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        path = frames.Count > 0 ? frames[^1].Path : "$";
                        break;
                    default:
                        {
                            var (valuePath, refusal) = ValuePath(frames, property, file, line, limits);
                            if (refusal is not null)
                            {
                                return (null, refusal);
                            }

                            path = valuePath;
                            map._lines.TryAdd(path, line);
                            if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > limits.MaxStringBytes)
                            {
                                return (null, OverLimit(file, line, path, "What.Text", limits.MaxStringBytes));
                            }

                            break;
                        }
                }
            }
        }
        catch (JsonException e)
        {
            // The reader's own message is English technical text: the diagnostic names the line and the path instead.
            return (null, CatalogueDiagnostics.Error("GEN022", new ManifestLocation(file, (int)(e.LineNumber ?? 0) + 1, path)));
        }

        return (map, null);
    }

    private static (string Path, Diagnostic? Refusal) ValuePath(List<Frame> frames, string? property, string file, int line, ManifestLimits limits)
    {
        if (frames.Count == 0)
        {
            return ("$", null);
        }

        var top = frames[^1];
        if (!top.IsArray)
        {
            return (top.Path + "." + property, null);
        }

        var index = top.Count++;
        var path = top.Path + "[" + index + "]";
        return top.Count > top.Limit.Max
            ? (path, OverLimit(file, line, path, top.Limit.What, top.Limit.Max))
            : (path, null);
    }

    private static (int Max, string What) ArrayLimit(string? property, ManifestLimits limits) => property?.ToLowerInvariant() switch
    {
        "sheets" => (limits.MaxSheets, "What.Sheets"),
        "fields" => (limits.MaxFieldsPerSheet, "What.Fields"),
        _ => (limits.MaxArrayItems, "What.Choices"),
    };

    private static Diagnostic OverLimit(string file, int line, string path, string what, long limit) =>
        CatalogueDiagnostics.Error("GEN021", new ManifestLocation(file, line, path), CatalogueDiagnostics.Text(what), CatalogueDiagnostics.Count(limit));

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? string.Empty : "$") : path[..cut];
    }

    private sealed class Frame(string path, bool isArray, (int Max, string What) limit)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public (int Max, string What) Limit { get; } = limit;

        public int Count { get; set; }
    }

    /// <summary>Lines counted once, forwards: tokens come in order, so the whole pass is linear in the file's size.</summary>
    private sealed class LineCounter
    {
        private long _offset;
        private int _line = 1;

        public int LineAt(ReadOnlySpan<byte> json, long offset)
        {
            if (offset > _offset)
            {
                _line += json[(int)_offset..(int)offset].Count((byte)'\n');
                _offset = offset;
            }

            return _line;
        }
    }
}
