using Azure.Core;
using Azure.Identity;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Publishing.Auth;

/// <summary>
/// A person's sign-in (device code or browser) remembered between runs: the token cache is persisted in the OS's
/// secure store and the account (an <see cref="AuthenticationRecord"/>, no secret in it) in the user's config folder,
/// so later runs are silent. Where the OS offers no secure store (a headless Linux without libsecret) the cache cannot
/// be persisted: the person is told once (Text.NoSecureStore) and the sign-in lasts for this run only, unless
/// Auth:AllowUnencryptedTokenCache accepts a plain file.
/// </summary>
internal sealed class RememberedSignIn : TokenCredential, IDisposable
{
    private readonly Func<bool, TokenCredential> _create;
    private readonly Action<string> _prompt;
    private readonly UiLanguage _language;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TokenCredential _inner;
    private bool _persistent = true;
    private bool _recorded = LoadRecord() is not null;

    public RememberedSignIn(Func<bool, TokenCredential> create, Action<string> prompt, UiLanguage language)
    {
        _create = create;
        _prompt = prompt;
        _language = language;
        _inner = create(true);
    }

    public void Dispose() => _gate.Dispose();

    public static string RecordPath =>
        Path.Combine(Path.GetDirectoryName(Configuration.PublishingConfiguration.DefaultUserConfigFile())!, "sign-in.json");

    public static AuthenticationRecord? LoadRecord()
    {
        try
        {
            if (!File.Exists(RecordPath))
            {
                return null;
            }

            using var stream = File.OpenRead(RecordPath);
            return AuthenticationRecord.Deserialize(stream, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_recorded)
            {
                await RememberAsync(requestContext, cancellationToken).ConfigureAwait(false);
            }

            return await _inner.GetTokenAsync(requestContext, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (_persistent && IsCachePersistenceFailure(e))
        {
            _persistent = false;
            _prompt(PublishingDiagnostics.Text("Text.NoSecureStore", _language));
            _inner = _create(false);
            return await _inner.GetTokenAsync(requestContext, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RememberAsync(TokenRequestContext context, CancellationToken cancellationToken)
    {
        AuthenticationRecord record = _inner switch
        {
            DeviceCodeCredential device => await device.AuthenticateAsync(context, cancellationToken).ConfigureAwait(false),
            InteractiveBrowserCredential browser => await browser.AuthenticateAsync(context, cancellationToken).ConfigureAwait(false),
            _ => throw new InvalidOperationException("Only person sign-ins are remembered."),
        };
        _recorded = true;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(RecordPath)!);
            using var stream = File.Create(RecordPath);
            await record.SerializeAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not remembering the account only means signing in again next run.
        }
    }

    private static bool IsCachePersistenceFailure(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x.GetType().Name.Contains("CachePersistence", StringComparison.Ordinal)
                || x.Message.Contains("persistence", StringComparison.OrdinalIgnoreCase)
                || x.Message.Contains("libsecret", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
