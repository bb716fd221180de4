namespace LucBinh.Docs.Templating;

/// <summary>
/// How much work one template and one render may cost (issue 11): a template from the network may be built to exhaust
/// memory or CPU. <see cref="Default"/> is the command line's; <see cref="Server"/> the web host's, stricter.
/// Each limit that is passed gives an error naming the part and paragraph (or the filter) and the limit.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>All parts of the template package together, unpacked.</summary>
    public long MaxUnpackedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The rendered document's parts together, in bytes before compression.</summary>
    public long MaxOutputBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The limits of the command line.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>The web host's limits: stricter, one process serves everybody.</summary>
    public static TemplateLimits Server { get; } = new()
    {
        MaxUnpackedBytes = 128L * 1024 * 1024,
        MaxOutputBytes = 128L * 1024 * 1024,
    };
}
