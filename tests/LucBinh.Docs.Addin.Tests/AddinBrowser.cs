using System.Text.Json;
using LucBinh.Docs.TestSupport;
using Microsoft.Playwright;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Microsoft.Playwright (its driver ships in the NuGet package; no browser is
/// downloaded). Office.js's CDN address is answered with the stub in Assets/office-stub.js; every other address
/// outside the host under test is aborted, so a test never touches the network.
/// </summary>
internal sealed class AddinBrowser : IAsyncDisposable
{
    public const string OfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    /// <summary>Without the background-networking flags Chromium keeps calling home, which this closed network punishes.</summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _userData;

    private AddinBrowser(IPlaywright playwright, IBrowserContext context, string userData, List<string> aborted)
    {
        _playwright = playwright;
        Context = context;
        _userData = userData;
        Aborted = aborted;
    }

    public IBrowserContext Context { get; }

    /// <summary>Requests the browser tried outside the host (aborted).</summary>
    public List<string> Aborted { get; }

    /// <summary>/usr/bin/chromium, or the test is inconclusive (a failure when CI=true).</summary>
    public static string RequireChromium() => ExternalTools.Require("Chromium (Debian package chromium)", "/usr/bin/chromium", "chromium");

    public static async Task<AddinBrowser> LaunchAsync(string chromium, string hostBaseUrl)
    {
        var stub = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Assets", "office-stub.js"));
        var userData = RepoPaths.NewTempFolder();
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(userData, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Flags,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 380, Height = 760 },
            Locale = "vi-VN",
        });
        var aborted = new List<string>();

        // Routes are matched last-registered first: the Office.js route wins over the catch-all.
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(hostBaseUrl, StringComparison.Ordinal) || route.Request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (aborted)
                {
                    aborted.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        await context.RouteAsync(OfficeJs, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/javascript; charset=utf-8",
            Body = stub,
        }));
        return new AddinBrowser(playwright, context, userData, aborted);
    }

    /// <summary>A page whose Office stub is configured with <paramref name="config"/> before any script runs.</summary>
    public async Task<IPage> NewPageAsync(OfficeStubConfig config)
    {
        var page = await Context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.AddInitScriptAsync("window.__officeStubConfig = " + JsonSerializer.Serialize(config, OfficeStubConfig.Json) + ";");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_userData, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the system.
        }
    }
}
