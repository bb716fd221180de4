using System.Globalization;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Issuing;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Localization;
using LucBinh.Docs.Web.Problems;
using LucBinh.Docs.Web.Storage;
using LucBinh.Docs.Web.Templates;

namespace LucBinh.Docs.Web.Endpoints;

/// <summary>
/// <c>POST /api/issue</c> (the task pane's "Phát hành"; the same form as <c>/api/reports</c>): the next number of the
/// document's kind from the register, the final .docx and its PDF written and filed, the entry recorded (issue 14,
/// docs/issuing.md). <c>GET /api/issued/{kind}/{scope}/{number}/pdf</c> serves an issued document's PDF: only a file the
/// register records for an issued entry, read from the issued folder, never a path from the request.
/// </summary>
public static class IssueEndpoint
{
    public const string PdfRoute = "/issued/{kind}/{scope}/{number:int}/pdf";

    public static async Task<IResult> Issue(
        HttpContext context, WebOptions web, WebAuthOptions auth, ITemplateSource templates, WebIssuing issuing,
        ProcessingLimits limits, PublicDiagnostics shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(issuing);
        ArgumentNullException.ThrowIfNull(shown);
        var (request, problem) = await ReportForm.ReadAsync(context, web, templates, templateRequired: true, cancellationToken).ConfigureAwait(false);
        if (request?.Template is not { } chosen)
        {
            return problem!;
        }

        var language = request.Language;
        if (StoringPolicy.Refusal(context, auth, issuing.Options) is { } refused)
        {
            // An issued document is filed: who may not store may not issue (nothing is numbered).
            return ProblemResults.Create(context, StatusCodes.Status403Forbidden, "WEB041", language, [refused]);
        }

        IssueResult result;
        try
        {
            // The rendering before the reservation is CPU work: on a thread of its own, as the other heavy endpoints.
            result = await Task.Factory.StartNew(
                () => issuing.IssueAsync(chosen, new JobFile(request.Workbook.Content, request.Workbook.Name), request.Period, limits, UserToken.Of(context), cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap().ConfigureAwait(false);
        }
        catch (LucBinhException e)
        {
            var errors = e.Diagnostics.Count(d => d.IsError);
            // A number taken (ISS020) comes first, whatever failed after it; before that, the server's own lacks (no PDF
            // converter, numbering not configured) are 503: the user's files are fine.
            bool Has(string c) => e.Diagnostics.Any(d => d.Code == c);
            var (status, code) = Has("ISS020") ? (StatusCodes.Status503ServiceUnavailable, "WEB044")
                : Has("IO032") ? (StatusCodes.Status503ServiceUnavailable, "WEB043")
                : Has("ISS002") ? (StatusCodes.Status503ServiceUnavailable, "WEB046")
                : (StatusCodes.Status422UnprocessableEntity, "WEB042");
            return ProblemResults.Create(context, status, code, language, e.Diagnostics, errors);
        }

        if (result.Status == IssueStatus.NotFiled)
        {
            return ProblemResults.Create(context, StatusCodes.Status503ServiceUnavailable, "WEB044", language, result.Diagnostics);
        }

        var (list, more) = shown.ToJson(result.Diagnostics.OrderBy(d => d.IsError ? 0 : 1), language, context);
        var entry = result.Entry;
        return TypedResults.Ok(new IssueResponse(
            Status(result.Status),
            entry.Symbol,
            entry.Number,
            entry.KindCode,
            entry.Request.KindName,
            entry.Request.IssueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            Path.GetFileName(result.DocumentPath),
            result.PdfPath is null ? null : Path.GetFileName(result.PdfPath),
            result.PdfPath is null ? null : PdfLink(context, result, entry),
            Filed(result, result.DocumentPath)?.WebUrl is { IsFile: false } documentUrl ? documentUrl : null,
            list)
        {
            MoreWarnings = more > 0 ? more : null,
        });
    }

    public static async Task<IResult> Pdf(HttpContext context, string kind, string scope, int number, WebIssuing issuing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(issuing);
        var language = RequestLanguage.Of(context);
        var entry = await issuing.FindAsync(kind, scope, number, UserToken.Of(context), cancellationToken).ConfigureAwait(false);
        // Only what the register records, checked again (a shared register is written by other hosts too).
        if (entry is null || issuing.PdfPath(entry) is not { } path || !File.Exists(path))
        {
            return ProblemResults.Create(context, StatusCodes.Status404NotFound, "WEB045", language, null, kind, scope, number);
        }

        return TypedResults.PhysicalFile(path, "application/pdf", Path.GetFileName(path));
    }

    private static string Status(IssueStatus status) => status switch
    {
        IssueStatus.AlreadyIssued => "alreadyIssued",
        IssueStatus.IssuedFilingPending => "filingPending",
        IssueStatus.NotFiled => "notFiled",
        _ => "issued",
    };

    private static StoredReport? Filed(IssueResult result, string path) =>
        result.Filing.FirstOrDefault(o => o.Succeeded && o.Plan is { } plan && string.Equals(plan.SourcePath, Path.GetFullPath(path), StringComparison.Ordinal))?.Stored;

    /// <summary>The PDF in the library when it was filed there; else this host's link to the copy in the issued folder.</summary>
    private static string PdfLink(HttpContext context, IssueResult result, Publishing.Register.RegisterEntry entry)
    {
        if (Filed(result, result.PdfPath!) is { WebUrl: { IsFile: false } web } stored)
        {
            return (stored.SharingLink ?? web).ToString();
        }

        return $"{context.Request.PathBase}/api/issued/{Uri.EscapeDataString(entry.KindCode)}/{Uri.EscapeDataString(entry.Scope)}/{entry.Number.ToString(CultureInfo.InvariantCulture)}/pdf";
    }
}

/// <summary>
/// The answer of <c>POST /api/issue</c> (docs/web-api.md). <see cref="Status"/>: <c>issued</c>, <c>alreadyIssued</c>
/// (the same document again: its number), or <c>filingPending</c> (issued; the filing waits in the outbox).
/// <see cref="Symbol"/> is what the document carries ("01-BC/ĐU"), <see cref="Date"/> its issue date (dd/MM/yyyy);
/// <see cref="PdfUrl"/> the filed PDF in SharePoint, or this host's <c>/api/issued/…/pdf</c>.
/// </summary>
public sealed record IssueResponse(
    string Status,
    string Symbol,
    int Number,
    string Kind,
    string? KindName,
    string Date,
    string DocumentFile,
    string? PdfFile,
    string? PdfUrl,
    Uri? DocumentUrl,
    IReadOnlyList<DiagnosticJson> Warnings)
{
    public int? MoreWarnings { get; init; }
}
