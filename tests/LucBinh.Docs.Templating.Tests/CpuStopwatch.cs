using System.Diagnostics;

namespace LucBinh.Docs.Templating.Tests;

/// <summary>
/// The CPU time this process spent since it started, for the time budgets of hostile inputs: wall time on a machine
/// whose two cores are shared (load averages above 20 were seen) measures the neighbours, CPU time measures the work.
/// </summary>
internal sealed class CpuStopwatch
{
    private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

    public static CpuStopwatch StartNew() => new();

    public long ElapsedMilliseconds => (long)(Process.GetCurrentProcess().TotalProcessorTime - _start).TotalMilliseconds;
}
