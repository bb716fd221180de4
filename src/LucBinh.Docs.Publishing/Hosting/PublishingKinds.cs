using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.Hosting;

/// <summary>
/// Which store and which register a host uses (<c>Store:Kind</c>, <c>Register:Kind</c>). Unset, the store is
/// <c>sharepoint</c> when <c>SharePoint:SiteUrl</c> is set and <c>local</c> otherwise, and the register follows the store.
/// </summary>
public sealed record PublishingKinds(string Store, string Register)
{
    public const string StoreKey = "Store:Kind";
    public const string RegisterKey = "Register:Kind";

    /// <summary>The kinds the options imply when nothing names them.</summary>
    public static PublishingKinds Default(Configuration.PublishingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = options.SharePointEnabled ? PublishingRegistry.SharePoint : PublishingRegistry.Local;
        return new PublishingKinds(store, store);
    }

    public static PublishingKinds Read(IConfiguration configuration, Configuration.PublishingOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = Default(options);
        var store = Configuration.PublishingOptionsReader.Text(configuration, StoreKey) ?? defaults.Store;
        return new PublishingKinds(store, Configuration.PublishingOptionsReader.Text(configuration, RegisterKey) ?? store);
    }
}
