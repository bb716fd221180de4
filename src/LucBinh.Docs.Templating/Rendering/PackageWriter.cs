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
    /// <param name="cancellationToken">Looked at before each entry is written.</param>
    public static byte[] Write(TemplatePackage package, IReadOnlyDictionary<string, EntryData> replacements, IReadOnlyDictionary<string, byte[]>? additions = null, CancellationToken cancellationToken = default)
    {
        var byEntry = new Dictionary<string, EntryData>(replacements.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, data) in replacements)
        {
            byEntry[name.TrimStart('/')] = data;
        }

        var entries = new List<(string Name, EntryData Data)>(package.Entries.Count + byEntry.Count);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in package.Entries)
        {
            entries.Add((entry.Name, byEntry.TryGetValue(entry.Name, out var data) ? data : entry.Data));
            written.Add(entry.Name);
        }

        foreach (var (name, data) in byEntry)
        {
            if (written.Add(name))
            {
                entries.Add((name, data)); // e.g. the relationships of a header that had none before a picture was placed
            }
        }

        foreach (var (name, bytes) in additions ?? new Dictionary<string, byte[]>())
        {
            entries.Add((name, EntryData.Store(bytes)));
        }

        // The size is known in advance: write into the very array that is returned (no growing, no final copy).
        var document = new byte[ZipWriter.SizeOf(entries)];
        using var output = new MemoryStream(document);
        var zip = new ZipWriter(output);
        foreach (var (name, data) in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            zip.Add(name, data);
        }

        zip.Finish();
        return document;
    }

    /// <summary>The package with some parts replaced by new XML text.</summary>
    public static byte[] Replace(TemplatePackage package, IReadOnlyDictionary<string, string> replacements) =>
        Write(package, replacements.ToDictionary(r => r.Key, r => EntryData.DeflateText(r.Value), StringComparer.OrdinalIgnoreCase));
}
