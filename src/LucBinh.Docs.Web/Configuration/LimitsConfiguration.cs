using LucBinh.Docs.Generation;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Web.Configuration;

/// <summary>
/// The limits of the host's jobs: <see cref="ProcessingLimits.Server"/>, with any of its values replaced by
/// <c>LucBinh:Web:Limits:Tracker:{property}</c> and <c>LucBinh:Web:Limits:Template:{property}</c>. Binding goes over the
/// records' own properties, so a limit added to <see cref="TrackerLimits"/> or <see cref="TemplateLimits"/> can be set
/// without a change here; a key that names no limit stops the host at start (a typo would otherwise loosen nothing
/// silently).
/// </summary>
public static class LimitsConfiguration
{
    public const string Section = "LucBinh:Web:Limits";

    public static ProcessingLimits Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        return ProcessingLimits.Server with
        {
            Tracker = Bind(section.GetSection("Tracker"), () => TrackerLimits.Server with { }) ?? TrackerLimits.Server,
            Template = Bind(section.GetSection("Template"), () => TemplateLimits.Server with { }) ?? TemplateLimits.Server,
        };
    }

    /// <summary>
    /// A copy of the preset (never the shared preset itself) with the section's values set; null when the section is
    /// absent. The copy keeps every value the section does not name.
    /// </summary>
    private static T? Bind<T>(IConfigurationSection section, Func<T> copyOfPreset)
        where T : class
    {
        if (!section.Exists())
        {
            return null;
        }

        var copy = copyOfPreset();
        try
        {
            section.Bind(copy, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{section.Path}: {e.Message} (docs/web-api.md, Limits).", e);
        }

        return copy;
    }
}
