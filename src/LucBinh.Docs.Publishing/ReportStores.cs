using Azure.Core;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Outbox;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// From validated options alone, the store their default kind implies (SharePoint when <c>SharePoint:SiteUrl</c> is
/// set, else the local folder store, both from <see cref="Hosting.PublishingRegistry"/>) and the publisher with its
/// outbox. Hosts use <see cref="Hosting.PublishingServices"/>, which also honours <c>Store:Kind</c> and injects the credential.
/// </summary>
public static class ReportStores
{
    private static readonly Hosting.PublishingRegistry Default = Hosting.PublishingRegistry.CreateDefault();

    /// <param name="options">From <see cref="PublishingOptionsReader.Read"/>.</param>
    /// <param name="credential">Null: made by <see cref="CredentialFactory.Create"/> from Auth:Mode.</param>
    /// <param name="prompt">Where a sign-in message (device code) is shown.</param>
    /// <param name="finalHandler">Tests and proxies: the innermost HTTP handler.</param>
    public static IReportStore Create(PublishingOptions options, TokenCredential? credential = null, Action<string>? prompt = null, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var kinds = Hosting.PublishingKinds.Default(options);
        return Default.CreateStore(kinds.Store, new Hosting.PublishingContext(
            options,
            Default.StoreNeedsCredential(kinds.Store) ? credential ?? CredentialFactory.Create(options, prompt) : null,
            finalHandler));
    }

    /// <summary>The store of <see cref="Create"/> with the outbox of <c>Outbox:Folder</c>.</summary>
    /// <param name="options">From <see cref="PublishingOptionsReader.Read"/>.</param>
    /// <param name="credential">Null: made by <see cref="CredentialFactory.Create"/> from Auth:Mode.</param>
    /// <param name="prompt">Where a sign-in message (device code) is shown.</param>
    /// <param name="finalHandler">Tests and proxies: the innermost HTTP handler.</param>
    /// <param name="time">The outbox's clock.</param>
    /// <param name="keepFailuresInOutbox">False when no later run could send a queued report (see <see cref="ReportPublisher.KeepFailuresInOutbox"/>).</param>
    public static ReportPublisher CreatePublisher(PublishingOptions options, TokenCredential? credential = null, Action<string>? prompt = null, HttpMessageHandler? finalHandler = null, TimeProvider? time = null, bool keepFailuresInOutbox = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ReportPublisher(Create(options, credential, prompt, finalHandler), new ReportOutbox(options.OutboxFolder, time, ExpectedUploadHosts(options)))
        {
            KeepFailuresInOutbox = keepFailuresInOutbox,
        };
    }

    /// <summary>
    /// Where an upload session kept in the outbox may point: the SharePoint site's host, and Graph's (a local test
    /// server's address included, exactly). Anything else in a manifest is dropped and the upload starts over.
    /// </summary>
    public static IReadOnlyList<Uri> ExpectedUploadHosts(PublishingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.SharePoint.SiteUrl is { } site ? [site, options.Graph.BaseUrl] : [options.Graph.BaseUrl];
    }
}
