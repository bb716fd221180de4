using Azure.Core;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.Publishing.Hosting;

/// <summary>What a store or register factory is given: the validated options and what the host injects.</summary>
/// <param name="Options">From <see cref="PublishingOptionsReader"/>.</param>
/// <param name="Credential">The host's Graph credential (null for kinds that need none).</param>
/// <param name="FinalHandler">Tests and proxies: the innermost HTTP handler.</param>
/// <param name="Time">The clock (null: the system's).</param>
public sealed record PublishingContext(PublishingOptions Options, TokenCredential? Credential = null, HttpMessageHandler? FinalHandler = null, TimeProvider? Time = null)
{
    /// <summary>The credential, for a kind that needs one; the host forgot to inject it otherwise (a programming error).</summary>
    public TokenCredential RequireCredential() =>
        Credential ?? throw new InvalidOperationException("This store needs a TokenCredential: the host must inject one (AddLucBinhPublishing / PublishingFactory).");
}

/// <summary>
/// The kinds of report store and of register publishing knows, each a factory keyed by its name
/// (<c>Store:Kind</c>, <c>Register:Kind</c>): adding a kind is one <see cref="AddStore"/> or <see cref="AddRegister"/>,
/// never a new flag. <see cref="CreateDefault"/> has the stores <c>local</c> and <c>sharepoint</c> and the register
/// <c>sharepoint</c>; the local (SQLite) register is added by the host that ships it
/// (<c>registry.AddRegister("local", …)</c>), so asking for a kind nobody added is a typed error (PUB310), not a stub.
/// </summary>
public sealed class PublishingRegistry
{
    public const string Local = "local";
    public const string SharePoint = "sharepoint";

    private readonly Dictionary<string, Kind<IReportStore>> _stores = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Kind<IDocumentRegister>> _registers = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> StoreKinds => _stores.Keys;

    public IReadOnlyCollection<string> RegisterKinds => _registers.Keys;

    /// <summary>The stores local and sharepoint, the register sharepoint.</summary>
    public static PublishingRegistry CreateDefault() => new PublishingRegistry()
        .AddStore(Local, c => new LocalFolderStore(c.Options.LocalFolder))
        .AddStore(SharePoint, c => new SharePointStore(c.Options, c.RequireCredential(), c.FinalHandler, c.Time), needsCredential: true)
        .AddRegister(SharePoint, c => new SharePointDocumentRegister(
            c.Options.SharePoint.SiteUrl ?? throw new LucBinhException(PublishingDiagnostics.Error("PUB001", "SharePoint:SiteUrl", string.Empty)),
            c.Options.Register, c.Options.Graph, c.RequireCredential(), c.FinalHandler, c.Time), needsCredential: true);

    /// <summary>Adds (or replaces) a store kind.</summary>
    public PublishingRegistry AddStore(string kind, Func<PublishingContext, IReportStore> create, bool needsCredential = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(create);
        _stores[kind] = new Kind<IReportStore>(create, needsCredential);
        return this;
    }

    /// <summary>Adds (or replaces) a register kind.</summary>
    public PublishingRegistry AddRegister(string kind, Func<PublishingContext, IDocumentRegister> create, bool needsCredential = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(create);
        _registers[kind] = new Kind<IDocumentRegister>(create, needsCredential);
        return this;
    }

    public bool HasStore(string kind) => _stores.ContainsKey(kind);

    public bool HasRegister(string kind) => _registers.ContainsKey(kind);

    /// <summary>Whether the kind talks to Graph (the host then makes a credential for it).</summary>
    public bool StoreNeedsCredential(string kind) => _stores.TryGetValue(kind, out var k) && k.NeedsCredential;

    public bool RegisterNeedsCredential(string kind) => _registers.TryGetValue(kind, out var k) && k.NeedsCredential;

    /// <exception cref="LucBinhException">PUB310 naming <c>Store:Kind</c> when the kind is unknown.</exception>
    public IReportStore CreateStore(string kind, PublishingContext context) =>
        Find(_stores, kind, PublishingKinds.StoreKey).Create(context);

    /// <exception cref="LucBinhException">PUB310 naming <c>Register:Kind</c> when the kind is unknown.</exception>
    public IDocumentRegister CreateRegister(string kind, PublishingContext context) =>
        Find(_registers, kind, PublishingKinds.RegisterKey).Create(context);

    /// <summary>PUB310 for a kind this registry does not have, or null.</summary>
    public Diagnostic? CheckStoreKind(string kind) => _stores.ContainsKey(kind) ? null : Unknown(PublishingKinds.StoreKey, kind, _stores.Keys);

    public Diagnostic? CheckRegisterKind(string kind) => _registers.ContainsKey(kind) ? null : Unknown(PublishingKinds.RegisterKey, kind, _registers.Keys);

    private static Kind<T> Find<T>(Dictionary<string, Kind<T>> kinds, string kind, string key) =>
        kinds.TryGetValue(kind, out var found) ? found : throw new LucBinhException(Unknown(key, kind, kinds.Keys));

    private static Diagnostic Unknown(string key, string kind, IEnumerable<string> known) =>
        PublishingDiagnostics.Error("PUB310", key, kind, string.Join(", ", known.Order(StringComparer.Ordinal)));

    private sealed record Kind<T>(Func<PublishingContext, T> Create, bool NeedsCredential);
}
