using Azure.Core;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>
/// The two HTTP clients of publishing (graph-notes §2, §6, §7):
/// <list type="bullet">
/// <item>Graph calls: bearer token for the Graph host only (allowed hosts = Graph:BaseUrl's host, scope
/// <c>{root}/.default</c>), Kiota's RetryHandler honouring Retry-After on 429/503/504 up to Graph:MaxRetries, and
/// HttpClient.Timeout = Graph:TimeoutSeconds (it covers the Retry-After sleeps too).</item>
/// <item>Upload-session fragments: the same middleware but <b>no authentication at all</b> — the uploadUrl carries its
/// own tempauth and an Authorization header there "may result in 401" (passing graph.RequestAdapter to
/// LargeFileUploadTask leaks it). Guarded by the fake's "Authorization on upload URL" violation.</item>
/// </list>
/// </summary>
public static class GraphClients
{
    public static GraphServiceClient CreateGraph(GraphOptions options, TokenCredential credential, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var auth = new AzureIdentityAuthenticationProvider(credential, [options.BaseUrl.Host], null, true, options.Scope);
        return new GraphServiceClient(Http(options, finalHandler), auth, options.BaseUrl.ToString().TrimEnd('/'));
    }

    public static IRequestAdapter CreateUploadAdapter(GraphOptions options, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BaseGraphRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: Http(options, finalHandler));
    }

    private static HttpClient Http(GraphOptions options, HttpMessageHandler? finalHandler)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries, Delay = 3 });
            }
        }

        var http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        return http;
    }
}
