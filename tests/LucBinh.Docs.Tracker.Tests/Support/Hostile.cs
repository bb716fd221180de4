using System.Diagnostics;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker.Tests.Support;

/// <summary>Reads hostile workbooks with a clock and an allocation counter, and checks a refusal's code and place.</summary>
internal static class Hostile
{
    /// <summary>What one read cost: wall time and bytes allocated by this thread.</summary>
    public sealed record Cost(TimeSpan Time, long AllocatedBytes)
    {
        public override string ToString() => $"{Time.TotalMilliseconds:0} ms, {AllocatedBytes / (1024.0 * 1024):0.#} MB allocated";
    }

    /// <summary>Reads the workbook (or fails) and says what it cost.</summary>
    public static (TrackerReadResult? Result, LucBinhException? Error, Cost Cost) Read(byte[] workbook, TrackerLimits? limits = null, string name = "hostile.xlsx")
    {
        var options = new TrackerReadOptions { Limits = limits ?? TrackerLimits.Default };
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        TrackerReadResult? result = null;
        LucBinhException? error = null;
        try
        {
            result = TrackerReader.Read(workbook, name, options);
        }
        catch (LucBinhException e)
        {
            error = e;
        }

        var cost = new Cost(clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
        Console.WriteLine($"{name}: {cost}{(error is null ? string.Empty : " → " + error.Diagnostics[0].Code)}");
        return (result, error, cost);
    }

    /// <summary>The read is refused with the code, at the sheet and cell, naming the limit; returns the cost.</summary>
    public static Cost Refused(byte[] workbook, string code, string sheet, string? cell, long limit, TrackerLimits? limits = null)
    {
        var (result, error, cost) = Read(workbook, limits);
        Assert.IsNull(result, "the workbook was read instead of refused");
        Assert.HasCount(1, error!.Diagnostics);
        var diagnostic = error.Diagnostics[0];
        Assert.AreEqual(code, diagnostic.Code, diagnostic.ToString());
        diagnostic.AssertAt(sheet, cell);
        var count = limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        StringAssert.Contains(diagnostic.Message(), count, "the Vietnamese message names the limit");
        StringAssert.Contains(diagnostic.Message(Localization.UiLanguage.English), count);
        StringAssert.Contains(diagnostic.Message(), "hostile.xlsx", "the message names the file");
        return cost;
    }

    /// <summary>A generous bound on time: the machine is shared, so this catches minutes, not milliseconds.</summary>
    public static void Quick(Cost cost, double seconds = 5) =>
        Assert.IsLessThan(TimeSpan.FromSeconds(seconds), cost.Time, cost.ToString());

    /// <summary>Runs the work on a thread with a small stack: proof that nothing in it recurses deeply.</summary>
    public static T OnSmallStack<T>(Func<T> work, int stackBytes = 512 * 1024)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
#pragma warning disable CA1031 // Any failure is handed back to the test.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = e;
                }
            },
            stackBytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new AssertFailedException("The work failed on a small stack: " + failure.Message, failure);
        }

        return result!;
    }
}
