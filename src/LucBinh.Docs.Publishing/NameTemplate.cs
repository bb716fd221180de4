using System.Globalization;
using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// A folder, file name or column value written with placeholders over the report's data:
/// <c>Báo cáo/{{ nam }}/{{ thong_tin_chung.ky_bao_cao }}</c>. Only <c>{{ path.to.value }}</c> is understood (no filters,
/// no tags): names need no more, and publishing stays independent of the Word engine. Bounded before any work:
/// the source's length, the number of placeholders, a path's depth and the rendered length.
/// A missing value renders empty (as Liquid does); numbers are written invariantly (<c>2025</c>, <c>12.5</c>), dates
/// as <c>yyyy-MM-dd</c>, booleans as <c>true</c>/<c>false</c>.
/// </summary>
public sealed class NameTemplate
{
    public const int MaxSourceLength = 1_000;
    public const int MaxPlaceholders = 32;
    public const int MaxPathDepth = 8;
    public const int MaxRenderedLength = 4_000;

    private readonly IReadOnlyList<(string? Literal, string[]? Path)> _parts;

    private NameTemplate(string source, IReadOnlyList<(string? Literal, string[]? Path)> parts)
    {
        Source = source;
        _parts = parts;
    }

    public string Source { get; }

    /// <summary>The placeholders' paths, in order (<c>thong_tin_chung.nam</c>).</summary>
    public IEnumerable<string> Paths => _parts.Where(p => p.Path is not null).Select(p => string.Join('.', p.Path!));

    /// <exception cref="LucBinhException">PUB004 naming <paramref name="settingKey"/> and the offending text.</exception>
    public static NameTemplate Parse(string source, string settingKey)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > MaxSourceLength)
        {
            throw Invalid(settingKey, source[..40] + "…");
        }

        var parts = new List<(string?, string[]?)>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < source.Length)
        {
            if (source[i] == '{' && i + 1 < source.Length && source[i + 1] is '{' or '%')
            {
                var close = source[i + 1] == '%' ? -1 : source.IndexOf("}}", i + 2, StringComparison.Ordinal);
                var inside = close < 0 ? null : source[(i + 2)..close].Trim();
                if (inside is null || !IsPath(inside, out var path))
                {
                    throw Invalid(settingKey, Excerpt(source, i));
                }

                if (literal.Length > 0)
                {
                    parts.Add((literal.ToString(), null));
                    literal.Clear();
                }

                parts.Add((null, path));
                if (parts.Count(p => p.Item2 is not null) > MaxPlaceholders)
                {
                    throw Invalid(settingKey, Excerpt(source, i));
                }

                i = close + 2;
                continue;
            }

            if (source[i] == '}' && i + 1 < source.Length && source[i + 1] == '}')
            {
                throw Invalid(settingKey, Excerpt(source, i));
            }

            literal.Append(source[i]);
            i++;
        }

        if (literal.Length > 0)
        {
            parts.Add((literal.ToString(), null));
        }

        return new NameTemplate(source, parts);
    }

    public string Render(DataRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder();
        foreach (var (literal, path) in _parts)
        {
            text.Append(literal ?? Format(Resolve(data, path!)));
            if (text.Length > MaxRenderedLength)
            {
                return text.ToString(0, MaxRenderedLength);
            }
        }

        return text.ToString();
    }

    private static object? Resolve(DataRecord data, string[] path)
    {
        object? current = data;
        foreach (var segment in path)
        {
            if (current is not DataRecord record || !record.TryGetValue(segment, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DataRecord or DataList => string.Empty,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsPath(string text, out string[] path)
    {
        path = text.Split('.');
        return text.Length > 0 && path.Length <= MaxPathDepth
            && path.All(segment => segment.Length > 0 && segment.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'));
    }

    private static string Excerpt(string source, int at) => source.Substring(at, Math.Min(24, source.Length - at));

    private static LucBinhException Invalid(string settingKey, string excerpt) =>
        new(PublishingDiagnostics.Error("PUB004", settingKey, excerpt));
}
