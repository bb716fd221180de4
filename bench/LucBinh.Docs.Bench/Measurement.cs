using System.Diagnostics;
using System.Text.Json.Serialization;

namespace LucBinh.Docs.Bench;

/// <summary>Timings of one measured operation: N samples in milliseconds, with allocation per operation where known.</summary>
internal sealed record Measurement
{
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("samplesMs")]
    public required double[] SamplesMs { get; init; }

    /// <summary>Managed bytes allocated per operation (.NET: GC.GetAllocatedBytesForCurrentThread; Node: not measured).</summary>
    /// <summary>CPU time of the whole process per operation (getrusage RUSAGE_SELF; Node: process.cpuUsage()): robust when other work shares the cores.</summary>
    [JsonPropertyName("cpuMs")]
    public double[]? CpuMs { get; init; }

    /// <summary>Garbage collections of generation 0, 1 and 2 during the measured iterations (.NET only).</summary>
    [JsonPropertyName("collections")]
    public int[]? Collections { get; init; }

    [JsonPropertyName("allocatedBytes")]
    public long? AllocatedBytes { get; init; }

    /// <summary>How long the warm-up before the measured iterations lasted.</summary>
    [JsonPropertyName("warmupMs")]
    public double? WarmupMs { get; init; }

    [JsonIgnore]
    public double Median => Percentile(0.5);

    [JsonIgnore]
    public double P95 => Percentile(0.95);

    [JsonIgnore]
    public double Min => SamplesMs.Length == 0 ? double.NaN : SamplesMs.Min();

    [JsonIgnore]
    public double CpuMedian => CpuMs is null ? double.NaN : Percentile(CpuMs, 0.5);

    public double Percentile(double p) => Percentile(SamplesMs, p);

    private static double Percentile(double[] samples, double p)
    {
        if (samples.Length == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        if (p == 0.5)
        {
            var mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}

/// <summary>What one engine's worker process reports for one workload.</summary>
internal sealed record WorkerResult
{
    [JsonPropertyName("engine")]
    public required string Engine { get; init; }

    [JsonPropertyName("workload")]
    public required string Workload { get; init; }

    [JsonPropertyName("peakRssBytes")]
    public long PeakRssBytes { get; init; }

    [JsonPropertyName("outputBytes")]
    public long OutputBytes { get; init; }

    [JsonPropertyName("documentXmlChars")]
    public long DocumentXmlChars { get; init; }

    [JsonPropertyName("gcCounts")]
    public int[]? GcCounts { get; init; }

    [JsonPropertyName("runtime")]
    public string? Runtime { get; init; }

    /// <summary>The 1-minute load average when the worker started and when it ended (other work on the machine skews wall times).</summary>
    [JsonPropertyName("loadAverage")]
    public double[]? LoadAverage { get; init; }

    [JsonPropertyName("measurements")]
    public required List<Measurement> Measurements { get; init; }

    public Measurement? Find(string name) => Measurements.Find(m => m.Name == name);
}

/// <summary>Runs an operation with warm-up and returns one sample per iteration.</summary>
internal static class Sampler
{
    /// <summary>
    /// Warm-up lasts at least <paramref name="warmup"/> iterations and at least this long, for both engines alike
    /// (bench.js uses the same rule): .NET's tiered JIT and V8's optimiser both recompile hot code in the background
    /// for a while after the first calls, longer on a loaded machine, and a short workload measured before they have
    /// finished measures the compilers rather than the engine (seen on workload (a)).
    /// </summary>
    public static readonly TimeSpan MinimumWarmup = TimeSpan.FromSeconds(3);

    /// <summary>
    /// .NET's warm-up also lasts until the JIT has compiled nothing for this long (the steady state BenchmarkDotNet's
    /// warm-up waits for): 3 s was measured to be too short for workload (a), whose ~3,000 methods go through tier 0,
    /// instrumented tier 0 and tier 1 in the background for 8–10 s on these 2 cores. docxtemplater then warms up at
    /// least as long as ours did (<c>Runner</c> passes the time on to bench.js).
    /// </summary>
    public static readonly TimeSpan JitQuiet = TimeSpan.FromSeconds(1);

    /// <summary>A cap, should the JIT never fall quiet.</summary>
    public static readonly TimeSpan MaximumWarmup = TimeSpan.FromSeconds(60);

    public static Measurement Measure(string name, int warmup, int iterations, Action operation)
    {
        var warmupStart = Stopwatch.GetTimestamp();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var lastCompile = warmupStart;
        for (var i = 0; i < warmup || (iterations > 0 && !WarmedUp(warmupStart, ref compiled, ref lastCompile)); i++)
        {
            operation();
        }

        var warmupMs = Stopwatch.GetElapsedTime(warmupStart).TotalMilliseconds;

        // Start every workload from a clean heap, so one run's garbage is not collected during the next one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        int[] gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var samples = new double[iterations];
        var cpu = new double[iterations];
        long allocated = 0;
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuStart = CpuClock.ProcessMs();
            var start = Stopwatch.GetTimestamp();
            operation();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = CpuClock.ProcessMs() - cpuStart;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        return new Measurement
        {
            Name = name,
            SamplesMs = samples,
            CpuMs = cpu,
            AllocatedBytes = iterations == 0 ? null : allocated / iterations,
            WarmupMs = warmupMs,
            Collections = [GC.CollectionCount(0) - gcBefore[0], GC.CollectionCount(1) - gcBefore[1], GC.CollectionCount(2) - gcBefore[2]],
        };
    }

    private static bool WarmedUp(long warmupStart, ref long compiled, ref long lastCompile)
    {
        var now = Stopwatch.GetTimestamp();
        var count = System.Runtime.JitInfo.GetCompiledMethodCount();
        if (count != compiled)
        {
            compiled = count;
            lastCompile = now;
        }

        var elapsed = Stopwatch.GetElapsedTime(warmupStart, now);
        return elapsed >= MaximumWarmup || (elapsed >= MinimumWarmup && Stopwatch.GetElapsedTime(lastCompile, now) >= JitQuiet);
    }
}

/// <summary>CPU time consumed by this process (all threads, user + system), with microsecond resolution on Linux.</summary>
internal static partial class CpuClock
{
    private const int RusageSelf = 0;

    public static double ProcessMs()
    {
        if (OperatingSystem.IsLinux() && GetRusage(RusageSelf, out var usage) == 0)
        {
            return ((usage.UserSeconds + usage.SystemSeconds) * 1000.0) + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    /// <summary>The 1-minute load average (Linux), or NaN.</summary>
    public static double LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
        catch (UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    /// <summary>struct rusage of 64-bit Linux: two timevals, then 14 longs.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long Minflt;
        public long Majflt;
        public long Nswap;
        public long Inblock;
        public long Oublock;
        public long Msgsnd;
        public long Msgrcv;
        public long Nsignals;
        public long Nvcsw;
        public long Nivcsw;
    }
}
