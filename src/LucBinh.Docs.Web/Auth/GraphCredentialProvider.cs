using Azure.Core;
using LucBinh.Docs.Publishing.Configuration;

namespace LucBinh.Docs.Web.Auth;

/// <summary>
/// Makes the credential publishing uses for one request. The default calls <c>CredentialFactory.Create</c> with the
/// incoming SSO token as the user assertion (Auth:Mode OnBehalfOf exchanges it for a Graph token). It is a service so
/// that tests, which cannot reach Microsoft Entra ID, register their own and check that the user's token is what
/// reaches it.
/// </summary>
/// <param name="options">The publishing options read at start.</param>
/// <param name="userAssertion">The caller's validated bearer token; null when sign-in is off.</param>
public delegate TokenCredential GraphCredentialProvider(PublishingOptions options, string? userAssertion);
