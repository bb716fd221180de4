using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>The document library reports are filed in: its site, drive, root folder and server-relative path.</summary>
internal sealed record SharePointLibrary(string SiteId, string DriveId, string RootId, string ServerRelativePath);

/// <summary>
/// Site and library resolution (one Graph concern): the site by URL with the documented wire form
/// <c>GET /sites/{host}:/{path}</c> (a raw URL: the typed <c>Sites["host:/path"]</c> percent-encodes ':' and '/', and
/// GetByPath emits an OData function users report failing; graph-notes §1), then the library among
/// <c>GET /sites/{id}/drives</c> by display name or URL segment, then the root folder's id. Each once per locator.
/// Shared by the store (library) and the SharePoint register (site).
/// </summary>
internal sealed class SiteLocator(GraphServiceClient graph, Uri siteUrl) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _siteId;
    private SharePointLibrary? _library;

    public Uri SiteUrl { get; } = siteUrl;

    public string Site => SiteUrl.ToString();

    /// <summary>The site's Graph id; PUB106 when the site does not exist.</summary>
    public async Task<string> SiteIdAsync(CancellationToken cancellationToken)
    {
        if (_siteId is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _siteId ??= await FetchSiteIdAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The library named <paramref name="libraryName"/> (display name or URL segment); PUB107 lists the ones there are.</summary>
    public async Task<SharePointLibrary> LibraryAsync(string libraryName, CancellationToken cancellationToken)
    {
        if (_library is { } cached)
        {
            return cached;
        }

        var siteId = await SiteIdAsync(cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_library is { } again)
            {
                return again;
            }

            var drives = await graph.Sites[siteId].Drives.GetAsync(
                rc => rc.QueryParameters.Select = ["id", "name", "webUrl", "driveType"], cancellationToken).ConfigureAwait(false);
            var all = drives?.Value ?? [];
            var wanted = libraryName.Trim();
            var drive = all.FirstOrDefault(d => string.Equals(d.Name, wanted, StringComparison.OrdinalIgnoreCase))
                ?? all.FirstOrDefault(d => string.Equals(LastSegment(d.WebUrl), wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new PublishException(
                    PublishingDiagnostics.Error("PUB107", Site, wanted, string.Join(", ", all.Select(d => $"«{d.Name}»"))), queueable: false);
            var root = await graph.Drives[drive.Id].Root.GetAsync(rc => rc.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false);
            var serverPath = Uri.TryCreate(drive.WebUrl, UriKind.Absolute, out var web)
                ? Uri.UnescapeDataString(web.AbsolutePath)
                : SiteUrl.AbsolutePath.TrimEnd('/') + "/" + wanted;
            _library = new SharePointLibrary(siteId, drive.Id!, root?.Id ?? "root", serverPath);
            return _library;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<string> FetchSiteIdAsync(CancellationToken cancellationToken)
    {
        var path = SiteUrl.AbsolutePath.TrimEnd('/');
        var raw = path.Length == 0
            ? $"{graph.RequestAdapter.BaseUrl}/sites/{SiteUrl.Host}"
            : $"{graph.RequestAdapter.BaseUrl}/sites/{SiteUrl.Host}:{path}";
        Site? site;
        try
        {
            site = await new SiteItemRequestBuilder(raw, graph.RequestAdapter).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode is 404 or 400)
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB106", Site), queueable: false, e);
        }

        return site?.Id ?? throw new PublishException(PublishingDiagnostics.Error("PUB106", Site), queueable: false);
    }

    private static string? LastSegment(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.Segments[^1].TrimEnd('/')) : null;
}
