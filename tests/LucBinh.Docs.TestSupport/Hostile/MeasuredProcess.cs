using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LucBinh.Docs.TestSupport.Hostile;

/// <summary>How one child process ended, with its wall time and peak resident memory (VmHWM).</summary>
public sealed record MeasuredRun(int? ExitCode, bool TimedOut, bool KilledForMemory, TimeSpan Elapsed, long PeakBytes, string Output, long OutputBytes, string Error)
{
    /// <summary>CPU time (user + system) of the process, last sampled ≤ 20 ms before it ended: unlike wall time, not inflated by a busy machine.</summary>
    public TimeSpan CpuTime { get; init; }

    /// <summary>Exit 0 or 1 in time and memory, without the CLI's program-fault text: what issue 11 requires.</summary>
    public bool EndedCleanly => !TimedOut && !KilledForMemory && ExitCode is 0 or 1 && !Error.Contains("Unhandled exception", StringComparison.Ordinal);

    /// <summary>One phrase for a report: "exit 1", "timed out at 20 s", "killed at 3.0 GB", "signal 6 (exit 134)".</summary>
    public string Describe() => TimedOut
        ? string.Create(CultureInfo.InvariantCulture, $"timed out at {Elapsed.TotalSeconds:0} s")
        : KilledForMemory
            ? string.Create(CultureInfo.InvariantCulture, $"killed at {PeakBytes / 1e9:0.0} GB")
            : ExitCode > 128
                ? string.Create(CultureInfo.InvariantCulture, $"signal {ExitCode - 128} (exit {ExitCode})")
                : string.Create(CultureInfo.InvariantCulture, $"exit {ExitCode}");
}

/// <summary>
/// Runs a program as a child process under a time budget, an address-space limit (<c>prlimit --as</c>) and a resident
/// memory ceiling, polling <c>/proc/PID/status</c> for VmHWM while it runs; the child is killed at either limit, so a
/// hostile input never takes the machine down. Output is kept up to 1 MB (the rest is counted, not stored).
/// </summary>
public static class MeasuredProcess
{
    private const int KeptOutputChars = 1 << 20;

    public static MeasuredRun Run(
        string program,
        IEnumerable<string> arguments,
        TimeSpan budget,
        long killAboveBytes,
        long addressSpaceBytes = 6_000_000_000,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("prlimit")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--as={addressSpaceBytes}"));
        start.ArgumentList.Add("--");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("LUCBINH_LANG");
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
        process.StandardInput.Close();
        var output = Drain(process.StandardOutput);
        var error = Drain(process.StandardError);
        var cpu = TimeSpan.Zero;
        var (timedOut, killed, peak) = Watch(process, clock, budget, killAboveBytes, cancellationToken, sample => cpu = sample);
        process.WaitForExit();
        clock.Stop();
        return new MeasuredRun(
            timedOut || killed ? null : process.ExitCode,
            timedOut,
            killed,
            clock.Elapsed,
            peak,
            output.Result.Text,
            output.Result.Length,
            error.Result.Text) { CpuTime = cpu };
    }

    /// <summary>Polls the child's peak memory until it exits, killing it past the budget or the memory ceiling.</summary>
    public static (bool TimedOut, bool Killed, long PeakBytes) Watch(Process process, Stopwatch clock, TimeSpan budget, long killAboveBytes, CancellationToken cancellationToken, Action<TimeSpan>? cpuSample = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(clock);
        var peak = 0L;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            if (CpuTime(process.Id) is { } cpu && cpu > TimeSpan.Zero)
            {
                cpuSample?.Invoke(cpu);
            }

            if (peak > killAboveBytes)
            {
                Kill(process);
                return (false, true, peak);
            }

            if (clock.Elapsed > budget || cancellationToken.IsCancellationRequested)
            {
                Kill(process);
                return (true, false, peak);
            }
        }

        return (false, false, peak);
    }

    /// <summary>VmHWM of a live process, in bytes (0 once it is gone).</summary>
    public static long PeakResidentBytes(int pid) => StatusField(pid, "VmHWM:");

    /// <summary>User + system CPU time of a live process (/proc/PID/stat fields 14 and 15, in clock ticks of 1/100 s), null once it is gone.</summary>
    public static TimeSpan? CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/stat"));
            // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>VmRSS of a live process, in bytes (0 once it is gone).</summary>
    public static long ResidentBytes(int pid) => StatusField(pid, "VmRSS:");

    /// <summary>Resets the process's VmHWM to its current RSS (Linux: "5" to /proc/PID/clear_refs), so the next peak is one request's.</summary>
    public static void ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/clear_refs"), "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: peaks then accumulate over the process's life (still an upper bound).
        }
    }

    public static void Kill(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static long StatusField(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/status")))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kb = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended between two polls.
        }

        return 0;
    }

    private static async Task<(string Text, long Length)> Drain(StreamReader reader)
    {
        var kept = new StringBuilder();
        var buffer = new char[1 << 16];
        long total = 0;
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (kept.Length < KeptOutputChars)
            {
                kept.Append(buffer, 0, Math.Min(read, KeptOutputChars - kept.Length));
            }
        }

        return (kept.ToString(), total);
    }
}
