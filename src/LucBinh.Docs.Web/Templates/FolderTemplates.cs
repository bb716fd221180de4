using System.IO.Packaging;

namespace LucBinh.Docs.Web.Templates;

/// <summary>
/// The server's templates folder: every <c>*.docx</c> directly inside it (no sub-folders, no Office lock files
/// <c>~$…</c>). The id is the file name without <c>.docx</c>; a request's id is only ever compared with the ids found,
/// never joined into a path, so it cannot reach outside the folder. Name and description come from the document's
/// properties (Title, Description) when it has them.
/// </summary>
public sealed class FolderTemplates(string folder) : ITemplateSource
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public Task<IReadOnlyList<TemplateInfo>> ListAsync(string? userAssertion, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TemplateInfo>>([.. Files().Select(f => Describe(f.Id, f.Path))]);

    public async Task<(byte[] Content, string Name)?> OpenAsync(string id, string? userAssertion, CancellationToken cancellationToken)
    {
        var match = Files().FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
        if (match.Path is null)
        {
            return null;
        }

        return (await File.ReadAllBytesAsync(match.Path, cancellationToken).ConfigureAwait(false), match.Id + ".docx");
    }

    private IEnumerable<(string Id, string Path)> Files() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.docx", SearchOption.TopDirectoryOnly)
                .Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal))
                .Select(p => (Path.GetFileNameWithoutExtension(p), p))
                .OrderBy(f => f.Item1, StringComparer.Ordinal)
            : [];

    private static TemplateInfo Describe(string id, string path)
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

        return new TemplateInfo(id, string.IsNullOrWhiteSpace(title) ? id : title.Trim(), string.IsNullOrWhiteSpace(description) ? null : description.Trim(), "server");
    }
}
