using LucBinh.Docs.Templating.Packaging;

namespace LucBinh.Docs.Templating.Rendering;

/// <summary>
/// Writes the output package: every entry of the template in its original order, the replaced ones with their new
/// data and all others copied still compressed (never inflated and deflated again), then the added entries, with a
/// fixed timestamp, so the same input gives the same bytes (outputs can be diffed).
/// </summary>
internal static class PackageWriter
{
    /// <param name="package">The template's package (never modified).</param>
    /// <param name="replacements">New data by part name (<c>/word/document.xml</c>); a name the template lacks is added.</param>
    /// <param name="additions">New entries (media) by entry name, stored as they are (images are already compressed).</param>
    public static byte[] Write(TemplatePackage package, IReadOnlyDictionary<string, EntryData> replacements, IReadOnlyDictionary<string, byte[]>? additions = null)
    {
        var byEntry = new Dictionary<string, EntryData>(replacements.Count, StringComparer.OrdinalIgnoreCase);
        long size = 22;
        foreach (var (name, data) in replacements)
        {
            byEntry[name.TrimStart('/')] = data;
        }

        foreach (var entry in package.Entries)
        {
            size += 76 + (2 * entry.Name.Length) + (byEntry.TryGetValue(entry.Name, out var data) ? data : entry.Data).Data.Length;
        }

        using var output = new MemoryStream((int)Math.Min(int.MaxValue, size + byEntry.Values.Sum(d => d.Data.Length) + (additions?.Values.Sum(a => a.Length) ?? 0)));
        var zip = new ZipWriter(output);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in package.Entries)
        {
            zip.Add(entry.Name, byEntry.TryGetValue(entry.Name, out var data) ? data : entry.Data);
            written.Add(entry.Name);
        }

        foreach (var (name, data) in byEntry)
        {
            if (written.Add(name))
            {
                zip.Add(name, data); // e.g. the relationships of a header that had none before a picture was placed
            }
        }

        foreach (var (name, bytes) in additions ?? new Dictionary<string, byte[]>())
        {
            zip.Add(name, EntryData.Store(bytes));
        }

        zip.Finish();
        return output.ToArray();
    }

    /// <summary>The package with some parts replaced by new XML text.</summary>
    public static byte[] Replace(TemplatePackage package, IReadOnlyDictionary<string, string> replacements) =>
        Write(package, replacements.ToDictionary(r => r.Key, r => EntryData.DeflateText(r.Value), StringComparer.OrdinalIgnoreCase));
}
