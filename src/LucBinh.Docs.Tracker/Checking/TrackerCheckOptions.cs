using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Tracker.Checking;

/// <summary>What a tracker is checked against: the schema it should follow and, with a template, what the template uses.</summary>
public sealed record TrackerCheckOptions
{
    /// <summary>The sheets, column kinds, vocabularies and required flags (<see cref="TrackerSchema.Committee"/> unless set).</summary>
    public TrackerSchema Schema { get; init; } = TrackerSchema.Committee;

    /// <summary>
    /// Null: the full check of the schema (<c>check --tracker</c> alone). Otherwise the check for one template: a required
    /// field is an error only when the template uses it, a sheet the template uses and the tracker lacks is an error
    /// (TRK060), a used key of a sheet read raw is an error (TRK061), and the problems of what the template does not use
    /// are warnings.
    /// </summary>
    public TemplateNeeds? Needs { get; init; }

    public static TrackerCheckOptions Default { get; } = new();
}
