using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace LucBinh.Docs.Publishing.Hosting;

/// <summary>
/// The publishing settings as the options pattern carries them: what <see cref="PublishingOptionsReader"/> read, the
/// kinds, and every problem found (typed diagnostics, each naming its setting). <see cref="PublishingSettingsValidator"/>
/// turns the problems into a failure at start.
/// </summary>
public sealed class PublishingSettings
{
    public PublishingOptions Options { get; set; } = PublishingOptions.Default;

    public PublishingKinds Kinds { get; set; } = new(PublishingRegistry.Local, PublishingRegistry.Local);

    /// <summary>True when <c>Register:Kind</c> was set: only then is an unavailable register kind an error at start.</summary>
    public bool RegisterKindNamed { get; set; }

    public IReadOnlyList<Diagnostic> Errors { get; set; } = [];

    public static PublishingSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var (options, errors) = PublishingOptionsReader.TryRead(configuration);
        return new PublishingSettings
        {
            Options = options,
            Kinds = PublishingKinds.Read(configuration, options),
            RegisterKindNamed = PublishingOptionsReader.Text(configuration, PublishingKinds.RegisterKey) is not null,
            Errors = errors,
        };
    }

    /// <summary>The settings' errors and the kinds the registry lacks, all at once.</summary>
    public IReadOnlyList<Diagnostic> Problems(PublishingRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var problems = new List<Diagnostic>(Errors);
        if (registry.CheckStoreKind(Kinds.Store) is { } store)
        {
            problems.Add(store);
        }

        if (RegisterKindNamed && registry.CheckRegisterKind(Kinds.Register) is { } register)
        {
            problems.Add(register);
        }

        if (Kinds.Store.Equals(PublishingRegistry.SharePoint, StringComparison.OrdinalIgnoreCase) && !Options.SharePointEnabled)
        {
            problems.Add(PublishingDiagnostics.Error("PUB001", "SharePoint:SiteUrl", PublishingKinds.StoreKey + " = " + Kinds.Store));
        }

        return problems;
    }
}

/// <summary>
/// <see cref="IValidateOptions{TOptions}"/> of <see cref="PublishingSettings"/>: with <c>ValidateOnStart</c>, a host
/// with a wrong publishing setting does not start, and the failure lists every problem with its code and setting
/// (<c>PUB008 Cấu hình «Graph:MaxRetries» …</c>).
/// </summary>
public sealed class PublishingSettingsValidator(PublishingRegistry registry) : IValidateOptions<PublishingSettings>
{
    public ValidateOptionsResult Validate(string? name, PublishingSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems(registry);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => p.Code + " " + p.Message(Localization.UiLanguage.English)));
    }
}
