using LucBinh.Docs.Diagnostics;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>The PDF Graph converts a stored document to (one Graph concern: renditions).</summary>
internal sealed class PdfRenditions(GraphServiceClient graph)
{
    /// <summary>
    /// <c>GET /drives/{d}/items/{id}/content?format=pdf</c> (Graph converts and redirects to the PDF); null with a
    /// warning when Graph cannot convert it.
    /// </summary>
    public async Task<byte[]?> PdfAsync(SharePointLibrary library, DriveItem item, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        try
        {
            var request = graph.Drives[library.DriveId].Items[item.Id].Content.ToGetRequestInformation();
            request.URI = new Uri(request.URI + "?format=pdf");
            await using var stream = await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, GraphFailures.ErrorMapping, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException("empty PDF");
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
        catch (ODataError e) when (e.ResponseStatusCode is >= 400 and < 500)
        {
            warnings.Add(PublishingDiagnostics.Warning("PUB116", e.Error?.Message ?? e.Message));
            return null;
        }
    }
}
