using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// A web host that stores locally (reports, outbox and work folders in a fresh temp folder) and a browser pointed at
/// it, started once per test class on first use and disposed by the class's cleanup.
/// </summary>
internal sealed class LocalHostSession : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private (AddinHost Host, AddinBrowser Browser)? _started;

    /// <param name="settings">Settings added to the local folders (e.g. sign-in).</param>
    public LocalHostSession(IReadOnlyDictionary<string, string?>? settings = null) =>
        _settings = settings ?? new Dictionary<string, string?>();

    /// <summary>The host and browser, started on the first call (inconclusive, or failed in CI, without Chromium).</summary>
    public async Task<(AddinHost Host, AddinBrowser Browser)> GetAsync()
    {
        var chromium = AddinBrowser.RequireChromium();
        await Gate.WaitAsync();
        try
        {
            if (_started is null)
            {
                var work = RepoPaths.NewTempFolder();
                var settings = new Dictionary<string, string?>(_settings)
                {
                    ["Local:Folder"] = Path.Combine(work, "reports"),
                    ["Outbox:Folder"] = Path.Combine(work, "outbox"),
                    ["LucBinh:Web:WorkFolder"] = Path.Combine(work, "work"),
                };
                var host = await AddinHost.StartAsync(settings);
                _started = (host, await AddinBrowser.LaunchAsync(chromium, host.BaseUrl));
            }

            return _started.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_started is { } started)
        {
            await started.Browser.DisposeAsync();
            await started.Host.DisposeAsync();
            _started = null;
        }
    }
}
