using LucBinh.Docs.Web.Configuration;
using LucBinh.Docs.Web.Problems;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace LucBinh.Docs.Web.Auth;

/// <summary>
/// Validates the Office add-in's SSO token (JwtBearer): signature from the tenant's published keys, lifetime,
/// audience (the Application ID URI or the client id), issuer (v2 <c>{instance}{tid}/v2.0</c> or v1
/// <c>https://sts.windows.net/{tid}/</c>), and the policy <see cref="PolicyName"/> requires <c>scp</c> to hold
/// <c>access_as_user</c>. Failures are problem details: 401 WEB008, 403 WEB009.
/// </summary>
public static class WebAuthentication
{
    public const string PolicyName = "access_as_user";

    public static void Add(IServiceCollection services, WebAuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(auth);
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            // Keep the token's claim names (scp, tid, oid) instead of the legacy long URIs.
            o.MapInboundClaims = false;
            o.Authority = auth.ResolvedAuthority;
            if (auth.MetadataAddress is { } metadata)
            {
                o.MetadataAddress = metadata;
            }

            var metadataUri = new Uri(o.MetadataAddress ?? o.Authority, UriKind.Absolute);
            o.RequireHttpsMetadata = !metadataUri.IsLoopback;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = true,
                ValidAudiences = auth.Audiences,
                ValidateIssuer = true,
                ValidIssuers = auth.Issuers,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.FromMinutes(2),
            };
            o.Events = new JwtBearerEvents
            {
                OnChallenge = async context =>
                {
                    context.HandleResponse();
                    context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
                        ? "Bearer"
                        : "Bearer error=\"invalid_token\"";
                    await ProblemResults.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "WEB008").ConfigureAwait(false);
                },
                OnForbidden = context =>
                    ProblemResults.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "WEB009", auth.Scope),
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(PolicyName, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(c => c.User.FindAll("scp").Any(s => s.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(auth.Scope, StringComparer.Ordinal))));
    }
}
