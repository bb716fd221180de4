namespace LucBinh.Docs.Templating.Includes;

/// <summary>
/// The path an include tag writes, checked as hostile input and resolved against the folder of the document holding
/// the tag: <c>/</c> or <c>\</c> between folders, <c>..</c> allowed only while it stays inside the includes' root;
/// rooted paths, drives, URLs, streams (<c>:</c>), characters and names Windows forbids are refused.
/// </summary>
public static class IncludePath
{
    private const int MaxLength = 260;
    private const int MaxSegments = 32;

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>What an include path resolves to: the block's path from the root, or why it is refused.</summary>
    /// <param name="Path">The normalised path (<c>khoi/dau-van-ban.docx</c>); null when refused.</param>
    /// <param name="NotDocx">True when the path is fine but does not name a .docx file.</param>
    public sealed record Resolution(string? Path, bool NotDocx = false);

    /// <summary>Resolves <paramref name="written"/> against the folder of <paramref name="includingDocument"/>.</summary>
    /// <param name="includingDocument">The path from the root of the document holding the tag (empty or a file name at the root).</param>
    /// <param name="written">The path as the tag writes it.</param>
    public static Resolution Resolve(string includingDocument, string written)
    {
        ArgumentNullException.ThrowIfNull(includingDocument);
        ArgumentNullException.ThrowIfNull(written);
        var path = written.Trim().Replace('\\', '/');
        if (path.Length is 0 or > MaxLength || path[0] is '/' or '~' || path.Contains(':', StringComparison.Ordinal)
            || path.Any(c => c < ' ' || c is '<' or '>' or '"' or '|' or '?' or '*'))
        {
            return new Resolution(null);
        }

        var segments = new List<string>();
        var slash = includingDocument.LastIndexOf('/');
        if (slash > 0)
        {
            segments.AddRange(includingDocument[..slash].Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return new Resolution(null); // above the root
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            // Windows drops a final dot or space (so "a.docx." would be another name for "a.docx") and reserves device names.
            if (segment.EndsWith('.') || segment.EndsWith(' ') || DeviceNames.Contains(segment.Split('.')[0].TrimEnd()))
            {
                return new Resolution(null);
            }

            segments.Add(segment);
        }

        if (segments.Count is 0 or > MaxSegments)
        {
            return new Resolution(null);
        }

        var resolved = string.Join('/', segments);
        return resolved.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? new Resolution(resolved) : new Resolution(resolved, NotDocx: true);
    }
}
