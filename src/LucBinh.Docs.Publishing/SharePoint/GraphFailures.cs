using System.Net.Sockets;
using Azure.Identity;
using LucBinh.Docs.Diagnostics;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>
/// Turns what the SDK throws into a <see cref="PublishException"/> with a message a commune clerk can act on, and
/// decides whether the report waits in the outbox (graph-notes §6): <c>ODataError</c> for Graph calls,
/// <c>ServiceException</c> from upload sessions, <c>AggregateException("Too many retries…")</c> when the RetryHandler
/// gave up on 429/503/504, transport errors when offline, <c>TaskCanceledException</c> on HttpClient.Timeout,
/// Azure.Identity's exceptions when sign-in fails.
/// </summary>
internal static class GraphFailures
{
    /// <summary>The error mapping of raw requests sent through the adapter: every status parses as an ODataError.</summary>
    public static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public static PublishException Translate(Exception e, string site, int maxRetries, int timeoutSeconds, CancellationToken cancellationToken)
    {
        switch (e)
        {
            case PublishException publish:
                return publish;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
                throw e;
            case AuthenticationFailedException or CredentialUnavailableException:
                return new PublishException(PublishingDiagnostics.Error("PUB104", FirstLine(e.Message)), queueable: true, e);
            case AggregateException aggregate when aggregate.InnerExceptions.OfType<ApiException>().LastOrDefault() is { } last:
                return new PublishException(PublishingDiagnostics.Error("PUB102", last.ResponseStatusCode, maxRetries), queueable: true, e);
            case AggregateException aggregate when aggregate.InnerException is { } inner:
                return Translate(inner, site, maxRetries, timeoutSeconds, cancellationToken);
            case ApiException api:
                return FromStatus(api.ResponseStatusCode, Code(api), Message(api), site, maxRetries, e);
            case TaskCanceledException or TimeoutException:
                return new PublishException(PublishingDiagnostics.Error("PUB112", timeoutSeconds), queueable: true, e) { Offline = false };
            case HttpRequestException or IOException or SocketException:
                return new PublishException(PublishingDiagnostics.Error("PUB101", Innermost(e)), queueable: true, e) { Offline = true };
            case System.Text.Json.JsonException or ClientException:
                // An answer the SDK could not use: the service misbehaved; trying later may work.
                return new PublishException(PublishingDiagnostics.Error("PUB111", 0, e.GetType().Name, FirstLine(e.Message)), queueable: true, e);
            default:
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
                throw e;
        }
    }

    public static PublishException FromStatus(int status, string code, string message, string site, int maxRetries, Exception? inner) =>
        status switch
        {
            401 => new PublishException(PublishingDiagnostics.Error("PUB104", $"HTTP 401 {code}"), queueable: true, inner),
            403 => new PublishException(PublishingDiagnostics.Error("PUB105", site, status, code), queueable: true, inner),
            409 when code == "resourceModified" => new PublishException(PublishingDiagnostics.Error("PUB103", status, code), queueable: true, inner),
            423 => new PublishException(PublishingDiagnostics.Error("PUB103", status, code), queueable: true, inner),
            429 or 503 or 504 => new PublishException(PublishingDiagnostics.Error("PUB102", status, maxRetries), queueable: true, inner),
            >= 500 => new PublishException(PublishingDiagnostics.Error("PUB103", status, code), queueable: true, inner),
            _ => new PublishException(PublishingDiagnostics.Error("PUB111", status, code, message), queueable: false, inner),
        };

    public static int Status(Exception e) => e is ApiException api ? api.ResponseStatusCode : 0;

    /// <summary>The Graph error code (<c>nameAlreadyExists</c>…), from an ODataError or the raw body of a ServiceException.</summary>
    public static string Code(Exception e) => e switch
    {
        ODataError odata => odata.Error?.Code ?? "error",
        ServiceException service when service.RawResponseBody is { Length: > 0 } body => CodeFromBody(body),
        _ => "error",
    };

    public static bool IsTransport(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or IOException or SocketException
        || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        || (e is ServiceException service && (service.ResponseStatusCode >= 500 || service.ResponseStatusCode == 429 || service.ResponseStatusCode == 0) && service.InnerException is not null && IsTransport(service.InnerException, cancellationToken));

    private static string Message(ApiException e) => e is ODataError odata ? odata.Error?.Message ?? e.Message : FirstLine(e.Message);

    private static string CodeFromBody(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code)
                ? code.GetString() ?? "error"
                : "error";
        }
        catch (System.Text.Json.JsonException)
        {
            return "error";
        }
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return FirstLine(e.Message);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
