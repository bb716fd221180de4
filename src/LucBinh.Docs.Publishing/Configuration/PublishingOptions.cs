namespace LucBinh.Docs.Publishing.Configuration;

/// <summary>
/// Everything publishing reads from configuration (<c>SharePoint:*</c>, <c>Graph:*</c>, <c>Auth:*</c>,
/// <c>Outbox:*</c>, <c>Local:*</c>), already validated: build it with <see cref="PublishingOptionsReader.Read"/>.
/// Publishing to SharePoint is on exactly when <c>SharePoint:SiteUrl</c> is set; otherwise reports stay in the
/// local folder store.
/// </summary>
public sealed record PublishingOptions
{
    public static PublishingOptions Default { get; } = new();

    public SharePointOptions SharePoint { get; init; } = new();

    public GraphOptions Graph { get; init; } = new();

    public AuthOptions Auth { get; init; } = new();

    /// <summary><c>Outbox:Folder</c>: where reports wait when they could not be stored.</summary>
    public string OutboxFolder { get; init; } = DefaultOutboxFolder();

    /// <summary><c>Local:Folder</c>: a folder to copy every report into (null: reports stay where they were written).</summary>
    public string? LocalFolder { get; init; }

    /// <summary><c>Register:*</c>: the register of outgoing documents (numbering scope, where it is kept).</summary>
    public Register.RegisterOptions Register { get; init; } = new();

    /// <summary>
    /// <c>Pdf:Converter</c>: who turns an issued document into PDF — LibreOffice on this machine (PDF/A-2b, the default,
    /// no tenant needed) or the SharePoint library's rendition through Graph (needs <c>SharePoint:SiteUrl</c>).
    /// </summary>
    public PdfConverterKind PdfConverter { get; init; } = PdfConverterKind.LibreOffice;

    public bool SharePointEnabled => SharePoint.SiteUrl is not null;

    public static string DefaultOutboxFolder() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "LucBinh.Docs", "outbox");
}

/// <summary>The values of <c>Pdf:Converter</c>.</summary>
public enum PdfConverterKind
{
    /// <summary><c>libreoffice</c>: headless LibreOffice on this machine, PDF/A-2b with fonts embedded.</summary>
    LibreOffice,

    /// <summary><c>sharepoint</c>: Graph's PDF rendition of the document in the library (a plain PDF, not PDF/A).</summary>
    SharePoint,
}

/// <summary>The <c>SharePoint:*</c> settings.</summary>
public sealed record SharePointOptions
{
    /// <summary><c>SharePoint:SiteUrl</c>, e.g. <c>https://contoso.sharepoint.com/sites/DangUy</c>.</summary>
    public Uri? SiteUrl { get; init; }

    /// <summary><c>SharePoint:Library</c>: the library's display name ("Documents" is the URL "Shared Documents").</summary>
    public string Library { get; init; } = "Documents";

    /// <summary><c>SharePoint:Folder</c>: Liquid over the report's data, '/'-separated; empty = the library root.</summary>
    public string Folder { get; init; } = string.Empty;

    /// <summary><c>SharePoint:FileName</c>: Liquid; empty = the report's own file name. ".docx" is added when missing.</summary>
    public string FileName { get; init; } = string.Empty;

    public ConflictBehavior ConflictBehavior { get; init; } = ConflictBehavior.Rename;

    /// <summary><c>SharePoint:Metadata:{column internal name}</c> = Liquid; prefix <c>number:</c>, <c>date:</c> or <c>bool:</c> to type it.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public SharingLinkKind Link { get; init; } = SharingLinkKind.OrganizationView;

    /// <summary><c>SharePoint:Pdf</c>: also store the PDF rendition Graph makes (<c>GET …/content?format=pdf</c>).</summary>
    public bool Pdf { get; init; }
}

/// <summary>The <c>Graph:*</c> settings.</summary>
public sealed record GraphOptions
{
    public const string GlobalBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Fragments of an upload session must be multiples of 320 KiB (graph-notes §2).</summary>
    public const int FragmentUnit = 320 * 1024;

    /// <summary><c>Graph:BaseUrl</c>, with the version: national clouds <c>https://graph.microsoft.us/v1.0</c>, <c>https://microsoftgraph.chinacloudapi.cn/v1.0</c>.</summary>
    public Uri BaseUrl { get; init; } = new(GlobalBaseUrl);

    /// <summary><c>Graph:MaxRetries</c> (0–10): retries of a request answered 429/503/504, each after its Retry-After.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary><c>Graph:TimeoutSeconds</c>: one request including its Retry-After waits.</summary>
    public int TimeoutSeconds { get; init; } = 300;

    /// <summary><c>Graph:FragmentSize</c> in 320 KiB units (1–180): 10 = 3.2 MiB, small enough for a slow line.</summary>
    public int FragmentUnits { get; init; } = 10;

    /// <summary>Files up to this size go in one PUT; larger ones through an upload session.</summary>
    public long SimpleUploadLimit { get; init; } = 4L * 1024 * 1024;

    /// <summary>How many times a dropped upload is resumed (from nextExpectedRanges) before it is abandoned.</summary>
    public int UploadResumes { get; init; } = 5;

    /// <summary>First wait before resuming a dropped upload; doubles each time.</summary>
    public TimeSpan ResumeDelay { get; init; } = TimeSpan.FromSeconds(2);

    public int FragmentSize => FragmentUnits * FragmentUnit;

    /// <summary>The scope asked for: <c>{graph root}/.default</c>; a local test server stands for the global cloud.</summary>
    public string Scope => IsLoopback ? "https://graph.microsoft.com/.default" : $"{BaseUrl.Scheme}://{BaseUrl.Authority}/.default";

    public bool IsLoopback => BaseUrl.IsLoopback;

    /// <summary>The sign-in authority matching the Graph cloud (graph-notes §7).</summary>
    public Uri AuthorityHost => BaseUrl.Host.ToUpperInvariant() switch
    {
        "GRAPH.MICROSOFT.US" or "DOD-GRAPH.MICROSOFT.US" => Azure.Identity.AzureAuthorityHosts.AzureGovernment,
        "MICROSOFTGRAPH.CHINACLOUDAPI.CN" => Azure.Identity.AzureAuthorityHosts.AzureChina,
        _ => Azure.Identity.AzureAuthorityHosts.AzurePublicCloud,
    };
}

/// <summary>How publishing signs in (<c>Auth:*</c>). Secrets come only from the environment or user secrets.</summary>
public sealed record AuthOptions
{
    public AuthMode Mode { get; init; } = AuthMode.DeviceCode;

    public string? TenantId { get; init; }

    public string? ClientId { get; init; }

    /// <summary><c>Auth:ClientSecret</c> (secret: <c>LUCBINH_Auth__ClientSecret</c> or user secrets).</summary>
    public string? ClientSecret { get; init; }

    /// <summary><c>Auth:CertificatePath</c>: a .pfx or .pem with the private key.</summary>
    public string? CertificatePath { get; init; }

    /// <summary><c>Auth:CertificatePassword</c> (secret).</summary>
    public string? CertificatePassword { get; init; }

    /// <summary><c>Auth:ManagedIdentityClientId</c>: a user-assigned identity; empty = system-assigned.</summary>
    public string? ManagedIdentityClientId { get; init; }

    /// <summary><c>Auth:TokenFilePath</c> for WorkloadIdentity (default AZURE_FEDERATED_TOKEN_FILE).</summary>
    public string? TokenFilePath { get; init; }

    /// <summary><c>Auth:RedirectUri</c> for InteractiveBrowser (default http://localhost).</summary>
    public Uri? RedirectUri { get; init; }

    /// <summary><c>Auth:AuthorityHost</c>: overrides the authority derived from Graph:BaseUrl.</summary>
    public Uri? AuthorityHost { get; init; }

    /// <summary><c>Auth:AllowUnencryptedTokenCache</c>: where the OS has no secure store, keep the sign-in in a plain file.</summary>
    public bool AllowUnencryptedTokenCache { get; init; }

    /// <summary>The token of <c>LUCBINH_GRAPH_TOKEN</c> for <see cref="AuthMode.AccessToken"/> (secret).</summary>
    public string? AccessToken { get; init; }
}

public enum AuthMode
{
    DeviceCode,
    InteractiveBrowser,
    ClientSecret,
    ClientCertificate,
    ManagedIdentity,
    WorkloadIdentity,
    AzureCli,
    OnBehalfOf,
    AccessToken,
}
