using LucBinh.Docs.Diagnostics;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateLink;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>The organisation sharing link of a stored document (one Graph concern: createLink).</summary>
internal sealed class SharingLinks(GraphServiceClient graph)
{
    /// <summary>
    /// <c>POST /drives/{d}/items/{id}/createLink</c> type view|edit, scope organization, with
    /// <c>retainInheritedPermissions: true</c> set explicitly: since SDK 6.2 the body's constructor defaults it to false,
    /// which removes the item's inherited permissions the first time it is shared (graph-notes §5).
    /// A refusal (403, 400: the tenant may disable organisation links) is a warning.
    /// </summary>
    public async Task<Uri?> CreateAsync(SharePointLibrary library, DriveItem item, SharingLinkKind kind, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        if (kind == SharingLinkKind.None)
        {
            return null;
        }

        try
        {
            var permission = await graph.Drives[library.DriveId].Items[item.Id].CreateLink.PostAsync(new CreateLinkPostRequestBody
            {
                Type = kind == SharingLinkKind.OrganizationEdit ? "edit" : "view",
                Scope = "organization",
                RetainInheritedPermissions = true,
                SendNotification = false,
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Uri.TryCreate(permission?.Link?.WebUrl, UriKind.Absolute, out var link) ? link : null;
        }
        catch (ODataError e) when (e.ResponseStatusCode is 400 or 403 or 404)
        {
            warnings.Add(PublishingDiagnostics.Warning("PUB114", e.Error?.Message ?? e.Message));
            return null;
        }
    }
}
