using Azure.Identity;
using LucBinh.Docs.Diagnostics;
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
/// </summary>
public sealed class SharePointTemplates(PublishingOptions options, GraphCredentialProvider credentials, string library) : ITemplateSource
{
    public const string IdPrefix = "sp:";

    private const long MaxTemplateBytes = 50L * 1024 * 1024;

    public async Task<IReadOnlyList<TemplateInfo>> ListAsync(string? userAssertion, CancellationToken cancellationToken)
    {
        using var graph = GraphClients.CreateGraph(options.Graph, credentials(options, userAssertion));
        var (_, items) = await ListItemsAsync(graph, cancellationToken).ConfigureAwait(false);
        return [.. items.Select(i => new TemplateInfo(IdPrefix + i.Id, Path.GetFileNameWithoutExtension(i.Name!), string.IsNullOrWhiteSpace(i.Description) ? null : i.Description, "sharepoint"))];
    }

    public async Task<(byte[] Content, string Name)?> OpenAsync(string id, string? userAssertion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!id.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        using var graph = GraphClients.CreateGraph(options.Graph, credentials(options, userAssertion));
        var (driveId, items) = await ListItemsAsync(graph, cancellationToken).ConfigureAwait(false);
        var item = items.FirstOrDefault(i => IdPrefix + i.Id == id);
        if (item is null)
        {
            return null;
        }

        try
        {
            await using var stream = await graph.Drives[driveId].Items[item.Id].Content.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw Failure("empty content");
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.Length > MaxTemplateBytes ? throw Failure("> 50 MB") : (buffer.ToArray(), item.Name!);
        }
        catch (Exception e) when (IsGraphFailure(e, cancellationToken))
        {
            throw Failure(e.Message, e);
        }
    }

    private async Task<(string DriveId, List<DriveItem> Items)> ListItemsAsync(GraphServiceClient graph, CancellationToken cancellationToken)
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
            var page = await children.GetAsync(rc => rc.QueryParameters.Select = ["id", "name", "description", "file", "size"], cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                items.AddRange((page.Value ?? []).Where(i => i.File is not null && i.Name is { } n
                    && n.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) && !n.StartsWith("~$", StringComparison.Ordinal)));
                page = page.OdataNextLink is { } next
                    ? await children.WithUrl(next).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false)
                    : null;
            }

            return (drive.Id!, [.. items.OrderBy(i => i.Name, StringComparer.Ordinal)]);
        }
        catch (Exception e) when (IsGraphFailure(e, cancellationToken))
        {
            throw Failure(e is ODataError o ? $"HTTP {o.ResponseStatusCode} {o.Error?.Code}" : e.Message, e);
        }
    }

    private static bool IsGraphFailure(Exception e, CancellationToken cancellationToken) =>
        e is ODataError or HttpRequestException or AuthenticationFailedException or CredentialUnavailableException
        || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private LucBinhException Failure(string reason, Exception? inner = null) =>
        new(new Diagnostic(WebText.Catalog, "WEB011", DiagnosticSeverity.Error, null, library, reason), inner);
}
