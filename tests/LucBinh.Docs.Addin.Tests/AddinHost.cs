using LucBinh.Docs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>The real web host (<see cref="LucBinhWebApp.Build"/>) on Kestrel at http://127.0.0.1:{free port}.</summary>
internal sealed class AddinHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AddinHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary><c>http://127.0.0.1:{port}/</c>, with the trailing slash.</summary>
    public string BaseUrl { get; }

    public static async Task<AddinHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var app = LucBinhWebApp.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", "Production"],
            builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AddinHost(app, address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
