namespace LucBinh.Docs.Publishing.Register;

/// <summary>Where an entry of the register of outgoing documents (sổ đăng ký văn bản đi) stands.</summary>
public enum RegisterStatus
{
    /// <summary>The number is taken, the document not yet filed ("chưa phát hành"): the next try issues the same number.</summary>
    Reserved,

    /// <summary>Filed: the document carries the number ("đã phát hành").</summary>
    Issued,

    /// <summary>The number was given up by an explicit command ("bị hủy"); it is never reused.</summary>
    Cancelled,
}

/// <summary>
/// What a document is numbered by: the kind's code (BC, KH, TB, CV, QĐ, BB, TTr, GM…) and the numbering scope (the
/// committee's term, or a year), plus what the register records about it.
/// </summary>
/// <param name="KindCode">The kind's code as written in the symbol ("BC" in "45-BC/ĐU").</param>
/// <param name="Scope">The numbering scope: numbers run from 1 within it (e.g. <c>2025-2030</c>, or <c>2026</c>).</param>
/// <param name="DocumentKey">
/// Identifies "the same document" across retries (a hash of the template, the data and the options, without the number
/// and the issue date): reserving again with the same key returns the reserved entry instead of a new number.
/// </param>
/// <param name="IssueDate">The date the document is issued (ngày ban hành).</param>
/// <param name="Summary">Trích yếu: what the document is about.</param>
public sealed record NumberRequest(string KindCode, string Scope, string DocumentKey, DateOnly IssueDate, string Summary)
{
    /// <summary>The symbol after the number, e.g. <c>BC/ĐU</c> (written "Số 45-BC/ĐU").</summary>
    public string? SymbolSuffix { get; init; }

    /// <summary>The kind's name ("Báo cáo"), for the register's "loại" column.</summary>
    public string? KindName { get; init; }

    public string? Signer { get; init; }

    /// <summary>Nơi nhận, as one line.</summary>
    public string? Recipients { get; init; }
}

/// <summary>One line of the register.</summary>
public sealed record RegisterEntry(string KindCode, string Scope, int Number, RegisterStatus Status, NumberRequest Request)
{
    /// <summary>When the number was taken.</summary>
    public DateTimeOffset ReservedAt { get; init; }

    /// <summary>When it was filed, or cancelled.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The issued files' names (the .docx and the .pdf) and where they were filed (a folder or a web link).</summary>
    public IssuedFiles? Files { get; init; }

    /// <summary>Why the number was cancelled.</summary>
    public string? CancelReason { get; init; }

    /// <summary>"45-BC/ĐU": the number (two digits at least) and the symbol.</summary>
    public string Symbol => Request.SymbolSuffix is { Length: > 0 } suffix
        ? Number.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + suffix
        : Number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What was filed for an issued document.</summary>
/// <param name="DocumentFile">The .docx file name.</param>
/// <param name="PdfFile">The .pdf file name, when one was made.</param>
/// <param name="ContentHash">The hash of the filed .docx (ContentHash), so a copy can be recognised.</param>
/// <param name="Location">Where it was filed: a folder path or a SharePoint link.</param>
public sealed record IssuedFiles(string DocumentFile, string? PdfFile, string ContentHash, string? Location);

/// <summary>Which entries to list.</summary>
public sealed record RegisterQuery
{
    public string? KindCode { get; init; }

    public string? Scope { get; init; }

    /// <summary>Entries issued (or reserved) in this calendar year.</summary>
    public int? Year { get; init; }
}
