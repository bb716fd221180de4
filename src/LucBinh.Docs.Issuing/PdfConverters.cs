using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.Issuing;

/// <summary>The PDF converter <c>Pdf:Converter</c> names, for the CLI and the web host alike.</summary>
public static class PdfConverters
{
    /// <param name="options">The validated settings (PUB311 already refused <c>sharepoint</c> without a site).</param>
    /// <param name="store">The store the document is filed in: Graph's rendition is made in that library.</param>
    public static IPdfConverter For(PublishingOptions options, IReportStore store)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PdfConverter == PdfConverterKind.SharePoint && store is SharePointStore library
            ? new SharePointPdfConverter(library)
            : new LibreOfficePdfConverter();
    }
}

/// <summary>Graph's PDF rendition, made in the committee's library (<see cref="SharePointStore.ConvertToPdfAsync"/>).</summary>
public sealed class SharePointPdfConverter(SharePointStore library) : IPdfConverter
{
    /// <summary>Always: whether Graph can be reached is only known by trying, and a failure keeps the number for a retry.</summary>
    public bool IsAvailable => true;

    public Task<byte[]> ConvertAsync(byte[] docx, string displayName, CancellationToken cancellationToken) =>
        library.ConvertToPdfAsync(docx, displayName, cancellationToken);
}
