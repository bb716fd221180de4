using Azure.Identity;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Templating.Includes;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.SharePoint;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Localization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.Item;

namespace LucBinh.Docs.Web.Templates;

/// <summary>
/// Templates kept in a document library of the publishing site (<c>LucBinh:Web:TemplatesLibrary</c>, e.g. "Templates"),
/// read through Microsoft Graph as the signed-in user (or the host's credential when sign-in is off): the site by URL
/// (<c>GET /sites/{host}:/{path}</c>), the library among its drives by name or URL segment, then the <c>.docx</c> files
/// at the library's root (<c>GET /drives/{id}/items/root/children?$select=…</c>, following <c>@odata.nextLink</c>).
/// Ids are <c>sp:{driveItem id}</c>; a request's id is only compared with the ids listed, so only those files can be read.
/// A <c>&lt;name&gt;.json</c> manifest beside <c>&lt;name&gt;.docx</c> gives the template's kind, title, description and sheets,
/// as in the server's folder (docs/template-catalogue.md).
/// </summary>
public sealed class SharePointTemplates(PublishingOptions options, GraphCredentialProvider credentials, string library) : ITemplateSource
{
    public const string IdPrefix = "sp:";

    private const long MaxTemplateBytes = 50L * 1024 * 1024;

    /// <summary>The library's folder of shared blocks, and how many (and how large) are read with a template.</summary>
    private const string BlocksFolder = "khoi";

    private const int MaxBlocks = 50;

    private const long MaxBlockBytes = 10L * 1024 * 1024;

    public async Task<IReadOnlyList<TemplateInfo>> ListAsync(string? userAssertion, CancellationToken cancellationToken)
    {
        using var graph = GraphClients.CreateGraph(options.Graph, credentials(options, userAssertion));
        var (driveId, items, manifests) = await ListItemsAsync(graph, cancellationToken).ConfigureAwait(false);
        var listed = new List<TemplateInfo>();
        foreach (var item in items)
        {
            var name = Path.GetFileNameWithoutExtension(item.Name!);
            var manifest = manifests.TryGetValue(name, out var file)
                ? await ReadManifestAsync(graph, driveId, file, name, cancellationToken).ConfigureAwait(false)
                : null;
            listed.Add(TemplateInfo.From(IdPrefix + item.Id, manifest, name, string.IsNullOrWhiteSpace(item.Description) ? null : item.Description, "sharepoint"));
        }

        // By kind then name, as the server's folder lists them.
        return [.. listed.OrderBy(t => Enum.Parse<DocumentKind>(t.Kind))];
    }

    /// <summary>
    /// The manifest beside a template in the library (<c>&lt;name&gt;.json</c>), read as the catalogue reads a folder's; one
    /// over the size limit is not downloaded, and a broken one leaves its template listed as Other (using it shows why).
    /// </summary>
    private async Task<TemplateManifest?> ReadManifestAsync(GraphServiceClient graph, string driveId, DriveItem file, string templateName, CancellationToken cancellationToken)
    {
        if (file.Size is not { } size || size > ManifestLimits.Default.MaxBytes)
        {
            return null;
        }

        try
        {
            await using var stream = await graph.Drives[driveId].Items[file.Id].Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (stream is null)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return ManifestReader.Read(buffer.ToArray(), file.Name!, templateName).Manifest;
        }
        catch (Exception e) when (IsGraphFailure(e, cancellationToken))
        {
            throw Failure(e.Message, e);
        }
    }

    public async Task<TemplateFile?> OpenAsync(string id, string? userAssertion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!id.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        using var graph = GraphClients.CreateGraph(options.Graph, credentials(options, userAssertion));
        var (driveId, items, manifests) = await ListItemsAsync(graph, cancellationToken).ConfigureAwait(false);
        var item = items.FirstOrDefault(i => IdPrefix + i.Id == id);
        if (item is null)
        {
            return null;
        }

        try
        {
            var content = await DownloadAsync(graph, driveId, item, MaxTemplateBytes, cancellationToken).ConfigureAwait(false);
            var name = Path.GetFileNameWithoutExtension(item.Name!);
            var manifest = manifests.TryGetValue(name, out var file)
                ? await ReadManifestAsync(graph, driveId, file, name, cancellationToken).ConfigureAwait(false)
                : null;
            return new TemplateFile(content, item.Name!)
            {
                Includes = new InMemoryTemplateIncludes(await BlocksAsync(graph, driveId, cancellationToken).ConfigureAwait(false)),
                PathInFolder = item.Name,
                Schema = manifest?.Schema,
                Manifest = manifest,
            };
        }
        catch (Exception e) when (IsGraphFailure(e, cancellationToken))
        {
            throw Failure(e.Message, e);
        }
    }

    /// <summary>The library's .docx templates, and its .json manifests by name (without extension, case-insensitive).</summary>
    private async Task<(string DriveId, List<DriveItem> Items, Dictionary<string, DriveItem> Manifests)> ListItemsAsync(GraphServiceClient graph, CancellationToken cancellationToken)
    {
        try
        {
            var siteUrl = options.SharePoint.SiteUrl!;
            var path = siteUrl.AbsolutePath.TrimEnd('/');
            var raw = path.Length == 0
                ? $"{graph.RequestAdapter.BaseUrl}/sites/{siteUrl.Host}"
                : $"{graph.RequestAdapter.BaseUrl}/sites/{siteUrl.Host}:{path}";
            var site = await new SiteItemRequestBuilder(raw, graph.RequestAdapter).GetAsync(rc => rc.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false);
            var drives = await graph.Sites[site?.Id].Drives.GetAsync(rc => rc.QueryParameters.Select = ["id", "name", "webUrl"], cancellationToken).ConfigureAwait(false);
            var all = drives?.Value ?? [];
            var drive = all.FirstOrDefault(d => string.Equals(d.Name, library, StringComparison.OrdinalIgnoreCase))
                ?? all.FirstOrDefault(d => d.WebUrl is { } w && string.Equals(Uri.UnescapeDataString(w.TrimEnd('/').Split('/')[^1]), library, StringComparison.OrdinalIgnoreCase))
                ?? throw Failure(string.Join(", ", all.Select(d => $"«{d.Name}»")));
            var children = graph.Drives[drive.Id].Items["root"].Children;
            var items = new List<DriveItem>();
            var manifests = new Dictionary<string, DriveItem>(StringComparer.OrdinalIgnoreCase);
            var page = await children.GetAsync(rc => rc.QueryParameters.Select = ["id", "name", "description", "file", "size"], cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                items.AddRange((page.Value ?? []).Where(i => i.File is not null && i.Name is { } n
                    && n.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) && !n.StartsWith("~$", StringComparison.Ordinal)));
                foreach (var json in (page.Value ?? []).Where(i => i.File is not null && i.Name is { } n && n.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
                {
                    manifests.TryAdd(Path.GetFileNameWithoutExtension(json.Name!), json);
                }

                page = page.OdataNextLink is { } next
                    ? await children.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                    : null;
            }

            return (drive.Id!, [.. items.OrderBy(i => i.Name, StringComparer.Ordinal)], manifests);
        }
        catch (Exception e) when (IsGraphFailure(e, cancellationToken))
        {
            throw Failure(e is ODataError o ? $"HTTP {o.ResponseStatusCode} {o.Error?.Code}" : e.Message, e);
        }
    }

    /// <summary>
    /// The shared blocks of the library (<c>khoi/*.docx</c>, as in the bundled templates folder), read before the job runs
    /// because the job's thread has no Graph client: at most <see cref="MaxBlocks"/> files of at most
    /// <see cref="MaxBlockBytes"/> each. A library without that folder has no blocks (a template including one is told so).
    /// </summary>
    private async Task<List<KeyValuePair<string, byte[]>>> BlocksAsync(GraphServiceClient graph, string driveId, CancellationToken cancellationToken)
    {
        var blocks = new List<KeyValuePair<string, byte[]>>();
        DriveItemCollectionResponse? page;
        // Path-based addressing (/drives/{id}/root:/khoi:/children), written out as the site lookup is: the SDK would escape the colons.
        var children = new Microsoft.Graph.Drives.Item.Items.Item.Children.ChildrenRequestBuilder(
            $"{graph.RequestAdapter.BaseUrl}/drives/{driveId}/root:/{BlocksFolder}:/children", graph.RequestAdapter);
        try
        {
            page = await children.GetAsync(rc => rc.QueryParameters.Select = ["id", "name", "file", "size"], cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return blocks;
        }

        // Every page of the folder (a library answers a page at a time), at most MaxBlocks blocks.
        while (page is not null && blocks.Count < MaxBlocks)
        {
            foreach (var block in (page.Value ?? []).Where(i => i.File is not null && i.Name is { } n && n.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)).Take(MaxBlocks - blocks.Count))
            {
                blocks.Add(new(BlocksFolder + "/" + block.Name, await DownloadAsync(graph, driveId, block, MaxBlockBytes, cancellationToken).ConfigureAwait(false)));
            }

            page = page.OdataNextLink is { } next && blocks.Count < MaxBlocks
                ? await children.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                : null;
        }

        return blocks;
    }

    private async Task<byte[]> DownloadAsync(GraphServiceClient graph, string driveId, DriveItem item, long maxBytes, CancellationToken cancellationToken)
    {
        if (item.Size is { } declared && declared > maxBytes)
        {
            throw Failure($"«{item.Name}» > {maxBytes / (1024 * 1024)} MB");
        }

        await using var stream = await graph.Drives[driveId].Items[item.Id].Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw Failure("empty content");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.Length > maxBytes ? throw Failure($"«{item.Name}» > {maxBytes / (1024 * 1024)} MB") : buffer.ToArray();
    }

    private static bool IsGraphFailure(Exception e, CancellationToken cancellationToken) =>
        e is ODataError or HttpRequestException or AuthenticationFailedException or CredentialUnavailableException
        || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private LucBinhException Failure(string reason, Exception? inner = null) =>
        new(new Diagnostic(WebText.Catalog, "WEB011", DiagnosticSeverity.Error, null, library, reason), inner);
}
