using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating.Analysis;

/// <summary>
/// One data path a template uses, with the place of its first use. Paths are keys joined by dots, a list's rows written
/// <c>[]</c>: <c>thong_tin_chung.nguoi_ky</c>, <c>van_ban_cung_cap[].so_ky_hieu</c>, <c>tuyen_truyen</c> (the list
/// itself, as <c>{{ tuyen_truyen | size }}</c> uses it).
/// </summary>
/// <param name="Path">The path, from a top-level key of the data model.</param>
/// <param name="Location">Where the template first uses it (part, paragraph).</param>
/// <param name="Column">True when the path was named by a filter's argument (<c>sum: "so_nguoi_tham_du"</c>).</param>
public sealed record UsedPath(string Path, DiagnosticLocation Location, bool Column = false)
{
    /// <summary>The top-level key: the sheet (or table, or defined name) of a tracker.</summary>
    public string Root => RootOf(Path);

    /// <summary>The key under the root (<c>nguoi_ky</c>, <c>so_ky_hieu</c>), or null when the root itself is used.</summary>
    public string? Field => FieldOf(Path);

    /// <summary>Whether the field is read from the rows of the root (<c>root[].field</c>) rather than from the root (<c>root.field</c>).</summary>
    public bool FromRows => Path.Length > Root.Length && Path.AsSpan(Root.Length).StartsWith("[]", StringComparison.Ordinal);

    internal static string RootOf(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    internal static string? FieldOf(string path)
    {
        var rest = path.AsSpan(RootOf(path).Length);
        while (rest.StartsWith("[]", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }

        if (!rest.StartsWith(".", StringComparison.Ordinal))
        {
            return null;
        }

        rest = rest[1..];
        var end = rest.IndexOfAny('.', '[');
        return (end < 0 ? rest : rest[..end]).ToString();
    }
}
