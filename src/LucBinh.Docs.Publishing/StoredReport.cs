using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Publishing;

/// <summary>A report in its store.</summary>
/// <param name="Store"><c>local</c> or <c>sharepoint</c>.</param>
/// <param name="Location">A local path, or the path inside the SharePoint library (<c>Báo cáo/2025/Quý 1.docx</c>).</param>
/// <param name="WebUrl">The document's address (SharePoint) or a file: URI (local).</param>
/// <param name="SharingLink">The organisation sharing link, when one was asked for and made.</param>
/// <param name="Size">Bytes stored.</param>
/// <param name="AlreadyStored">True when the same name with the same content was already there: nothing was sent again.</param>
/// <param name="Warnings">Steps that did not work out while the document itself is stored (columns, link, PDF, renamed names).</param>
public sealed record StoredReport(
    string Store,
    string Location,
    Uri? WebUrl,
    Uri? SharingLink,
    long Size,
    bool AlreadyStored,
    IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>The Graph driveItem id (SharePoint only).</summary>
    public string? ItemId { get; init; }

    /// <summary>The PDF rendition stored beside the document, when <c>SharePoint:Pdf</c> asked for it.</summary>
    public StoredReport? Pdf { get; init; }
}
