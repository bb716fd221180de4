using System.Collections.Concurrent;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>
/// Folders and children of the library (one Graph concern): finds a folder by path, creates the missing ones in turn,
/// looks a file up by name; folder ids are cached for the life of the store.
/// </summary>
internal sealed class LibraryFolders(GraphServiceClient graph)
{
    private readonly ConcurrentDictionary<string, string> _folders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A name for <c>ItemWithPath</c>: the SDK does not re-escape a name already containing <c>%XX</c>, so '%' is
    /// escaped first (graph-notes §9).
    /// </summary>
    public static string Escape(string path) => path.Replace("%", "%25", StringComparison.Ordinal);

    /// <summary>The folder's id when it exists (<c>GET /drives/{d}/root:/{folder}</c>), else null; cached.</summary>
    public async Task<string?> FindAsync(SharePointLibrary library, string folder, CancellationToken cancellationToken)
    {
        if (folder.Length == 0)
        {
            return library.RootId;
        }

        if (_folders.TryGetValue(folder, out var id))
        {
            return id;
        }

        try
        {
            var item = await graph.Drives[library.DriveId].Root.ItemWithPath(Escape(folder))
                .GetAsync(rc => rc.QueryParameters.Select = ["id", "folder"], cancellationToken).ConfigureAwait(false);
            if (item?.Id is null)
            {
                return null;
            }

            _folders[folder] = item.Id;
            return item.Id;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>Creates each missing folder of the path in turn (<c>POST /drives/{d}/items/{parent}/children</c>, conflictBehavior fail; 409 = made meanwhile).</summary>
    public async Task<string> CreateAsync(SharePointLibrary library, string folder, CancellationToken cancellationToken)
    {
        var parent = library.RootId;
        var path = string.Empty;
        foreach (var segment in folder.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path = path.Length == 0 ? segment : path + "/" + segment;
            if (_folders.TryGetValue(path, out var known))
            {
                parent = known;
                continue;
            }

            var existing = await ChildAsync(library, parent, segment, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                try
                {
                    existing = await graph.Drives[library.DriveId].Items[parent].Children.PostAsync(
                        new DriveItem { Name = segment, Folder = new Folder(), AdditionalData = FileUploads.ConflictData(ConflictBehavior.Fail) },
                        cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (ODataError e) when (e.ResponseStatusCode == 409)
                {
                    existing = await ChildAsync(library, parent, segment, cancellationToken).ConfigureAwait(false);
                }
            }

            parent = existing?.Id ?? throw new PublishException(PublishingDiagnostics.Error("PUB111", 404, "itemNotFound", path), queueable: true);
            _folders[path] = parent;
        }

        return parent;
    }

    /// <summary><c>GET /drives/{d}/items/{parent}:/{name}:</c>, null on 404.</summary>
    public async Task<DriveItem?> ChildAsync(SharePointLibrary library, string parentId, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await graph.Drives[library.DriveId].Items[parentId].ItemWithPath(Escape(name))
                .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }
}
