using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Graph.Drives.Item.Items.Item.CreateLink;
using Microsoft.Graph.Drives.Item.List.Items.Item.Fields;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace LucBinh.Docs.Publishing.SharePoint;

public sealed partial class SharePointStore
{
    /// <summary>
    /// <c>PATCH /drives/{d}/items/{id}/listItem/fields</c> through a raw-URL FieldsRequestBuilder: the typed
    /// <c>Items[id].ListItem</c> has no <c>.Fields</c> in 5.92/6.10 and PATCHing a DriveItem with ListItem.Fields
    /// silently does nothing (graph-notes §4). A new FieldValueSet per attempt (a reused model serialises as {}).
    /// <c>409 resourceModified</c> right after an upload is retried with a doubling wait; a column the library rejects
    /// (400) is a warning: the document is stored.
    /// </summary>
    private async Task SetMetadataAsync(Library library, DriveItem item, StorePlan plan, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        if (plan.Metadata.Count == 0)
        {
            return;
        }

        var columns = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (column, value) in plan.Metadata)
        {
            var (type, text) = TypedValue.Split(value);
            if (TypedValue.Convert(type, text) is { } converted)
            {
                columns[column] = converted;
            }
            else
            {
                warnings.Add(PublishingDiagnostics.Warning("PUB117", column, text, type));
            }
        }

        if (columns.Count == 0)
        {
            return;
        }

        var url = $"{_graph.RequestAdapter.BaseUrl}/drives/{library.DriveId}/items/{item.Id}/listItem/fields";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await new FieldsRequestBuilder(url, _graph.RequestAdapter)
                    .PatchAsync(new FieldValueSet { AdditionalData = new Dictionary<string, object>(columns) }, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                return;
            }
            catch (ODataError e) when (e.ResponseStatusCode is 409 or 423 && attempt < 4)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt)), _time, cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError e) when (e.ResponseStatusCode is 400 or 404 or 409 or 412 or 423)
            {
                warnings.Add(PublishingDiagnostics.Warning("PUB113", string.Join(", ", columns.Keys), e.Error?.Message ?? e.Message));
                return;
            }
        }
    }

    /// <summary>
    /// <c>POST /drives/{d}/items/{id}/createLink</c> type view|edit, scope organization, with
    /// <c>retainInheritedPermissions: true</c> set explicitly: since SDK 6.2 the body's constructor defaults it to false,
    /// which removes the item's inherited permissions the first time it is shared (graph-notes §5).
    /// A refusal (403, 400: the tenant may disable organisation links) is a warning.
    /// </summary>
    private async Task<Uri?> CreateLinkAsync(Library library, DriveItem item, SharingLinkKind kind, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        if (kind == SharingLinkKind.None)
        {
            return null;
        }

        try
        {
            var permission = await _graph.Drives[library.DriveId].Items[item.Id].CreateLink.PostAsync(new CreateLinkPostRequestBody
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

    /// <summary>
    /// <c>GET /drives/{d}/items/{id}/content?format=pdf</c> (Graph converts and redirects to the PDF), stored beside the
    /// document as <c>{name}.pdf</c> with the same conflict behaviour. A failed conversion is a warning.
    /// </summary>
    private async Task<StoredReport?> StorePdfAsync(Library library, DriveItem item, StorePlan plan, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        byte[] pdf;
        try
        {
            var request = _graph.Drives[library.DriveId].Items[item.Id].Content.ToGetRequestInformation();
            request.URI = new Uri(request.URI + "?format=pdf");
            await using var stream = await _graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, ErrorMapping, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("empty PDF");
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            pdf = buffer.ToArray();
        }
        catch (ODataError e) when (e.ResponseStatusCode is >= 400 and < 500)
        {
            warnings.Add(PublishingDiagnostics.Warning("PUB116", e.Error?.Message ?? e.Message));
            return null;
        }

        var (stem, _) = SharePointNames.Split(item.Name ?? plan.FileName);
        var temp = Path.Combine(Path.GetTempPath(), "lucbinh-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(temp, pdf, cancellationToken).ConfigureAwait(false);
        try
        {
            var pdfPlan = plan with
            {
                SourcePath = temp,
                FileName = stem + ".pdf",
                Size = pdf.LongLength,
                Sha256 = ContentHash.Sha256(pdf),
                Metadata = new Dictionary<string, string>(),
                Link = SharingLinkKind.None,
                Pdf = false,
                ResumeUploadUrl = null,
                RenamedFrom = [],
            };
            var stored = await StoreCoreAsync(pdfPlan, null, cancellationToken).ConfigureAwait(false);
            warnings.AddRange(stored.Warnings);
            return stored with { Warnings = [] };
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
