using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.List.Items.Item.Fields;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>The library columns of a stored document (one Graph concern: its listItem's fields).</summary>
internal sealed class MetadataFields(GraphServiceClient graph, TimeProvider time)
{
    /// <summary>
    /// <c>PATCH /drives/{d}/items/{id}/listItem/fields</c> through a raw-URL FieldsRequestBuilder: the typed
    /// <c>Items[id].ListItem</c> has no <c>.Fields</c> in 5.92/6.10 and PATCHing a DriveItem with ListItem.Fields
    /// silently does nothing (graph-notes §4). A new FieldValueSet per attempt (a reused model serialises as {}).
    /// <c>409 resourceModified</c> right after an upload is retried with a doubling wait; a column the library rejects
    /// (400) is a warning: the document is stored.
    /// </summary>
    public async Task SetAsync(SharePointLibrary library, DriveItem item, StorePlan plan, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        if (plan.SharePoint?.Metadata is not { Count: > 0 } metadata)
        {
            return;
        }

        var columns = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (column, value) in metadata)
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

        var url = $"{graph.RequestAdapter.BaseUrl}/drives/{library.DriveId}/items/{item.Id}/listItem/fields";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await new FieldsRequestBuilder(url, graph.RequestAdapter)
                    .PatchAsync(new FieldValueSet { AdditionalData = new Dictionary<string, object>(columns) }, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                return;
            }
            catch (ODataError e) when (e.ResponseStatusCode is 409 or 423 && attempt < 4)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt)), time, cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError e) when (e.ResponseStatusCode is 400 or 404 or 409 or 412 or 423)
            {
                warnings.Add(PublishingDiagnostics.Warning("PUB113", string.Join(", ", columns.Keys), e.Error?.Message ?? e.Message));
                return;
            }
        }
    }
}
