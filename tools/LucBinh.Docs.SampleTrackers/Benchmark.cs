using System.Diagnostics;
using System.Globalization;
using LucBinh.Docs.Data;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.SampleTrackers;

/// <summary>
/// Measures the tracker reader on a big tracker: <c>dotnet run -c Release --project tools/LucBinh.Docs.SampleTrackers -- bench 50000</c>
/// writes a tracker whose "Văn bản cung cấp" has that many rows (the sample's rows repeated), then reads it three times in a
/// fresh process and prints the time and CPU of each read, the bytes allocated and the peak working set.
/// Measured on the 2-core build machine (shared, loaded): 50,000 rows (1.9 MB file) read in 1.9–2.5 s, 263 MB allocated,
/// peak working set 216 MB after the first read.
/// </summary>
public static class Benchmark
{
    /// <summary>Reads the tracker three times, printing time, CPU, allocations and the process's peak working set.</summary>
    public static int Read(string path)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var clock = new Stopwatch();
        for (var run = 1; run <= 3; run++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            clock.Restart();
            var result = TrackerReader.Read(path);
            clock.Stop();
            process.Refresh();
            cpu = process.TotalProcessorTime - cpu;
            var read = ((DataList)result.Data["van_ban_cung_cap"]!).Count;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"read {read:N0} rows in {clock.Elapsed.TotalSeconds:0.00} s (CPU {cpu.TotalSeconds:0.00} s); allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024:0} MB; peak working set {process.PeakWorkingSet64 / 1024.0 / 1024:0} MB (at start {baseline / 1024.0 / 1024:0} MB); {result.Diagnostics.Count} diagnostics"));
        }

        return 0;
    }

    public static int Run(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"lucbinh-bench-{rows}.xlsx"));
        var data = SampleTrackerData.Build();
        var template = (DataList)data["van_ban_cung_cap"]!;
        var big = new DataList();
        for (var i = 0; i < rows; i++)
        {
            var source = (DataRecord)template[i % template.Count]!;
            var copy = new DataRecord();
            foreach (var field in source.Fields)
            {
                copy.Set(field.Key, field.Key == "stt" ? (decimal)(i + 1) : field.Value);
            }

            big.Add(copy);
        }

        data.Set("van_ban_cung_cap", big);
        var clock = Stopwatch.StartNew();
        TrackerWorkbook.Write(path, data);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {rows:N0} rows in {clock.Elapsed.TotalSeconds:0.00} s: {new FileInfo(path).Length / 1024.0 / 1024:0.0} MB"));

        // Read in a fresh process, so that its peak memory is the reader's alone (ClosedXML's writing is not counted).
        using (var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["bench-read", path]) { UseShellExecute = false })!)
        {
            child.WaitForExit();
        }

        File.Delete(path);
        return 0;
    }
}
