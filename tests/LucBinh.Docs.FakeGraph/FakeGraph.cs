using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LucBinh.Docs.FakeGraph;

/// <summary>
/// A faithful local Microsoft Graph for SharePoint document libraries (graph-notes §11): real HTTP on 127.0.0.1,
/// driven by the real SDK. It enforces the documented rules, answers with Graph's error shape, injects faults, and
/// records every protocol violation in <see cref="Violations"/>; <see cref="AssertClean"/> fails a test on any (and on
/// upload sessions left open).
/// </summary>
public sealed partial class FakeGraph : IAsyncDisposable
{
    public const int FragmentUnit = 327_680;
    public const long MaxFragment = 60L * 1024 * 1024;
    public const long MaxSimpleUpload = 250L * 1024 * 1024;

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<string> _violations = [];
    private readonly List<string> _log = [];
    private readonly List<Fault> _faults = [];
    private readonly Dictionary<string, (long At, double Seconds, int Retries)> _throttled = [];
    private int _nextId;

    private FakeGraph(WebApplication app, TimeProvider time)
    {
        _app = app;
        Time = time;
    }

    public TimeProvider Time { get; }

    /// <summary><c>http://127.0.0.1:{port}/v1.0</c>: the value of Graph:BaseUrl in tests.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string Origin { get; private set; } = string.Empty;

    /// <summary>When true, every connection is aborted before anything is read (the office lost its internet).</summary>
    public bool Offline { get; set; }

    /// <summary>Graph routes answer 401 without a bearer token.</summary>
    public bool RequireAuth { get; set; } = true;

    /// <summary>A non-final fragment that is not a multiple of 320 KiB is refused with 400 (it is a violation either way).</summary>
    public bool StrictFragments { get; set; } = true;

    /// <summary>Path-addressed PUT/createUploadSession create missing parent folders (reported, unverified: off by default).</summary>
    public bool AutoCreateParents { get; set; }

    /// <summary>createLink with scope anonymous answers 403 (tenants often disable it).</summary>
    public bool AnonymousLinksDisabled { get; set; } = true;

    /// <summary>Whether quickXorHash is returned in file.hashes (SharePoint may omit it right after upload).</summary>
    public bool ReturnHashes { get; set; } = true;

    /// <summary>Default conflictBehavior of createUploadSession when the client omits it (docs: fail; observed: replace).</summary>
    public string SessionDefaultConflict { get; set; } = "fail";

    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most retries one request may make after 429/503 (the client's MaxRetry).</summary>
    public int MaxRetries { get; set; } = 10;

    public List<FakeSite> Sites { get; } = [];

    public Dictionary<string, FakeSession> Sessions { get; } = [];

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_gate)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>"METHOD raw-target → status" for every request, in order.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_gate)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Bearer tokens seen on Graph routes.</summary>
    public List<string> TokensSeen { get; } = [];

    public static async Task<FakeGraph> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.Limits.MaxRequestBodySize = MaxSimpleUpload + (1024 * 1024);
        });
        var app = builder.Build();
        var fake = new FakeGraph(app, time ?? TimeProvider.System);
        app.Run(fake.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Origin = address.TrimEnd('/');
        fake.BaseUrl = fake.Origin + "/v1.0";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Adds a site with one library; more libraries with <see cref="AddDrive"/>.</summary>
    public FakeSite AddSite(string host, string path, string library = "Documents", string urlSegment = "Shared Documents")
    {
        lock (_gate)
        {
            var site = new FakeSite(host, path.TrimEnd('/'), $"{host},{Guid.NewGuid()},{Guid.NewGuid()}");
            Sites.Add(site);
            AddDriveLocked(site, library, urlSegment);
            return site;
        }
    }

    public FakeDrive AddDrive(FakeSite site, string name, string urlSegment)
    {
        ArgumentNullException.ThrowIfNull(site);
        lock (_gate)
        {
            return AddDriveLocked(site, name, urlSegment);
        }
    }

    public void AddFault(Fault fault)
    {
        lock (_gate)
        {
            _faults.Add(fault);
        }
    }

    /// <summary>Faults added that did not fire as many times as asked: a test whose fault never happened proves nothing.</summary>
    public IReadOnlyList<Fault> UnfiredFaults()
    {
        lock (_gate)
        {
            return [.. _faults.Where(f => f.Applied < f.Count)];
        }
    }

    /// <summary>Every open upload session expires now.</summary>
    public void ExpireAll()
    {
        lock (_gate)
        {
            foreach (var s in Sessions.Values)
            {
                s.Expires = Time.GetUtcNow().AddSeconds(-1);
            }
        }
    }

    /// <summary>The item at a path of a library ("Báo cáo/2025/x.docx"), or null.</summary>
    public FakeItem? Find(FakeDrive drive, string path)
    {
        ArgumentNullException.ThrowIfNull(drive);
        lock (_gate)
        {
            return Resolve(drive.Root, path);
        }
    }

    public IReadOnlyList<FakeItem> Files(FakeDrive drive)
    {
        ArgumentNullException.ThrowIfNull(drive);
        lock (_gate)
        {
            var result = new List<FakeItem>();
            void Walk(FakeItem item)
            {
                foreach (var child in item.Children)
                {
                    if (child.IsFolder)
                    {
                        Walk(child);
                    }
                    else
                    {
                        result.Add(child);
                    }
                }
            }

            Walk(drive.Root);
            return result;
        }
    }

    /// <summary>Throws when any violation was recorded, a session is still open, or a fault never fired.</summary>
    public void AssertClean(bool allowOpenSessions = false, bool requireFaultsFired = true)
    {
        var problems = new List<string>(Violations);
        lock (_gate)
        {
            if (!allowOpenSessions)
            {
                // An expired session is gone on the service side too: only live ones count as leaked.
                problems.AddRange(Sessions.Values.Where(s => s.State == SessionState.Open && s.Expires > Time.GetUtcNow())
                    .Select(s => $"leaked upload session {s.Id} for '{s.Name}' ({s.ReceivedBytes} bytes received): neither committed nor deleted"));
            }

            if (requireFaultsFired)
            {
                problems.AddRange(_faults.Where(f => f.Applied < f.Count)
                    .Select(f => $"fault {f.Action} on {f.Route} fired {f.Applied} of {f.Count} times"));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Graph protocol violations:\n  " + string.Join("\n  ", problems) + "\nRequests:\n  " + string.Join("\n  ", Log));
        }
    }

    private FakeDrive AddDriveLocked(FakeSite site, string name, string urlSegment)
    {
        var drive = new FakeDrive(site, "b!" + Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_'), name, urlSegment);
        drive.Root = new FakeItem(NewId(), "root", null, isFolder: true, Time.GetUtcNow(), 0);
        site.Drives.Add(drive);
        return drive;
    }

    private string NewId() => "01FAKE" + Interlocked.Increment(ref _nextId).ToString("D20", CultureInfo.InvariantCulture);

    private void Violation(string route, string text)
    {
        lock (_gate)
        {
            _violations.Add($"[{route}] {text}");
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (Offline)
        {
            context.Abort();
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var q = raw.IndexOf('?', StringComparison.Ordinal);
        var rawPath = q < 0 ? raw : raw[..q];
        var query = q < 0 ? string.Empty : raw[(q + 1)..];
        // Decode the path exactly once; '+' stays '+' (graph-notes §11).
        var path = Uri.UnescapeDataString(rawPath);
        var method = context.Request.Method;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        var body = buffer.ToArray();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var route = Classify(path);
        var request = new FakeRequest(method, path, query, route, headers, body);
        var key = method + " " + raw;
        // Retries are timed per client: the SDK keeps a request's client-request-id across its retries, and several
        // clients may send the same URL at once (the register's queries and item POSTs).
        var timingKey = headers.TryGetValue("client-request-id", out var clientRequest) && clientRequest.Length > 0 ? key + " #" + clientRequest : key;
        CheckRetryTiming(timingKey, route);

        var fault = MatchFault(request);
        if (fault?.Action == FaultAction.Delay)
        {
            await Task.Delay(fault.DelayMs).ConfigureAwait(false);
        }

        if (fault?.Action == FaultAction.Drop)
        {
            Record(key, "dropped");
            context.Abort();
            return;
        }

        Reply reply;
        if (fault?.Action == FaultAction.Status)
        {
            reply = FaultReply(fault);
        }
        else
        {
            try
            {
                reply = Dispatch(request, fault);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or InvalidOperationException)
            {
                Violation(key, "request body is not the JSON expected: " + e.Message);
                reply = Error(400, "invalidRequest", "Invalid request body: " + e.Message);
            }
        }

        if (fault?.Action == FaultAction.LostAck)
        {
            Record(key, $"applied ({reply.Status}), acknowledgement lost");
            context.Abort();
            return;
        }

        if (reply.Status is 429 or 503 && reply.Headers.TryGetValue("Retry-After", out var after))
        {
            RememberThrottle(timingKey, after);
        }

        Record(key, reply.Status.ToString(CultureInfo.InvariantCulture));
        await WriteAsync(context, reply, headers).ConfigureAwait(false);
    }

    private void Record(string key, string outcome)
    {
        lock (_gate)
        {
            _log.Add(key + " → " + outcome);
        }
    }

    private Fault? MatchFault(FakeRequest request)
    {
        lock (_gate)
        {
            foreach (var f in _faults)
            {
                // A spent rule is not evaluated again: its When may have side effects (a test taking the line down).
                if (f.Applied >= f.Count
                    || (f.Route != RouteClass.Any && f.Route != request.Route)
                    || (f.Method is not null && !f.Method.Equals(request.Method, StringComparison.OrdinalIgnoreCase))
                    || (f.When is not null && !f.When(request)))
                {
                    continue;
                }

                f.Seen++;
                if (f.Seen > f.After && f.Applied < f.Count)
                {
                    f.Applied++;
                    return f;
                }
            }

            return null;
        }
    }

    private Reply FaultReply(Fault fault)
    {
        var reply = fault.Status switch
        {
            429 => Error(429, "activityLimitReached", "The request has been throttled", "throttledRequest"),
            503 => Error(503, "serviceNotAvailable", "The service is temporarily unavailable."),
            504 => Error(504, "gatewayTimeout", "The gateway timed out."),
            409 => Error(409, "resourceModified", "The resource has changed since the caller last read it."),
            423 => Error(423, "resourceLocked", "The resource is locked."),
            412 => Error(412, "preconditionFailed", "The precondition failed."),
            401 => Error(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid."),
            403 => Error(403, "accessDenied", "Access denied."),
            _ => Error(fault.Status, "generalException", "An unspecified error has occurred."),
        };
        if (fault.RetryAfterSeconds is { } seconds)
        {
            reply.Headers["Retry-After"] = fault.RetryAfterDate
                ? Time.GetUtcNow().AddSeconds(seconds).ToString("R", CultureInfo.InvariantCulture)
                : seconds.ToString(CultureInfo.InvariantCulture);
        }

        return reply;
    }

    /// <summary>A request repeated after a 429/503 must come no sooner than its Retry-After, and not too many times.</summary>
    private void CheckRetryTiming(string key, RouteClass route)
    {
        lock (_gate)
        {
            if (!_throttled.Remove(key, out var previous))
            {
                return;
            }

            var waited = Stopwatch.GetElapsedTime(previous.At).TotalSeconds;
            if (waited + 0.05 < previous.Seconds)
            {
                _violations.Add($"[{route} {key}] retried after {waited:0.000} s, before Retry-After {previous.Seconds} s");
            }

            if (previous.Retries + 1 > MaxRetries)
            {
                _violations.Add($"[{route} {key}] retried {previous.Retries + 1} times after throttling (max {MaxRetries})");
            }

            _throttled[key + "#count"] = (0, 0, previous.Retries + 1);
        }
    }

    private void RememberThrottle(string key, string retryAfter)
    {
        var seconds = double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s
            : DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? Math.Max(0, (date - Time.GetUtcNow()).TotalSeconds) - 1
            : 0;
        lock (_gate)
        {
            var retries = _throttled.TryGetValue(key + "#count", out var c) ? c.Retries : 0;
            _throttled[key] = (Stopwatch.GetTimestamp(), seconds, retries);
        }
    }

    private static RouteClass Classify(string path)
    {
        if (path.StartsWith("/_upload/", StringComparison.Ordinal))
        {
            return RouteClass.Upload;
        }

        if (path.StartsWith("/v1.0/sites/", StringComparison.Ordinal) && path.Contains("/lists", StringComparison.Ordinal))
        {
            return RouteClass.List;
        }

        if (path.Contains("/listItem", StringComparison.Ordinal) || path.EndsWith("/fields", StringComparison.Ordinal))
        {
            return RouteClass.Fields;
        }

        if (path.EndsWith("/createLink", StringComparison.Ordinal))
        {
            return RouteClass.Link;
        }

        return path.StartsWith("/v1.0/sites", StringComparison.Ordinal) ? RouteClass.Site : RouteClass.Drive;
    }

    private static async Task WriteAsync(HttpContext context, Reply reply, Dictionary<string, string> requestHeaders)
    {
        var response = context.Response;
        response.StatusCode = reply.Status;
        response.Headers["request-id"] = Guid.NewGuid().ToString();
        response.Headers["client-request-id"] = requestHeaders.TryGetValue("client-request-id", out var id) ? id : Guid.NewGuid().ToString();
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers[name] = value;
        }

        if (reply.Json is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(reply.Json.ToJsonString());
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes).ConfigureAwait(false);
        }
        else if (reply.Bytes is not null)
        {
            response.ContentType = reply.ContentType ?? "application/octet-stream";
            response.ContentLength = reply.Bytes.Length;
            await response.Body.WriteAsync(reply.Bytes).ConfigureAwait(false);
        }
    }

    private Reply Error(int status, string code, string message, string? innerCode = null)
    {
        var inner = new JsonObject();
        if (innerCode is not null)
        {
            inner["code"] = innerCode;
        }

        inner["date"] = Time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        inner["request-id"] = Guid.NewGuid().ToString();
        inner["client-request-id"] = Guid.NewGuid().ToString();
        return new Reply(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innerError"] = inner } });
    }

    private sealed record Reply(int Status, JsonObject? Json = null, byte[]? Bytes = null, string? ContentType = null)
    {
        public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
