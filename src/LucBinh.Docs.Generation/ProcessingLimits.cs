using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Generation;

/// <summary>The limits of one job, for the tracker and for the template (docs/web-api.md lists them).</summary>
public sealed record ProcessingLimits
{
    public TrackerLimits Tracker { get; init; } = TrackerLimits.Default;

    public TemplateLimits Template { get; init; } = TemplateLimits.Default;

    /// <summary>The command line's limits (a person's own files).</summary>
    public static ProcessingLimits Default { get; } = new();

    /// <summary>The web host's limits.</summary>
    public static ProcessingLimits Server { get; } = new() { Tracker = TrackerLimits.Server, Template = TemplateLimits.Server };
}
