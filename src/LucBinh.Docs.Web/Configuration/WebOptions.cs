namespace LucBinh.Docs.Web.Configuration;

/// <summary>The host's own settings, section <c>LucBinh:Web</c> (env <c>LUCBINH_LucBinh__Web__…</c>).</summary>
public sealed record WebOptions
{
    public const string Section = "LucBinh:Web";

    /// <summary>The server's templates (only <c>*.docx</c> directly inside); default <c>templates/</c> beside the app.</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>
    /// The template used when a request names none (the ribbon's one-click button): its id. Default the committee's
    /// coordination report; when it is not listed, the first template listed (by kind, then id).
    /// </summary>
    public string DefaultTemplate { get; init; } = "bao-cao-ket-qua-phoi-hop";

    /// <summary>SharePoint: a document library of the publishing site (<c>SharePoint:SiteUrl</c>) holding templates; empty = the server's folder.</summary>
    public string? TemplatesLibrary { get; init; }

    /// <summary>The largest workbook accepted, in MB (1–200).</summary>
    public int MaxUploadMegabytes { get; init; } = 20;

    /// <summary>How long one API request may take before it is answered 503 (fractions allowed).</summary>
    public double RequestTimeoutSeconds { get; init; } = 120;

    /// <summary>Where a report waits between generation and storing (a folder per request, deleted at its end); default the system temp folder.</summary>
    public string? WorkFolder { get; init; }

    /// <summary>
    /// Where <c>POST /api/issue</c> writes the issued .docx and PDF (they are filed in the store as well); the task
    /// pane's PDF link reads them there. Default: <c>phat-hanh</c> under the work folder.
    /// </summary>
    public string? IssuedFolder { get; init; }

    /// <summary>The Content-Security-Policy header sent with every response.</summary>
    // img-src blob: lets the task pane show the first-page preview it fetched (an object URL made by its own script).
    public string ContentSecurityPolicy { get; init; } =
        "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com https://alcdn.msauth.net; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self' https://login.microsoftonline.com; "
        + "frame-src 'self' https://login.microsoftonline.com; "
        + "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.office365.com "
        + "https://*.sharepoint.com https://*.cloud.microsoft https://*.microsoft.com; "
        + "base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>
    /// The address users reach the host at (<c>https://baocao.example.gov.vn</c>): its host name is added to the default
    /// <c>AllowedHosts</c> (with the loopback names) and, without <c>Auth:Audience</c>, it names the sign-in scope
    /// <c>api://{host}/{clientId}/access_as_user</c>. Never taken from a request's Host header.
    /// </summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>
    /// Sign-in off on a host that listens beyond loopback: anyone who can reach it can make and store reports. Refused at
    /// start unless this says so explicitly (a one-office install on a trusted network).
    /// </summary>
    public bool AllowAnonymous { get; init; }

    /// <summary>
    /// Other origins whose pages may send state-changing requests (POST) besides the host's own, e.g. an Office host
    /// page (<c>https://excel.officeapps.live.com</c>); <c>https://*.example.com</c> allows the sub-domains of a domain.
    /// The task pane itself is served by this host, so its requests are same-origin and need no entry.
    /// </summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>Heavy requests (<c>/api/reports</c>, <c>/api/check</c>) working at once; default the processor count.</summary>
    public int MaxConcurrentJobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Heavy requests waiting for a turn; past it the answer is 503 WEB016 with <c>Retry-After</c>.</summary>
    public int MaxQueuedJobs { get; init; } = 8;

    /// <summary>The <c>Retry-After</c> of a 503 WEB016, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 10;

    /// <summary>Diagnostics in one answer (errors first); the rest are counted in <c>moreDiagnostics</c>.</summary>
    public int MaxDiagnostics { get; init; } = 200;

    /// <summary>The largest report returned in the answer (base64 <c>document</c>), in MB; a larger one is only stored.</summary>
    public int MaxReturnedDocumentMegabytes { get; init; } = 32;

    public int ResolvedMaxConcurrentJobs => Math.Clamp(MaxConcurrentJobs, 1, 256);

    public int ResolvedMaxQueuedJobs => Math.Clamp(MaxQueuedJobs, 0, 10_000);

    public int ResolvedMaxDiagnostics => Math.Clamp(MaxDiagnostics, 1, 10_000);

    public long MaxReturnedDocumentBytes => Math.Clamp(MaxReturnedDocumentMegabytes, 1, 512) * 1024L * 1024L;

    public long MaxUploadBytes => Math.Clamp(MaxUploadMegabytes, 1, 200) * 1024L * 1024L;

    /// <summary>Room for the form's other fields and multipart boundaries on top of the workbook.</summary>
    public long MaxRequestBytes => MaxUploadBytes + (64 * 1024);

    public string ResolvedWorkFolder => Path.GetFullPath(WorkFolder ?? Path.Combine(Path.GetTempPath(), "lucbinh-web"));

    public string ResolvedIssuedFolder => Path.GetFullPath(IssuedFolder ?? Path.Combine(ResolvedWorkFolder, "phat-hanh"));
}
