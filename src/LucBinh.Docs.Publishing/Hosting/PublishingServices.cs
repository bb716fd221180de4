using Azure.Core;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Outbox;
using LucBinh.Docs.Publishing.Register;

namespace LucBinh.Docs.Publishing.Hosting;

/// <summary>How a host makes the Graph credential for the options (sign-in mode, national cloud…).</summary>
public delegate TokenCredential PublishingCredential(PublishingOptions options);

/// <summary>
/// Publishing as a host uses it, made once from validated settings (<see cref="PublishingServiceCollectionExtensions.AddLucBinhPublishing"/>
/// for the web host, <see cref="PublishingFactory"/> for the CLI): the configured store and register, chosen by kind
/// from the <see cref="PublishingRegistry"/>, each given the injected credential only when its kind needs one.
/// A caller acting for a signed-in user (on-behalf-of) passes that user's credential instead.
/// </summary>
public sealed class PublishingServices(PublishingOptions options, PublishingKinds kinds, PublishingRegistry registry, PublishingCredential credential, TimeProvider? time = null)
{
    public PublishingOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public PublishingKinds Kinds { get; } = kinds ?? throw new ArgumentNullException(nameof(kinds));

    public PublishingRegistry Registry { get; } = registry ?? throw new ArgumentNullException(nameof(registry));

    /// <summary>Whether the configured store talks to Graph (SharePoint), i.e. needs a credential.</summary>
    public bool StoreNeedsCredential => Registry.StoreNeedsCredential(Kinds.Store);

    /// <param name="userCredential">A credential for this call only (on behalf of a user); null: the host's.</param>
    /// <param name="finalHandler">Tests and proxies: the innermost HTTP handler.</param>
    public IReportStore CreateStore(TokenCredential? userCredential = null, HttpMessageHandler? finalHandler = null) =>
        Registry.CreateStore(Kinds.Store, Context(Registry.StoreNeedsCredential(Kinds.Store), userCredential, finalHandler));

    /// <summary>The store behind the outbox of <c>Outbox:Folder</c>.</summary>
    /// <param name="userCredential">A credential for this call only (on behalf of a user); null: the host's.</param>
    /// <param name="finalHandler">Tests and proxies: the innermost HTTP handler.</param>
    /// <param name="keepFailuresInOutbox">False when no later run could send a queued report (see <see cref="ReportPublisher.KeepFailuresInOutbox"/>).</param>
    public ReportPublisher CreatePublisher(TokenCredential? userCredential = null, HttpMessageHandler? finalHandler = null, bool keepFailuresInOutbox = true) =>
        new(CreateStore(userCredential, finalHandler), new ReportOutbox(Options.OutboxFolder, time, ReportStores.ExpectedUploadHosts(Options)))
        {
            KeepFailuresInOutbox = keepFailuresInOutbox,
        };

    /// <summary>The register of outgoing documents of <c>Register:Kind</c> (PUB310 when this build has no such kind).</summary>
    public IDocumentRegister CreateRegister(TokenCredential? userCredential = null, HttpMessageHandler? finalHandler = null) =>
        Registry.CreateRegister(Kinds.Register, Context(Registry.RegisterNeedsCredential(Kinds.Register), userCredential, finalHandler));

    private PublishingContext Context(bool needsCredential, TokenCredential? userCredential, HttpMessageHandler? finalHandler) =>
        new(Options, needsCredential ? userCredential ?? credential(Options) : null, finalHandler, time);
}
