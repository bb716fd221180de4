using Microsoft.Net.Http.Headers;

namespace LucBinh.Docs.Web.Auth;

/// <summary>The caller's bearer token, once authentication has validated it (null when sign-in is off or absent).</summary>
public static class UserToken
{
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
