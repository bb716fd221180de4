using System.Diagnostics;
using System.Net;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace LucBinh.Docs.Web.Tests;

/// <summary>
/// The host stays up and fair: the request's time limit reaches the running job (its token) and the request ends only
/// once the job has stopped; a concurrency limiter holds heavy requests to a few at once with a small queue and answers
/// 503 WEB016 with Retry-After past it, while /healthz and static files answer at once; the server's limits reach the
/// job, overridable by configuration. Jobs are stood in for by <see cref="ReportWork"/> subclasses that observe what
/// they are given (hostile inputs themselves are the tracker's and template's tests).
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class ConcurrencyAndCancellationTests
{
    private const string Template = "bao-cao-ket-qua-phoi-hop";

    private static MultipartFormDataContent Form(string name = "so.xlsx") => WebHost.Form(Trackers.Sample, name, ("template", Template), ("publish", "false"));

    [TestMethod]
    public async Task A_request_over_its_time_limit_stops_the_running_job_before_it_is_answered_503()
    {
        var job = new SpinsUntilCancelled();
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?> { ["LucBinh:Web:RequestTimeoutSeconds"] = "1" },
            services => services.AddSingleton<ReportWork>(job));
        var clock = Stopwatch.StartNew();

        using var response = await host.Client.PostAsync("/api/reports", Form());
        var answered = clock.Elapsed;
        var json = await WebHost.JsonAsync(response);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode, json.ToString());
        Assert.AreEqual("WEB007", json.GetProperty("code").GetString());
        Assert.IsTrue(job.Stopped.Task.IsCompleted, "the job had stopped when the 503 was sent");
        var stoppedAfter = await job.Stopped.Task;
        Assert.IsTrue(stoppedAfter < TimeSpan.FromSeconds(2), $"the job ran {stoppedAfter} (the request's limit is 1 s, counted from its start)");
        Assert.IsTrue(answered >= TimeSpan.FromSeconds(0.9) && answered < TimeSpan.FromSeconds(3), $"answered after {answered}");
        var spins = job.Spins;
        await Task.Delay(300);
        Assert.AreEqual(spins, job.Spins, "no work after the stop");
        Console.WriteLine($"job stopped {stoppedAfter.TotalMilliseconds:0} ms after it started, answer after {answered.TotalMilliseconds:0} ms");
    }

    [TestMethod]
    public async Task Check_gets_the_requests_token_and_the_server_limits_too()
    {
        var job = new SpinsUntilCancelled();
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?> { ["LucBinh:Web:RequestTimeoutSeconds"] = "1" },
            services => services.AddSingleton<ReportWork>(job));

        using var response = await host.Client.PostAsync("/api/check", Form());

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.IsTrue(job.Stopped.Task.IsCompleted);
        Assert.AreEqual(Tracker.TrackerLimits.Server, job.Limits?.Tracker);
        Assert.AreEqual(Templating.TemplateLimits.Server, job.Limits?.Template);
    }

    [TestMethod]
    public async Task Limits_are_the_servers_with_the_configured_values_and_an_unknown_limit_stops_the_host()
    {
        var job = new RecordsLimits();
        var presetCells = Tracker.TrackerLimits.Server.MaxCells;
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["LucBinh:Web:Limits:Tracker:MaxCells"] = "1234567",
                ["LucBinh:Web:Limits:Template:MaxOutputBytes"] = "40000000",
            },
            services => services.AddSingleton<ReportWork>(job));

        using var response = await host.Client.PostAsync("/api/reports", Form());

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual(1_234_567, job.Limits!.Tracker.MaxCells);
        Assert.AreEqual(Tracker.TrackerLimits.Server.MaxUnpackedBytes, job.Limits.Tracker.MaxUnpackedBytes, "the rest stays the server's");
        Assert.AreEqual(40_000_000, job.Limits.Template.MaxOutputBytes);
        Assert.AreEqual(presetCells, Tracker.TrackerLimits.Server.MaxCells, "the shared preset is not changed");

        var folder = TestSupport.RepoPaths.NewTempFolder();
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => WebHost.Build(["--urls", "http://127.0.0.1:0"], folder, new Dictionary<string, string?> { ["LucBinh:Web:Limits:Tracker:MaxCels"] = "5" }));
        StringAssert.Contains(e.Message, "MaxCels");
    }

    [TestMethod]
    public async Task While_the_permits_are_held_health_and_static_files_answer_at_once_one_request_waits_and_the_next_is_503()
    {
        using var job = new WaitsForRelease();
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["LucBinh:Web:MaxConcurrentJobs"] = "2",
                ["LucBinh:Web:MaxQueuedJobs"] = "1",
                ["LucBinh:Web:RetryAfterSeconds"] = "7",
            },
            services => services.AddSingleton<ReportWork>(job));

        var holding = new[] { host.Client.PostAsync("/api/reports", Form()), host.Client.PostAsync("/api/check", Form()) };
        await job.Started(2).WaitAsync(TimeSpan.FromSeconds(30));
        var queued = host.Client.PostAsync("/api/reports", Form());
        await Task.Delay(300);
        Assert.IsFalse(queued.IsCompleted, "the third waits for a permit");

        using var refused = await host.Client.PostAsync("/api/check", Form());
        var clock = Stopwatch.StartNew();
        using var health = await host.Client.GetAsync("/healthz");
        var healthTime = clock.Elapsed;
        using var page = await host.Client.GetAsync("/taskpane.html");
        using var templates = await host.Client.GetAsync("/api/templates");

        var json = await WebHost.JsonAsync(refused);
        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, refused.StatusCode, json.ToString());
        Assert.AreEqual("WEB016", json.GetProperty("code").GetString());
        Assert.AreEqual("Máy chủ đang bận", json.GetProperty("title").GetString());
        Assert.AreEqual(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);
        Assert.AreEqual(HttpStatusCode.OK, health.StatusCode);
        Assert.IsTrue(healthTime < TimeSpan.FromSeconds(1), $"/healthz took {healthTime}");
        Assert.AreEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, templates.StatusCode);
        Assert.AreEqual(2, job.Running, "never more than the permits at once");

        job.Release();
        foreach (var response in await Task.WhenAll([.. holding, queued]))
        {
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
            response.Dispose();
        }

        Assert.AreEqual(3, job.Total);
        Assert.AreEqual(2, job.MostAtOnce);
    }

    [TestMethod]
    public async Task A_normal_report_and_health_answer_while_four_cpu_hungry_requests_run()
    {
        var job = new HostileBurnsCpu(TimeSpan.FromSeconds(3));
        await using var host = await WebHost.StartAsync(
            new Dictionary<string, string?> { ["LucBinh:Web:MaxConcurrentJobs"] = "2", ["LucBinh:Web:MaxQueuedJobs"] = "8" },
            services => services.AddSingleton<ReportWork>(job));

        var hostile = Enumerable.Range(0, 4).Select(_ => host.Client.PostAsync("/api/check", Form("hostile.xlsx"))).ToArray();
        await job.Burning.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var healthTimes = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            using var health = await host.Client.GetAsync("/healthz");
            healthTimes.Add(clock.Elapsed);
            Assert.AreEqual(HttpStatusCode.OK, health.StatusCode);
            await Task.Delay(100);
        }

        var normalClock = Stopwatch.StartNew();
        using var normal = await host.Client.PostAsync("/api/reports", Form());
        var normalTime = normalClock.Elapsed;

        var json = await WebHost.JsonAsync(normal);
        Assert.AreEqual(HttpStatusCode.OK, normal.StatusCode, json.ToString());
        Assert.IsFalse(string.IsNullOrEmpty(json.GetProperty("document").GetString()));
        Assert.IsTrue(healthTimes.Max() < TimeSpan.FromSeconds(1), "health: " + string.Join(", ", healthTimes));
        Assert.IsTrue(normalTime < TimeSpan.FromSeconds(20), $"normal report after {normalTime}");
        foreach (var response in await Task.WhenAll(hostile))
        {
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        Assert.AreEqual(2, job.MostAtOnce, "two burn at once, the others wait");
        Console.WriteLine($"/healthz slowest {healthTimes.Max().TotalMilliseconds:0} ms; normal report {normalTime.TotalMilliseconds:0} ms behind 4 jobs of 3 s on 2 permits");
    }

    /// <summary>Burns CPU until its token is cancelled, counting its turns.</summary>
    private sealed class SpinsUntilCancelled : ReportWork
    {
        private long _spins;

        public TaskCompletionSource<TimeSpan> Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ProcessingLimits? Limits { get; private set; }

        public long Spins => Interlocked.Read(ref _spins);

        public override GeneratedReport Generate(TemplateFile reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken)
        {
            Spin(limits, cancellationToken);
            throw new InvalidOperationException("not reached");
        }

        public override (IReadOnlyList<Diagnostic> Diagnostics, DataRecord? Data) Check(TemplateFile? reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken)
        {
            Spin(limits, cancellationToken);
            throw new InvalidOperationException("not reached");
        }

        private void Spin(ProcessingLimits limits, CancellationToken cancellationToken)
        {
            Limits = limits;
            var clock = Stopwatch.StartNew();
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Interlocked.Increment(ref _spins);
                }
            }
            finally
            {
                Stopped.TrySetResult(clock.Elapsed);
            }
        }
    }

    /// <summary>The real job, remembering the limits it was given.</summary>
    private sealed class RecordsLimits : ReportWork
    {
        public ProcessingLimits? Limits { get; private set; }

        public override GeneratedReport Generate(TemplateFile reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken)
        {
            Limits = limits;
            return base.Generate(reportTemplate, tracker, period, limits, cancellationToken);
        }
    }

    /// <summary>Counts jobs running at once and holds each until <see cref="Release"/>; then does the real work.</summary>
    private sealed class WaitsForRelease : ReportWork, IDisposable
    {
        private readonly ManualResetEventSlim _release = new();
        private readonly Lock _gate = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
        private int _running;
        private int _total;

        public int Running => Volatile.Read(ref _running);

        public int Total => Volatile.Read(ref _total);

        public int MostAtOnce { get; private set; }

        public Task Started(int count)
        {
            lock (_gate)
            {
                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (_total >= count)
                {
                    reached.SetResult();
                }
                else
                {
                    _waiters.Add((count, reached));
                }

                return reached.Task;
            }
        }

        public void Release() => _release.Set();

        public void Dispose() => _release.Dispose();

        public override GeneratedReport Generate(TemplateFile reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken)
        {
            Hold(cancellationToken);
            return base.Generate(reportTemplate, tracker, period, limits, cancellationToken);
        }

        public override (IReadOnlyList<Diagnostic> Diagnostics, DataRecord? Data) Check(TemplateFile? reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken)
        {
            Hold(cancellationToken);
            return base.Check(reportTemplate, tracker, period, limits, cancellationToken);
        }

        private void Hold(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _running++;
                _total++;
                MostAtOnce = Math.Max(MostAtOnce, _running);
                foreach (var waiter in _waiters.Where(w => _total >= w.Count))
                {
                    waiter.Reached.TrySetResult();
                }
            }

            try
            {
                _release.Wait(cancellationToken);
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                }
            }
        }
    }

    /// <summary>A workbook named hostile.xlsx burns CPU for a while (as a hostile file within its limits would); others do the real work.</summary>
    private sealed class HostileBurnsCpu(TimeSpan burn) : ReportWork
    {
        private readonly Lock _gate = new();
        private int _running;

        public TaskCompletionSource Burning { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int MostAtOnce { get; private set; }

        public override (IReadOnlyList<Diagnostic> Diagnostics, DataRecord? Data) Check(TemplateFile? reportTemplate, (byte[] Content, string Name) tracker, ReportPeriod? period, ProcessingLimits limits, CancellationToken cancellationToken)
        {
            if (tracker.Name != "hostile.xlsx")
            {
                return base.Check(reportTemplate, tracker, period, limits, cancellationToken);
            }

            lock (_gate)
            {
                _running++;
                MostAtOnce = Math.Max(MostAtOnce, _running);
            }

            Burning.TrySetResult();
            var clock = Stopwatch.StartNew();
            var x = 1.0;
            while (clock.Elapsed < burn)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < 10_000; i++)
                {
                    x = Math.Sqrt(x + i);
                }
            }

            lock (_gate)
            {
                _running--;
            }

            return ([], x > 0 ? null : null);
        }
    }
}
