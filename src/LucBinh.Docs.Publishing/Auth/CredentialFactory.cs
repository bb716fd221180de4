using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using LucBinh.Docs.Publishing.Configuration;

namespace LucBinh.Docs.Publishing.Auth;

/// <summary>
/// Makes the <see cref="TokenCredential"/> of <c>Auth:Mode</c>. The hosts call this at their edge and inject the
/// credential (the CLI for its modes; the web host with the add-in's SSO token for OnBehalfOf); services never build one.
/// The authority follows Graph:BaseUrl's cloud unless Auth:AuthorityHost says otherwise (graph-notes §7, §8).
/// </summary>
public static class CredentialFactory
{
    public const string TokenCacheName = "lucbinh-docs";

    /// <param name="options">Validated options.</param>
    /// <param name="prompt">Shows a message to the person at the terminal (the device code, the no-secure-store notice).</param>
    /// <param name="userAssertion">The user's token for OnBehalfOf (from <c>Office.auth.getAccessToken()</c>).</param>
    public static TokenCredential Create(PublishingOptions options, Action<string>? prompt = null, string? userAssertion = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var auth = options.Auth;
        var authority = auth.AuthorityHost ?? options.Graph.AuthorityHost;
        var language = Localization.UiLanguage.Vietnamese;
        prompt ??= Console.Error.WriteLine;
        switch (auth.Mode)
        {
            case AuthMode.AccessToken:
                return new StaticTokenCredential(auth.AccessToken ?? throw Missing(PublishingOptionsReader.AccessTokenVariable));
            case AuthMode.ClientSecret:
                return new ClientSecretCredential(auth.TenantId, auth.ClientId, auth.ClientSecret,
                    new ClientSecretCredentialOptions { AuthorityHost = authority });
            case AuthMode.ClientCertificate:
                return new ClientCertificateCredential(auth.TenantId, auth.ClientId, LoadCertificate(auth),
                    new ClientCertificateCredentialOptions { AuthorityHost = authority, SendCertificateChain = true });
            case AuthMode.ManagedIdentity:
                return new ManagedIdentityCredential(auth.ManagedIdentityClientId is { } id
                    ? ManagedIdentityId.FromUserAssignedClientId(id)
                    : ManagedIdentityId.SystemAssigned);
            case AuthMode.WorkloadIdentity:
                var workload = new WorkloadIdentityCredentialOptions { AuthorityHost = authority };
                if (auth.TenantId is not null)
                {
                    workload.TenantId = auth.TenantId;
                }

                if (auth.ClientId is not null)
                {
                    workload.ClientId = auth.ClientId;
                }

                if (auth.TokenFilePath is not null)
                {
                    workload.TokenFilePath = auth.TokenFilePath;
                }

                return new WorkloadIdentityCredential(workload);
            case AuthMode.AzureCli:
                return new AzureCliCredential(new AzureCliCredentialOptions { TenantId = auth.TenantId, AuthorityHost = authority });
            case AuthMode.OnBehalfOf:
                var assertion = userAssertion ?? throw new InvalidOperationException("OnBehalfOf needs the user's token from the add-in (userAssertion).");
                var obo = new OnBehalfOfCredentialOptions { AuthorityHost = authority };
                return auth.ClientSecret is not null
                    ? new OnBehalfOfCredential(auth.TenantId, auth.ClientId, auth.ClientSecret, assertion, obo)
                    : new OnBehalfOfCredential(auth.TenantId, auth.ClientId, LoadCertificate(auth), assertion, obo);
            case AuthMode.InteractiveBrowser:
                return new RememberedSignIn(persist => new InteractiveBrowserCredential(new InteractiveBrowserCredentialOptions
                {
                    TenantId = auth.TenantId ?? "organizations",
                    ClientId = auth.ClientId,
                    AuthorityHost = authority,
                    RedirectUri = auth.RedirectUri ?? new Uri("http://localhost"),
                    TokenCachePersistenceOptions = persist ? CacheOptions(auth) : null,
                    AuthenticationRecord = RememberedSignIn.LoadRecord(),
                }), msg => prompt(msg), language);
            case AuthMode.DeviceCode:
            default:
                return new RememberedSignIn(persist => new DeviceCodeCredential(new DeviceCodeCredentialOptions
                {
                    TenantId = auth.TenantId ?? "organizations",
                    ClientId = auth.ClientId,
                    AuthorityHost = authority,
                    TokenCachePersistenceOptions = persist ? CacheOptions(auth) : null,
                    AuthenticationRecord = RememberedSignIn.LoadRecord(),
                    DeviceCodeCallback = (code, _) =>
                    {
                        prompt(PublishingDiagnostics.Text("Text.DeviceCode", language, code.VerificationUri, code.UserCode));
                        return Task.CompletedTask;
                    },
                }), msg => prompt(msg), language);
        }
    }

    private static TokenCachePersistenceOptions CacheOptions(AuthOptions auth) => new()
    {
        Name = TokenCacheName,
        UnsafeAllowUnencryptedStorage = auth.AllowUnencryptedTokenCache,
    };

    private static X509Certificate2 LoadCertificate(AuthOptions auth)
    {
        var path = auth.CertificatePath ?? throw Missing("Auth:CertificatePath");
        return Path.GetExtension(path).Equals(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, auth.CertificatePassword);
    }

    private static InvalidOperationException Missing(string key) => new($"{key} is required (checked by PublishingOptionsReader).");
}
