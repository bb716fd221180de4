using System.Text.Json.Serialization;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// What storing one report means, resolved from the configuration and the report's data: the target folder (relative
/// to the library or local root, '/'-separated), the file name (already made valid for the target), the content's
/// identity (size, SHA-256) and the follow-up steps. An outbox manifest is this record as JSON.
/// </summary>
public sealed record StorePlan
{
    private SharePointPlan? _sharePoint;

    public required string Store { get; init; }

    /// <summary>The report file to send (the outbox's own copy once queued).</summary>
    public required string SourcePath { get; init; }

    public required string Folder { get; init; }

    public required string FileName { get; init; }

    public required long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content: with the name, what makes a retry "already done".</summary>
    public required string Sha256 { get; init; }

    public ConflictBehavior ConflictBehavior { get; init; } = ConflictBehavior.Rename;

    /// <summary>What only a SharePoint store does after the upload (columns, link, PDF); null for the local store.</summary>
    public SharePointPlan? SharePoint
    {
        get => _sharePoint;
        init => _sharePoint = value;
    }

    /// <summary>SharePoint site and library the plan was made for (informative; the current configuration wins on retry).</summary>
    public string? Target { get; init; }

    /// <summary>An upload session left open by a dropped connection: a retry resumes it instead of starting over.</summary>
    public string? ResumeUploadUrl { get; init; }

    /// <summary>Names changed to be valid for the target (original → stored), reported as warnings.</summary>
    public IReadOnlyList<string> RenamedFrom { get; init; } = [];

    // Manifests written before SharePoint's steps moved into SharePointPlan kept them at the top level: still read.
    [JsonInclude]
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal IReadOnlyDictionary<string, string>? LegacyMetadata
    {
        get => null;
        init => _sharePoint = value is { Count: > 0 } ? (_sharePoint ?? new SharePointPlan()) with { Metadata = value } : _sharePoint;
    }

    [JsonInclude]
    [JsonPropertyName("link")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal SharingLinkKind? LegacyLink
    {
        get => null;
        init => _sharePoint = value is { } link ? (_sharePoint ?? new SharePointPlan()) with { Link = link } : _sharePoint;
    }

    [JsonInclude]
    [JsonPropertyName("pdf")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal bool? LegacyPdf
    {
        get => null;
        init => _sharePoint = value == true ? (_sharePoint ?? new SharePointPlan()) with { Pdf = true } : _sharePoint;
    }

    /// <summary>'/'-joined folder and file name.</summary>
    [JsonIgnore]
    public string RelativePath => Folder.Length == 0 ? FileName : Folder + "/" + FileName;
}

/// <summary>The steps only a SharePoint store takes after the upload, resolved when the plan was made.</summary>
public sealed record SharePointPlan
{
    /// <summary>Library column internal name → value (already rendered; a <c>number:</c>/<c>date:</c>/<c>bool:</c> prefix types it).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public SharingLinkKind Link { get; init; } = SharingLinkKind.None;

    /// <summary>Also store the PDF rendition Graph makes.</summary>
    public bool Pdf { get; init; }
}

public enum ConflictBehavior
{
    /// <summary>Keep the existing file and store the new one as "name 1.docx" (Graph's <c>rename</c>).</summary>
    Rename,

    /// <summary>Store over the existing file: a new version in a versioned library (Graph's <c>replace</c>).</summary>
    Replace,

    /// <summary>Refuse when a different file has the name (Graph's <c>fail</c>).</summary>
    Fail,
}

public enum SharingLinkKind
{
    None,

    /// <summary>View link for people in the organisation (<c>createLink</c> type view, scope organization).</summary>
    OrganizationView,

    /// <summary>Edit link for people in the organisation.</summary>
    OrganizationEdit,
}
