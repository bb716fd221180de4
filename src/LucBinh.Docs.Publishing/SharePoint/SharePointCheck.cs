using Azure.Core;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Extensions.Configuration;

namespace LucBinh.Docs.Publishing.SharePoint;

public enum CheckStatus
{
    Ok,
    Failed,
    Skipped,
}

/// <summary>One line of <c>lucbinh-docs sharepoint check</c>: a step (<c>Check.Site</c>…, a key of the catalog), its status, what was found and the problem.</summary>
public sealed record CheckStep(string Step, CheckStatus Status, string? Detail = null, Diagnostic? Problem = null);

/// <summary>Whether <c>sharepoint check</c> also looks at the register list, and creates what is missing (<c>--fix</c>).</summary>
public enum RegisterCheck
{
    None,
    Check,
    Fix,
}

/// <summary>
/// <c>lucbinh-docs sharepoint check</c>: verifies the configuration, the sign-in, the site, the library and (with
/// <c>writeProbe</c>) the write permission against the real tenant, stopping at the first failed step. It writes
/// nothing, or one probe file at the library root (<c>.lucbinh-docs-check-{guid}.txt</c>, conflict fail) that it then
/// deletes. With <see cref="RegisterCheck.Fix"/> it creates the register list and its columns when missing (needs
/// Sites.Manage.All: docs/sharepoint-setup.md).
/// </summary>
public static class SharePointCheck
{
    public static async Task<IReadOnlyList<CheckStep>> RunAsync(
        IConfiguration configuration,
        Func<PublishingOptions, TokenCredential> credentialFactory,
        bool writeProbe,
        HttpMessageHandler? finalHandler = null,
        RegisterCheck register = RegisterCheck.None,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credentialFactory);
        var steps = new List<CheckStep>();
        var (options, errors) = PublishingOptionsReader.TryRead(configuration);
        if (errors.Count > 0 || !options.SharePointEnabled)
        {
            var problem = errors.Count > 0 ? errors[0] : PublishingDiagnostics.Error("PUB001", "SharePoint:SiteUrl", string.Empty);
            steps.Add(new CheckStep("Check.Configuration", CheckStatus.Failed, null, problem));
            steps.AddRange(errors.Skip(1).Select(e => new CheckStep("Check.Configuration", CheckStatus.Failed, null, e)));
            return Skip(steps, register == RegisterCheck.None ? ["Check.SignIn", "Check.Site", "Check.Library", "Check.Write"] : ["Check.SignIn", "Check.Site", "Check.Library", "Check.Write", "Check.Register"]);
        }

        steps.Add(new CheckStep("Check.Configuration", CheckStatus.Ok, $"{options.SharePoint.SiteUrl} › {options.SharePoint.Library} ({options.Auth.Mode})"));
        TokenCredential credential;
        try
        {
            credential = credentialFactory(options);
            await credential.GetTokenAsync(new TokenRequestContext([options.Graph.Scope]), cancellationToken).ConfigureAwait(false);
            steps.Add(new CheckStep("Check.SignIn", CheckStatus.Ok, options.Auth.Mode.ToString()));
        }
        catch (Exception e) when (e is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException or InvalidOperationException or ArgumentException)
        {
            steps.Add(new CheckStep("Check.SignIn", CheckStatus.Failed, null, PublishingDiagnostics.Error("PUB104", e.Message)));
            return Skip(steps, register == RegisterCheck.None ? ["Check.Site", "Check.Library", "Check.Write"] : ["Check.Site", "Check.Library", "Check.Write", "Check.Register"]);
        }

        using var store = new SharePointStore(options, credential, finalHandler);
        steps.AddRange(await store.CheckAsync(writeProbe, cancellationToken).ConfigureAwait(false));
        if (register != RegisterCheck.None)
        {
            steps.Add(steps.Any(s => s.Step == "Check.Site" && s.Status == CheckStatus.Ok)
                ? await store.CheckRegisterAsync(options.Register.ListName, register == RegisterCheck.Fix, cancellationToken).ConfigureAwait(false)
                : new CheckStep("Check.Register", CheckStatus.Skipped));
        }

        return steps;
    }

    private static List<CheckStep> Skip(List<CheckStep> steps, params string[] rest)
    {
        steps.AddRange(rest.Select(s => new CheckStep(s, CheckStatus.Skipped)));
        return steps;
    }
}
