using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace LucBinh.Docs.TestSupport.Hostile;

/// <summary>The answer to one request: status, the body (kept up to a bound; its full length counted) and the time taken.</summary>
public sealed record WebAnswer(HttpStatusCode? Status, string Body, long BodyBytes, TimeSpan Elapsed, string? Failure)
{
    public int StatusCode => Status is { } s ? (int)s : 0;
}

/// <summary>
/// The real web host (<c>LucBinh.Docs.Web.dll</c>) as a separate process on http://127.0.0.1 at a free port, in the
/// Development environment (no https redirect), with its own templates, work, outbox and reports folders in a temp
/// folder, under an address-space limit. Its peak memory is read from /proc and can be reset between requests.
/// </summary>
public sealed class WebHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private WebHostProcess(Process process, Uri address, string folder)
    {
        _process = process;
        Address = address;
        Folder = folder;
        Client = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
    }

    public Uri Address { get; }

    public string Folder { get; }

    public string TemplatesFolder => Path.Combine(Folder, "templates");

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public bool IsRunning => !_process.HasExited;

    /// <summary>What the host wrote to its console (the last 64 KB), for a failure message.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public long PeakBytes => MeasuredProcess.PeakResidentBytes(_process.Id);

    public void ResetPeak() => MeasuredProcess.ResetPeak(_process.Id);

    /// <summary>The built web host of this repository (Release when the caller is a Release build).</summary>
    public static string BuiltWebHost()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(RepoPaths.Root, "src", "LucBinh.Docs.Web", "bin", configuration, "net10.0", "LucBinh.Docs.Web.dll");
    }

    /// <summary>
    /// Starts the host with <paramref name="templates"/> (id → .docx bytes) plus the bundled report template in its
    /// templates folder, and waits until /healthz answers.
    /// </summary>
    public static async Task<WebHostProcess> StartAsync(
        IReadOnlyDictionary<string, byte[]>? templates = null,
        IReadOnlyDictionary<string, string>? settings = null,
        string? webHostDll = null,
        long addressSpaceBytes = 8_000_000_000)
    {
        var dll = webHostDll ?? BuiltWebHost();
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("the web host is not built: dotnet build src/LucBinh.Docs.Web", dll);
        }

        var folder = RepoPaths.NewTempFolder();
        var templatesFolder = Directory.CreateDirectory(Path.Combine(folder, "templates")).FullName;
        RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, templatesFolder);
        foreach (var (id, bytes) in templates ?? new Dictionary<string, byte[]>())
        {
            File.WriteAllBytes(Path.Combine(templatesFolder, id + ".docx"), bytes);
        }

        var port = FreePort();
        var start = new ProcessStartInfo("prlimit")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[] { string.Create(CultureInfo.InvariantCulture, $"--as={addressSpaceBytes}"), "--", "dotnet", dll, "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["LUCBINH_LucBinh__Web__TemplatesFolder"] = templatesFolder;
        start.Environment["LUCBINH_LucBinh__Web__WorkFolder"] = Path.Combine(folder, "work");
        start.Environment["LUCBINH_Outbox__Folder"] = Path.Combine(folder, "outbox");
        start.Environment["LUCBINH_Local__Folder"] = Path.Combine(folder, "reports");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start the web host");
        var host = new WebHostProcess(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")), folder);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                var log = host.Log;
                host.Dispose();
                throw new InvalidOperationException("the web host exited at start: " + log);
            }

            if ((await host.HealthAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false)).StatusCode == 200)
            {
                return host;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        host.Dispose();
        throw new TimeoutException("the web host did not answer /healthz within 60 s");
    }

    /// <summary>GET /healthz with a time limit.</summary>
    public Task<WebAnswer> HealthAsync(TimeSpan limit) => SendAsync(() => new HttpRequestMessage(HttpMethod.Get, "healthz"), limit, 4096);

    /// <summary>POSTs a multipart form (<c>workbook</c> file plus fields) to <paramref name="path"/>, keeping at most <paramref name="keepBytes"/> of the answer.</summary>
    public Task<WebAnswer> PostFormAsync(string path, byte[] workbook, string fileName, IEnumerable<(string Name, string Value)> fields, TimeSpan limit, long keepBytes = 4 << 20) =>
        SendAsync(
            () =>
            {
                var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(workbook);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                form.Add(file, "workbook", fileName);
                foreach (var (name, value) in fields)
                {
                    form.Add(new StringContent(value), name);
                }

                return new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
            },
            limit,
            keepBytes);

    public async Task<WebAnswer> SendAsync(Func<HttpRequestMessage> request, TimeSpan limit, long keepBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            using var message = request();
            using var response = await Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancel.Token).ConfigureAwait(false);
            await using var stream = await response.Content.ReadAsStreamAsync(cancel.Token).ConfigureAwait(false);
            var kept = new MemoryStream();
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (kept.Length < keepBytes)
                {
                    kept.Write(buffer, 0, (int)Math.Min(read, keepBytes - kept.Length));
                }
            }

            return new WebAnswer(response.StatusCode, Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length), total, clock.Elapsed, null);
        }
        catch (OperationCanceledException)
        {
            return new WebAnswer(null, string.Empty, 0, clock.Elapsed, string.Create(CultureInfo.InvariantCulture, $"no answer within {limit.TotalSeconds:0} s"));
        }
        catch (HttpRequestException e)
        {
            return new WebAnswer(null, string.Empty, 0, clock.Elapsed, "connection failed: " + e.Message);
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        MeasuredProcess.Kill(_process);
        _process.WaitForExit(10_000);
        _process.Dispose();
        try
        {
            Directory.Delete(Folder, true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
            if (_log.Length > 65536)
            {
                _log.Remove(0, _log.Length - 65536);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
