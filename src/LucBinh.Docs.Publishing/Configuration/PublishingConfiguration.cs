using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.Configuration;

/// <summary>
/// Builds the configuration the .NET way, later sources overriding earlier ones: <c>appsettings.json</c> beside the
/// tool, the user's file (<c>~/.config/lucbinh-docs/appsettings.json</c>, <c>%APPDATA%\lucbinh-docs\appsettings.json</c>
/// on Windows), user secrets (id <c>lucbinh-docs</c>), environment variables <c>LUCBINH_*</c> with <c>__</c> for
/// <c>:</c> (<c>LUCBINH_SharePoint__SiteUrl</c>; <c>LUCBINH_GRAPH_TOKEN</c> is the key <c>GRAPH_TOKEN</c>), then the
/// command line's <c>--config KEY=VALUE</c> overrides.
/// </summary>
public static class PublishingConfiguration
{
    public const string UserSecretsId = "lucbinh-docs";

    public static IConfigurationRoot Build(PublishingConfigurationSources? sources = null)
    {
        sources ??= new PublishingConfigurationSources();
        var builder = new ConfigurationBuilder();
        if (sources.ToolDirectory is { } toolDirectory)
        {
            builder.AddJsonFile(Path.Combine(Path.GetFullPath(toolDirectory), "appsettings.json"), optional: true, reloadOnChange: false);
        }

        if (sources.UserConfigFile is { } userFile)
        {
            builder.AddJsonFile(Path.GetFullPath(userFile), optional: true, reloadOnChange: false);
        }

        if (sources.UserSecrets)
        {
            builder.AddUserSecrets(UserSecretsId, reloadOnChange: false);
        }

        if (sources.EnvironmentVariables)
        {
            builder.AddEnvironmentVariables("LUCBINH_");
        }

        builder.AddInMemoryCollection(sources.Overrides);
        return builder.Build();
    }

    /// <summary>Reads a <c>--config KEY=VALUE</c> argument (<c>SharePoint:Folder=Báo cáo/{{ nam }}</c>); null when it has no '='.</summary>
    public static KeyValuePair<string, string?>? ParseOverride(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return equals <= 0 ? null : new(argument[..equals].Trim().Replace("__", ":", StringComparison.Ordinal), argument[(equals + 1)..]);
    }

    public static string DefaultUserConfigFile() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "lucbinh-docs", "appsettings.json");
}

/// <summary>Which configuration sources <see cref="PublishingConfiguration.Build"/> reads (tests turn the machine's off).</summary>
public sealed record PublishingConfigurationSources
{
    public string? ToolDirectory { get; init; } = AppContext.BaseDirectory;

    public string? UserConfigFile { get; init; } = PublishingConfiguration.DefaultUserConfigFile();

    public bool UserSecrets { get; init; } = true;

    public bool EnvironmentVariables { get; init; } = true;

    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
}
