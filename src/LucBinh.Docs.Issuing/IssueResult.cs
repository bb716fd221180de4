using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Register;

namespace LucBinh.Docs.Issuing;

/// <summary>How an issue ended.</summary>
public enum IssueStatus
{
    /// <summary>Numbered, written, filed and recorded.</summary>
    Issued,

    /// <summary>The same document was issued before: the same number, files written and filed again (nothing duplicated).</summary>
    AlreadyIssued,

    /// <summary>Numbered and written, the filing waits in the outbox; recorded as issued.</summary>
    IssuedFilingPending,

    /// <summary>The number is reserved but the document could not be filed: the entry stays "chưa phát hành".</summary>
    NotFiled,
}

/// <summary>The result of one issue: the register entry, the files written and the filing outcomes.</summary>
public sealed record IssueResult(
    IssueStatus Status,
    RegisterEntry Entry,
    string DocumentPath,
    string? PdfPath,
    IReadOnlyList<PublishOutcome> Filing,
    IReadOnlyList<Diagnostic> Diagnostics);
