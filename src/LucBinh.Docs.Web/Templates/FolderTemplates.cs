using System.IO.Packaging;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Templating.Includes;

namespace LucBinh.Docs.Web.Templates;

/// <summary>
/// The server's templates folder: every <c>*.docx</c> directly inside it (no sub-folders, no Office lock files
/// <c>~$…</c>). The id is the file name without <c>.docx</c>; a request's id is only ever compared with the ids found,
/// never joined into a path, so it cannot reach outside the folder. Kind, title, description and sheets come from the
/// manifest beside each template (<c>&lt;id&gt;.json</c>, <see cref="TemplateCatalogue"/>); without a usable one, title and
/// description come from the document's properties (Title, Description) when it has them.
/// </summary>
public sealed class FolderTemplates(string folder) : ITemplateSource
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public Task<IReadOnlyList<TemplateInfo>> ListAsync(string? userAssertion, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TemplateInfo>>([.. TemplateCatalogue.Load(Folder).Entries.Select(Describe)]);

    public async Task<TemplateFile?> OpenAsync(string id, string? userAssertion, CancellationToken cancellationToken)
    {
        var match = Files().FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
        if (match.Path is null)
        {
            return null;
        }

        // Its blocks are found in this folder (khoi/…), never outside it; its manifest's schema drives the check.
        var entry = TemplateCatalogue.Describe(match.Path);
        return new TemplateFile(await File.ReadAllBytesAsync(match.Path, cancellationToken).ConfigureAwait(false), match.Id + ".docx")
        {
            Includes = new FolderTemplateIncludes(Folder),
            PathInFolder = match.Id + ".docx",
            Schema = entry.HasErrors ? null : entry.Manifest.Schema,
            Manifest = entry.HasErrors || entry.ManifestPath is null ? null : entry.Manifest,
        };
    }

    private IEnumerable<(string Id, string Path)> Files() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.docx", SearchOption.TopDirectoryOnly)
                .Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
                .Select(p => (Path.GetFileNameWithoutExtension(p), p))
                .OrderBy(f => f.Item1, StringComparer.Ordinal)
            : [];

    private static TemplateInfo Describe(CatalogueEntry entry)
    {
        // A broken manifest lists its template as Other: using it shows the problem; the listing stays whole.
        if (entry.ManifestPath is not null && !entry.HasErrors)
        {
            return TemplateInfo.From(entry.Id, entry.Manifest, entry.Id, null, "server");
        }

        var (title, description) = DocumentProperties(entry.TemplatePath);
        return TemplateInfo.From(entry.Id, null, title ?? entry.Id, description, "server");
    }

    private static (string? Title, string? Description) DocumentProperties(string path)
    {
        string? title = null;
        string? description = null;
        try
        {
            using var package = Package.Open(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            title = package.PackageProperties.Title;
            description = package.PackageProperties.Description;
        }
        catch (Exception e) when (e is IOException or FileFormatException or InvalidOperationException or UnauthorizedAccessException)
        {
            // A damaged template is still listed; using it gives its own diagnostics.
        }

        return (string.IsNullOrWhiteSpace(title) ? null : title.Trim(), string.IsNullOrWhiteSpace(description) ? null : description.Trim());
    }
}
