using LucBinh.Docs.Web.Problems;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// The answer of <c>POST /api/reports</c> (docs/web-api.md). <see cref="Store"/>: <c>sharepoint</c> (stored, with
/// <see cref="WebUrl"/> and usually <see cref="ShareLink"/>), <c>local</c> (saved in the server's folder:
/// <see cref="SavedTo"/>), <c>outbox</c> (could not be stored now; the server retries with <c>publish --pending</c>) or
/// <c>none</c> (not published, or storing failed: the cause is in <see cref="Warnings"/>). <see cref="SavedTo"/> is the
/// place inside the store (the library, or the local folder), never a server path. <see cref="Document"/> is the .docx,
/// base64, unless it is larger than <c>LucBinh:Web:MaxReturnedDocumentMegabytes</c> (then WEB019 says so).
/// </summary>
public sealed record ReportResponse(
    string FileName,
    long Size,
    string Store,
    Uri? WebUrl,
    Uri? ShareLink,
    string? SavedTo,
    PeriodJson Period,
    IReadOnlyList<DiagnosticJson> Warnings,
    string? Document)
{
    /// <summary>Warnings left out past <c>LucBinh:Web:MaxDiagnostics</c> (the last entry of <see cref="Warnings"/> counts them too).</summary>
    public int? MoreWarnings { get; init; }

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
