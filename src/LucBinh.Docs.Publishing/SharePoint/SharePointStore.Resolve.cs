using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item;

namespace LucBinh.Docs.Publishing.SharePoint;

public sealed partial class SharePointStore
{
    /// <summary>
    /// Site by URL with the documented wire form <c>GET /sites/{host}:/{path}</c> (a raw URL: the typed
    /// <c>Sites["host:/path"]</c> percent-encodes ':' and '/', and GetByPath emits an OData function users report
    /// failing; graph-notes §1), then the library among <c>GET /sites/{id}/drives</c> by display name or URL segment,
    /// then the root folder's id. Once per store.
    /// </summary>
    private async Task<Library> ResolveLibraryAsync(CancellationToken cancellationToken)
    {
        if (_library is { } cached)
        {
            return cached;
        }

        await _resolveGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_library is { } again)
            {
                return again;
            }

            var siteUrl = SharePoint.SiteUrl!;
            var path = siteUrl.AbsolutePath.TrimEnd('/');
            var raw = path.Length == 0
                ? $"{_graph.RequestAdapter.BaseUrl}/sites/{siteUrl.Host}"
                : $"{_graph.RequestAdapter.BaseUrl}/sites/{siteUrl.Host}:{path}";
            Site? site;
            try
            {
                site = await new SiteItemRequestBuilder(raw, _graph.RequestAdapter).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError e) when (e.ResponseStatusCode is 404 or 400)
            {
                throw new PublishException(PublishingDiagnostics.Error("PUB106", Site), queueable: false, e);
            }

            var siteId = site?.Id ?? throw new PublishException(PublishingDiagnostics.Error("PUB106", Site), queueable: false);
            var drives = await _graph.Sites[siteId].Drives.GetAsync(
                rc => rc.QueryParameters.Select = ["id", "name", "webUrl", "driveType"], cancellationToken).ConfigureAwait(false);
            var all = drives?.Value ?? [];
            var wanted = SharePoint.Library.Trim();
            var drive = all.FirstOrDefault(d => string.Equals(d.Name, wanted, StringComparison.OrdinalIgnoreCase))
                ?? all.FirstOrDefault(d => string.Equals(LastSegment(d.WebUrl), wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new PublishException(
                    PublishingDiagnostics.Error("PUB107", Site, wanted, string.Join(", ", all.Select(d => $"«{d.Name}»"))), queueable: false);
            var root = await _graph.Drives[drive.Id].Root.GetAsync(rc => rc.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false);
            var serverPath = Uri.TryCreate(drive.WebUrl, UriKind.Absolute, out var web) ? Uri.UnescapeDataString(web.AbsolutePath) : path + "/" + wanted;
            _library = new Library(siteId, drive.Id!, root?.Id ?? "root", serverPath);
            return _library;
        }
        finally
        {
            _resolveGate.Release();
        }
    }

    /// <summary>The folder's id when it exists (<c>GET /drives/{d}/root:/{folder}</c>), else null; cached.</summary>
    private async Task<string?> FindFolderAsync(Library library, string folder, CancellationToken cancellationToken)
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
            var item = await _graph.Drives[library.DriveId].Root.ItemWithPath(Escape(folder))
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
    private async Task<string> CreateFoldersAsync(Library library, string folder, CancellationToken cancellationToken)
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

            var existing = await GetChildAsync(library, parent, segment, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                try
                {
                    existing = await _graph.Drives[library.DriveId].Items[parent].Children.PostAsync(
                        new DriveItem { Name = segment, Folder = new Folder(), AdditionalData = ConflictData(ConflictBehavior.Fail) },
                        cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (ODataError e) when (e.ResponseStatusCode == 409)
                {
                    existing = await GetChildAsync(library, parent, segment, cancellationToken).ConfigureAwait(false);
                }
            }

            parent = existing?.Id ?? throw new PublishException(PublishingDiagnostics.Error("PUB111", 404, "itemNotFound", path), queueable: true);
            _folders[path] = parent;
        }

        return parent;
    }

    /// <summary><c>GET /drives/{d}/items/{parent}:/{name}:</c>, null on 404.</summary>
    private async Task<DriveItem?> GetChildAsync(Library library, string parentId, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await _graph.Drives[library.DriveId].Items[parentId].ItemWithPath(Escape(name))
                .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private static string? LastSegment(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.Segments[^1].TrimEnd('/')) : null;
}
