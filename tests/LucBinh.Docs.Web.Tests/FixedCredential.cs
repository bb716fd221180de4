using Azure.Core;

namespace LucBinh.Docs.Web.Tests;

/// <summary>Stands for the on-behalf-of credential: a Graph token derived from the user's assertion.</summary>
internal sealed class FixedCredential(string token) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
