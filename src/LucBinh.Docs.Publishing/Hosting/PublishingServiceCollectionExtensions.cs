using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LucBinh.Docs.Publishing.Hosting;

/// <summary>The one registration of publishing in a host's services.</summary>
public static class PublishingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the publishing settings (validated at start: a wrong setting stops the host with every problem named),
    /// the <see cref="PublishingRegistry"/> (<paramref name="configureKinds"/> adds kinds, e.g. the local register),
    /// the credential (<see cref="PublishingCredential"/>; the host may register its own first) and
    /// <see cref="PublishingServices"/>.
    /// </summary>
    public static IServiceCollection AddLucBinhPublishing(this IServiceCollection services, IConfiguration configuration, Action<PublishingRegistry>? configureKinds = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var registry = PublishingRegistry.CreateDefault();
        configureKinds?.Invoke(registry);
        services.TryAddSingleton(registry);
        services.AddOptions<PublishingSettings>()
            .Configure(settings =>
            {
                var read = PublishingSettings.Read(configuration);
                settings.Options = read.Options;
                settings.Kinds = read.Kinds;
                settings.RegisterKindNamed = read.RegisterKindNamed;
                settings.Errors = read.Errors;
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublishingSettings>, PublishingSettingsValidator>());
        services.TryAddSingleton<PublishingCredential>(_ => options => CredentialFactory.Create(options));
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<PublishingSettings>>().Value;
            return new PublishingServices(settings.Options, settings.Kinds, provider.GetRequiredService<PublishingRegistry>(), provider.GetRequiredService<PublishingCredential>());
        });
        services.TryAddSingleton(provider => provider.GetRequiredService<PublishingServices>().Options);
        return services;
    }
}

/// <summary>The CLI's counterpart of <see cref="PublishingServiceCollectionExtensions.AddLucBinhPublishing"/> (no service container).</summary>
public static class PublishingFactory
{
    /// <exception cref="LucBinhException">Every problem of the settings at once, each naming its setting.</exception>
    public static PublishingServices Create(IConfiguration configuration, PublishingCredential credential, Action<PublishingRegistry>? configureKinds = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var registry = PublishingRegistry.CreateDefault();
        configureKinds?.Invoke(registry);
        var settings = PublishingSettings.Read(configuration);
        var problems = settings.Problems(registry);
        return problems.Count > 0
            ? throw new LucBinhException(problems)
            : new PublishingServices(settings.Options, settings.Kinds, registry, credential, time);
    }
}
