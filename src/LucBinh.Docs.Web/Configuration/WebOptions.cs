namespace LucBinh.Docs.Web.Configuration;

/// <summary>The host's own settings, section <c>LucBinh:Web</c> (env <c>LUCBINH_LucBinh__Web__…</c>).</summary>
public sealed record WebOptions
{
    public const string Section = "LucBinh:Web";

    /// <summary>The server's templates (only <c>*.docx</c> directly inside); default <c>templates/</c> beside the app.</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>SharePoint: a document library of the publishing site (<c>SharePoint:SiteUrl</c>) holding templates; empty = the server's folder.</summary>
    public string? TemplatesLibrary { get; init; }

    /// <summary>The largest workbook accepted, in MB (1–200).</summary>
    public int MaxUploadMegabytes { get; init; } = 20;

    /// <summary>How long one API request may take before it is answered 503 (fractions allowed).</summary>
    public double RequestTimeoutSeconds { get; init; } = 120;

    /// <summary>Where a report waits between generation and storing (a folder per request, deleted at its end); default the system temp folder.</summary>
    public string? WorkFolder { get; init; }

    /// <summary>The Content-Security-Policy header sent with every response.</summary>
    public string ContentSecurityPolicy { get; init; } =
        "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com https://alcdn.msauth.net; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self' https://login.microsoftonline.com; "
        + "frame-src 'self' https://login.microsoftonline.com; "
        + "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.office365.com "
        + "https://*.sharepoint.com https://*.cloud.microsoft https://*.microsoft.com; "
        + "base-uri 'self'; form-action 'self'; object-src 'none'";

    public long MaxUploadBytes => Math.Clamp(MaxUploadMegabytes, 1, 200) * 1024L * 1024L;

    /// <summary>Room for the form's other fields and multipart boundaries on top of the workbook.</summary>
    public long MaxRequestBytes => MaxUploadBytes + (64 * 1024);

    public string ResolvedWorkFolder => Path.GetFullPath(WorkFolder ?? Path.Combine(Path.GetTempPath(), "lucbinh-web"));
}
