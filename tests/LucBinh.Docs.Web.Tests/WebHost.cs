using System.Net.Http.Headers;
using System.Text.Json;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// The web host on real Kestrel at http://127.0.0.1:0 with its own work, outbox and local folders, the repository's
/// templates, and an HttpClient pointed at it.
/// </summary>
internal sealed class WebHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebHost(WebApplication app, string folder, Uri address)
    {
        _app = app;
        Folder = folder;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public string Folder { get; }

    public string WorkFolder => Path.Combine(Folder, "work");

    public string OutboxFolder => Path.Combine(Folder, "outbox");

    public string LocalFolder => Path.Combine(Folder, "reports");

    public HttpClient Client { get; }

    public static async Task<WebHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var folder = RepoPaths.NewTempFolder();
        var app = Build(["--urls", "http://127.0.0.1:0"], folder, settings, services);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebHost(app, folder, new Uri(address));
    }

    /// <summary>The host built (not started) with <paramref name="args"/> and the test folders under <paramref name="folder"/>.</summary>
    public static WebApplication Build(string[] args, string folder, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var config = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["LucBinh:Web:TemplatesFolder"] = RepoPaths.Templates,
            ["LucBinh:Web:WorkFolder"] = Path.Combine(folder, "work"),
            ["Outbox:Folder"] = Path.Combine(folder, "outbox"),
            ["Local:Folder"] = Path.Combine(folder, "reports"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        return LucBinhWebApp.Build(args, builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            builder.Logging.ClearProviders();
            services?.Invoke(builder.Services);
        });
    }

    /// <summary>Every file under the test's folders (work, outbox, local store).</summary>
    public IReadOnlyList<string> StoredFiles() =>
        [.. new[] { WorkFolder, OutboxFolder, LocalFolder }.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))];

    public static MultipartFormDataContent Form(byte[] workbook, string fileName = "so-theo-doi.xlsx", params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "workbook", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new AssertFailedException($"{(int)response.StatusCode}: not JSON: {text}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(Folder, true);
        }
        catch (IOException)
        {
        }
    }
}
