using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LucBinh.Docs.Web.Problems;

/// <summary>
/// Every error of the API as RFC 9457 problem details: <c>type</c> <c>urn:lucbinh-docs:error:WEB0xx</c>, a localized
/// <c>title</c> and <c>detail</c>, and the extensions <c>code</c>, <c>diagnostics</c> (the tracker's or template's
/// problems, each with its place) and <c>traceId</c>.
/// </summary>
public static class ProblemResults
{
    public const string TypePrefix = "urn:lucbinh-docs:error:";

    public static ProblemDetails Details(HttpContext context, int status, string code, UiLanguage language, IEnumerable<Diagnostic>? diagnostics, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = new ProblemDetails
        {
            Type = TypePrefix + code,
            Status = status,
            Title = WebText.Title(code, language),
            Detail = WebText.Detail(code, language, arguments),
            Instance = context.Request.Path,
        };
        problem.Extensions["code"] = code;
        if (context.RequestServices?.GetService<PublicDiagnostics>() is { } shown)
        {
            var (list, more) = shown.ToJson(diagnostics ?? [], language, context);
            problem.Extensions["diagnostics"] = list;
            if (more > 0)
            {
                problem.Extensions["moreDiagnostics"] = more;
            }
        }
        else
        {
            problem.Extensions["diagnostics"] = DiagnosticJson.From(diagnostics ?? [], language);
        }

        problem.Extensions["traceId"] = context.TraceIdentifier;
        return problem;
    }

    public static IResult Create(HttpContext context, int status, string code, UiLanguage language, IEnumerable<Diagnostic>? diagnostics = null, params object?[] arguments)
    {
        RequestLanguage.Mark(context, language);
        return TypedResults.Problem(Details(context, status, code, language, diagnostics, arguments));
    }

    /// <summary>
    /// 502 for a remote service that failed (the SharePoint template library): the arguments of its diagnostic, with the
    /// service's own error text kept in the server's log (<see cref="PublicDiagnostics"/>).
    /// </summary>
    public static IResult RemoteFailure(HttpContext context, string code, UiLanguage language, LucBinhException failure)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(failure);
        var first = failure.Diagnostics.Count > 0 ? failure.Diagnostics[0] : null;
        if (first is not null && context.RequestServices?.GetService<PublicDiagnostics>() is { } shown)
        {
            first = shown.Clean(first, context.TraceIdentifier);
        }

        return Create(context, StatusCodes.Status502BadGateway, code, language, null, [.. first?.Arguments ?? []]);
    }

    /// <summary>Writes a problem from middleware (authentication events, timeouts).</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Create(context, status, code, RequestLanguage.Of(context), null, arguments).ExecuteAsync(context);
    }
}
