using System.Globalization;
using LucBinh.Docs.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace LucBinh.Docs.Publishing.Configuration;

/// <summary>
/// Reads and validates <see cref="PublishingOptions"/> from configuration at start. Every problem is reported at once,
/// each message naming its key (<c>SharePoint:ConflictBehavior</c>…), so a user fixes the file in one go.
/// </summary>
public static class PublishingOptionsReader
{
    /// <summary>The environment variable of <see cref="AuthMode.AccessToken"/>; with the <c>LUCBINH_</c> prefix stripped it is the key <c>GRAPH_TOKEN</c>.</summary>
    public const string AccessTokenVariable = "LUCBINH_GRAPH_TOKEN";

    private static readonly string[] SecretKeys = ["Auth:ClientSecret", "Auth:CertificatePassword", "GRAPH_TOKEN"];

    /// <exception cref="LucBinhException">The configuration has errors (all of them are listed).</exception>
    public static PublishingOptions Read(IConfiguration configuration)
    {
        var (options, diagnostics) = TryRead(configuration);
        return diagnostics.Count > 0 ? throw new LucBinhException(diagnostics) : options;
    }

    public static (PublishingOptions Options, IReadOnlyList<Diagnostic> Errors) TryRead(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<Diagnostic>();
        var sharePoint = ReadSharePoint(configuration, errors);
        var graph = ReadGraph(configuration, errors);
        var auth = sharePoint.SiteUrl is null ? new AuthOptions() : ReadAuth(configuration, errors);
        CheckSecretsNotInFiles(configuration, errors);
        var options = new PublishingOptions
        {
            SharePoint = sharePoint,
            Graph = graph,
            Auth = auth,
            OutboxFolder = Text(configuration, "Outbox:Folder") ?? PublishingOptions.DefaultOutboxFolder(),
            LocalFolder = Text(configuration, "Local:Folder"),
            Register = ReadRegister(configuration, errors),
            PdfConverter = Choice(configuration, "Pdf:Converter", PdfConverterKind.LibreOffice, errors,
                ("libreoffice", PdfConverterKind.LibreOffice), ("sharepoint", PdfConverterKind.SharePoint)),
        };
        if (options.PdfConverter == PdfConverterKind.SharePoint && !options.SharePointEnabled)
        {
            // Graph's rendition needs the library: say so at start, not after a number was taken.
            errors.Add(PublishingDiagnostics.Error("PUB311", "Pdf:Converter"));
        }

        return (options, errors);
    }

    private static SharePointOptions ReadSharePoint(IConfiguration c, List<Diagnostic> errors)
    {
        var siteUrl = Text(c, "SharePoint:SiteUrl");
        Uri? site = null;
        if (siteUrl is not null)
        {
            if (Uri.TryCreate(siteUrl, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps && parsed.Query.Length == 0)
            {
                site = parsed;
            }
            else
            {
                errors.Add(PublishingDiagnostics.Error("PUB003", "SharePoint:SiteUrl", "https://contoso.sharepoint.com/sites/DangUy", siteUrl));
            }
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in c.GetSection("SharePoint:Metadata").GetChildren())
        {
            if (column.Value is null)
            {
                continue;
            }

            metadata[column.Key] = column.Value;
            CheckLiquid("SharePoint:Metadata:" + column.Key, TypedValue.Split(column.Value).Text, errors);
        }

        var folder = Text(c, "SharePoint:Folder") ?? string.Empty;
        var fileName = Text(c, "SharePoint:FileName") ?? string.Empty;
        CheckLiquid("SharePoint:Folder", folder, errors);
        CheckLiquid("SharePoint:FileName", fileName, errors);
        return new SharePointOptions
        {
            SiteUrl = site,
            Library = Text(c, "SharePoint:Library") ?? "Documents",
            Folder = folder,
            FileName = fileName,
            ConflictBehavior = Choice(c, "SharePoint:ConflictBehavior", ConflictBehavior.Rename, errors,
                ("rename", ConflictBehavior.Rename), ("replace", ConflictBehavior.Replace), ("fail", ConflictBehavior.Fail)),
            Link = Choice(c, "SharePoint:Link", SharingLinkKind.OrganizationView, errors,
                ("organization-view", SharingLinkKind.OrganizationView), ("organization-edit", SharingLinkKind.OrganizationEdit), ("none", SharingLinkKind.None)),
            Pdf = Flag(c, "SharePoint:Pdf", errors),
            Metadata = metadata,
        };
    }

    /// <summary>The register of outgoing documents (<c>Register:*</c>, issue 14).</summary>
    private static Register.RegisterOptions ReadRegister(IConfiguration c, List<Diagnostic> errors)
    {
        DateOnly? termStart = null;
        if (Text(c, "Register:TermStart") is { } start)
        {
            if (DateOnly.TryParseExact(start, ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                termStart = parsed;
            }
            else
            {
                errors.Add(PublishingDiagnostics.Error("PUB002", "Register:TermStart", start, "yyyy-mm-dd"));
            }
        }

        return new Register.RegisterOptions
        {
            Numbering = Choice(c, "Register:Numbering", Register.NumberingPeriod.Term, errors,
                ("term", Register.NumberingPeriod.Term), ("year", Register.NumberingPeriod.Year)),
            TermStart = termStart,
            TermYears = Number(c, "Register:TermYears", 5, 1, 10, errors),
            DatabasePath = Text(c, "Register:DatabasePath"),
            ListName = Text(c, "Register:ListName") ?? new Register.RegisterOptions().ListName,
        };
    }

    private static GraphOptions ReadGraph(IConfiguration c, List<Diagnostic> errors)
    {
        var baseUrl = new Uri(GraphOptions.GlobalBaseUrl);
        if (Text(c, "Graph:BaseUrl") is { } text)
        {
            // http is accepted only for a local test server (the SDK refuses it elsewhere too).
            if (Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var parsed)
                && (parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback))
                && parsed.AbsolutePath.Length > 1)
            {
                baseUrl = parsed;
            }
            else
            {
                errors.Add(PublishingDiagnostics.Error("PUB003", "Graph:BaseUrl", GraphOptions.GlobalBaseUrl, text));
            }
        }

        return new GraphOptions
        {
            BaseUrl = baseUrl,
            MaxRetries = Number(c, "Graph:MaxRetries", 5, 0, 10, errors),
            TimeoutSeconds = Number(c, "Graph:TimeoutSeconds", 300, 10, 3600, errors),
            FragmentUnits = Number(c, "Graph:FragmentSize", 10, 1, 180, errors),
        };
    }

    private static AuthOptions ReadAuth(IConfiguration c, List<Diagnostic> errors)
    {
        var mode = Choice(c, "Auth:Mode", AuthMode.DeviceCode, errors, Enum.GetValues<AuthMode>().Select(m => (m.ToString(), m)).ToArray());
        var auth = new AuthOptions
        {
            Mode = mode,
            TenantId = Text(c, "Auth:TenantId"),
            ClientId = Text(c, "Auth:ClientId"),
            ClientSecret = Text(c, "Auth:ClientSecret"),
            CertificatePath = Text(c, "Auth:CertificatePath"),
            CertificatePassword = Text(c, "Auth:CertificatePassword"),
            ManagedIdentityClientId = Text(c, "Auth:ManagedIdentityClientId"),
            TokenFilePath = Text(c, "Auth:TokenFilePath"),
            RedirectUri = Text(c, "Auth:RedirectUri") is { } redirect ? new Uri(redirect, UriKind.Absolute) : null,
            AuthorityHost = Text(c, "Auth:AuthorityHost") is { } authority ? new Uri(authority, UriKind.Absolute) : null,
            AllowUnencryptedTokenCache = Flag(c, "Auth:AllowUnencryptedTokenCache", errors),
            AccessToken = Text(c, "GRAPH_TOKEN"),
        };

        void Require(string key, string? value, string hint)
        {
            if (value is null)
            {
                errors.Add(PublishingDiagnostics.Error("PUB001", key, hint));
            }
        }

        void RequireSecret(string key, string? value, string variable)
        {
            if (value is null)
            {
                errors.Add(PublishingDiagnostics.Error("PUB005", mode, key, variable));
            }
        }

        const string AppHint = "Xem docs/sharepoint-setup.md (đăng ký ứng dụng) / see docs/sharepoint-setup.md (app registration).";
        switch (mode)
        {
            case AuthMode.AccessToken:
                RequireSecret(AccessTokenVariable, auth.AccessToken, AccessTokenVariable);
                break;
            case AuthMode.ClientSecret:
                Require("Auth:TenantId", auth.TenantId, AppHint);
                Require("Auth:ClientId", auth.ClientId, AppHint);
                RequireSecret("Auth:ClientSecret", auth.ClientSecret, "LUCBINH_Auth__ClientSecret");
                break;
            case AuthMode.ClientCertificate:
                Require("Auth:TenantId", auth.TenantId, AppHint);
                Require("Auth:ClientId", auth.ClientId, AppHint);
                Require("Auth:CertificatePath", auth.CertificatePath, AppHint);
                break;
            case AuthMode.OnBehalfOf:
                Require("Auth:TenantId", auth.TenantId, AppHint);
                Require("Auth:ClientId", auth.ClientId, AppHint);
                RequireSecret("Auth:ClientSecret", auth.ClientSecret ?? auth.CertificatePath, "LUCBINH_Auth__ClientSecret");
                break;
            case AuthMode.DeviceCode or AuthMode.InteractiveBrowser:
                Require("Auth:ClientId", auth.ClientId, AppHint);
                break;
            default:
                break;
        }

        return auth;
    }

    /// <summary>Secrets must come from the environment or user secrets: a secret found in a JSON settings file is an error naming the file.</summary>
    private static void CheckSecretsNotInFiles(IConfiguration configuration, List<Diagnostic> errors)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return;
        }

        foreach (var provider in root.Providers.OfType<JsonConfigurationProvider>())
        {
            var root2 = (provider.Source.FileProvider as Microsoft.Extensions.FileProviders.PhysicalFileProvider)?.Root ?? string.Empty;
            if (root2.Contains("usersecrets", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var key in SecretKeys)
            {
                if (provider.TryGet(key, out var value) && !string.IsNullOrEmpty(value))
                {
                    var variable = key == "GRAPH_TOKEN" ? AccessTokenVariable : "LUCBINH_" + key.Replace(":", "__", StringComparison.Ordinal);
                    errors.Add(PublishingDiagnostics.Error("PUB006", key, Path.Combine(root2, provider.Source.Path ?? string.Empty), variable));
                }
            }
        }
    }

    private static void CheckLiquid(string key, string source, List<Diagnostic> errors)
    {
        try
        {
            NameTemplate.Parse(source, key);
        }
        catch (LucBinhException e)
        {
            errors.AddRange(e.Diagnostics);
        }
    }

    internal static string? Text(IConfiguration c, string key) =>
        string.IsNullOrWhiteSpace(c[key]) ? null : c[key]!.Trim();

    private static T Choice<T>(IConfiguration c, string key, T fallback, List<Diagnostic> errors, params (string Name, T Value)[] choices)
    {
        var text = Text(c, key);
        if (text is null)
        {
            return fallback;
        }

        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        errors.Add(PublishingDiagnostics.Error("PUB002", key, text, string.Join(", ", choices.Select(x => x.Name))));
        return fallback;
    }

    private static bool Flag(IConfiguration c, string key, List<Diagnostic> errors) =>
        Choice(c, key, false, errors, ("true", true), ("false", false), ("1", true), ("0", false), ("yes", true), ("no", false), ("có", true), ("không", false));

    private static int Number(IConfiguration c, string key, int fallback, int min, int max, List<Diagnostic> errors)
    {
        var text = Text(c, key);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(PublishingDiagnostics.Error("PUB008", key, min, max, text));
        return fallback;
    }
}
