namespace LucBinh.Docs.FakeGraph;

/// <summary>The route classes of graph-notes §11 that a fault can target.</summary>
public enum RouteClass
{
    Any,

    /// <summary>S1–S3: sites and drives.</summary>
    Site,

    /// <summary>D1–D3 and children/delete: items, content PUT, createUploadSession.</summary>
    Drive,

    /// <summary>U1–U4: the upload URL.</summary>
    Upload,

    /// <summary>F1–F2: listItem and fields.</summary>
    Fields,

    /// <summary>L1: createLink.</summary>
    Link,

    /// <summary>R1–R6: SharePoint lists, their columns and items (graph-notes §12).</summary>
    List,
}

public enum FaultAction
{
    /// <summary>Answer <see cref="Fault.Status"/> with a Graph error body (and Retry-After when set).</summary>
    Status,

    /// <summary>Read the request body, do not apply it, abort the connection.</summary>
    Drop,

    /// <summary>Apply the request, then abort the connection instead of answering.</summary>
    LostAck,

    /// <summary>Wait <see cref="Fault.DelayMs"/> before handling.</summary>
    Delay,

    /// <summary>The request's upload session expires before it is handled.</summary>
    ExpireSession,

    /// <summary>The request's upload session vanishes before it is handled.</summary>
    DeleteSession,

    /// <summary>The final fragment meets a 409 nameAlreadyExists at commit (not applied).</summary>
    ConflictAtCommit,

    /// <summary>409 resourceModified (fields PATCH right after an upload).</summary>
    ResourceModified,

    /// <summary>507 quotaLimitReached.</summary>
    Quota,

    /// <summary>A list item POST is refused as a duplicate of a unique column although its values are free (a race lost to a request the test does not see).</summary>
    Duplicate,
}

/// <summary>
/// A fault rule: requests matching <see cref="Method"/> (null = any) and <see cref="Route"/> are counted; the ones
/// numbered <see cref="After"/>+1 … <see cref="After"/>+<see cref="Count"/> get the <see cref="Action"/>.
/// <see cref="When"/> narrows further (e.g. only the final fragment).
/// </summary>
public sealed record Fault(RouteClass Route, FaultAction Action)
{
    public string? Method { get; init; }

    public int After { get; init; }

    public int Count { get; init; } = 1;

    public int Status { get; init; } = 503;

    /// <summary>Seconds, or an HTTP-date when <see cref="RetryAfterDate"/> is true.</summary>
    public int? RetryAfterSeconds { get; init; }

    public bool RetryAfterDate { get; init; }

    public int DelayMs { get; init; }

    public Func<FakeRequest, bool>? When { get; init; }

    internal int Seen { get; set; }

    internal int Applied { get; set; }
}

/// <summary>What a fault's <see cref="Fault.When"/> sees of a request.</summary>
public sealed record FakeRequest(string Method, string Path, string Query, RouteClass Route, IReadOnlyDictionary<string, string> Headers, byte[] Body);
