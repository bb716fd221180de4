namespace LucBinh.Docs.Publishing;

/// <summary>
/// What storing one report means, resolved from the configuration and the report's data: the target folder (relative
/// to the library or local root, '/'-separated), the file name (already made valid for the target), the content's
/// identity (size, SHA-256) and the follow-up steps. An outbox manifest is this record as JSON.
/// </summary>
public sealed record StorePlan
{
    public required string Store { get; init; }

    /// <summary>The report file to send (the outbox's own copy once queued).</summary>
    public required string SourcePath { get; init; }

    public required string Folder { get; init; }

    public required string FileName { get; init; }

    public required long Size { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content: with the name, what makes a retry "already done".</summary>
    public required string Sha256 { get; init; }

    public ConflictBehavior ConflictBehavior { get; init; } = ConflictBehavior.Rename;

    /// <summary>Library column internal name → value (already rendered; a <c>number:</c>/<c>date:</c>/<c>bool:</c> prefix types it).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public SharingLinkKind Link { get; init; } = SharingLinkKind.None;

    public bool Pdf { get; init; }

    /// <summary>SharePoint site and library the plan was made for (informative; the current configuration wins on retry).</summary>
    public string? Target { get; init; }

    /// <summary>An upload session left open by a dropped connection: a retry resumes it instead of starting over.</summary>
    public string? ResumeUploadUrl { get; init; }

    /// <summary>Names changed to be valid for the target (original → stored), reported as warnings.</summary>
    public IReadOnlyList<string> RenamedFrom { get; init; } = [];

    /// <summary>'/'-joined folder and file name.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string RelativePath => Folder.Length == 0 ? FileName : Folder + "/" + FileName;
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
