using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.Templating;

namespace LucBinh.Docs.Bench;

/// <summary>
/// Measures our engine on one workload, in a process of its own so its peak working set is the workload's:
/// the headline number first (template bytes in, document bytes out), then render-only and load-only, the floors
/// (unzip + rezip; plus XmlReader→XmlWriter) and the stage breakdown.
/// </summary>
internal static class OursWorker
{
    public static WorkerResult Run(Workload workload, string outDir, bool breakdown)
    {
        var loadAtStart = CpuClock.LoadAverage();
        var name = workload.TemplateFile(TemplateSyntax.Liquid);
        var template = File.ReadAllBytes(Path.Combine(outDir, name));
        var loaded = DocxTemplate.Load(template, name);
        if (loaded.HasErrors)
        {
            throw new InvalidOperationException("The benchmark template has errors: " + string.Join("; ", loaded.Diagnostics.Select(d => d.ToString())));
        }

        var measurements = new List<Measurement>();
        byte[] output;
        long peak;
        if (workload.Mode == WorkloadMode.Single)
        {
            var data = Workloads.ToRecord((Dictionary<string, object?>)Workloads.Data(workload));
            measurements.Add(Sampler.Measure("ours", workload.Warmup, workload.Iterations, () => DocxTemplate.Load(template, name).Render(data)));
            peak = PeakWorkingSet();
            measurements.Add(Sampler.Measure("ours.load", workload.Warmup, workload.Iterations, () => DocxTemplate.Load(template, name)));
            measurements.Add(Sampler.Measure("ours.render", workload.Warmup, workload.Iterations, () => loaded.Render(data)));
            output = loaded.Render(data).Document;
            var parts = RenderedParts(output);
            measurements.Add(Sampler.Measure("floor.rezip", workload.Warmup, workload.Iterations, () => Floors.Rezip(template, parts)));
            measurements.Add(Sampler.Measure("floor.xmlstream", workload.Warmup, workload.Iterations, () => Floors.XmlStream(template, parts)));
            if (breakdown)
            {
                measurements.AddRange(Stages.Measure(template, loaded, data, Math.Max(1, workload.Iterations)));
            }
        }
        else
        {
            var records = ((List<object?>)Workloads.Data(workload)).Select(r => Workloads.ToRecord((Dictionary<string, object?>)r!)).ToArray();
            measurements.Add(Sampler.Measure("ours", workload.Warmup, workload.Iterations, () =>
            {
                var compiled = DocxTemplate.Load(template, name);
                foreach (var record in records)
                {
                    compiled.Render(record);
                }
            }));
            peak = PeakWorkingSet();
            output = loaded.Render(records[0]).Document;
            var parts = RenderedParts(output);
            measurements.Add(Sampler.Measure("floor.rezip", workload.Warmup, workload.Iterations, () =>
            {
                for (var i = 0; i < records.Length; i++)
                {
                    Floors.Rezip(template, parts);
                }
            }));
            measurements.Add(Sampler.Measure("floor.xmlstream", workload.Warmup, workload.Iterations, () =>
            {
                for (var i = 0; i < records.Length; i++)
                {
                    Floors.XmlStream(template, parts);
                }
            }));
        }

        File.WriteAllBytes(Path.Combine(outDir, $"{workload.Id}.ours.out.docx"), output);
        return new WorkerResult
        {
            Engine = "ours",
            Workload = workload.Id,
            PeakRssBytes = peak,
            OutputBytes = output.Length,
            DocumentXmlChars = DocumentXmlLength(output),
            GcCounts = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)],
            Runtime = RuntimeInformation.FrameworkDescription,
            LoadAverage = [loadAtStart, CpuClock.LoadAverage()],
            Measurements = measurements,
        };
    }

    /// <summary>The peak resident set of this process so far (VmHWM on Linux).</summary>
    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>The parts a template engine writes (document, header, footer), as UTF-8 bytes of the rendered output.</summary>
    private static Dictionary<string, byte[]> RenderedParts(byte[] document)
    {
        using var zip = new ZipArchive(new MemoryStream(document), ZipArchiveMode.Read);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName is "word/document.xml" or "word/header1.xml" or "word/footer1.xml"))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            result[entry.FullName] = copy.ToArray();
        }

        return result;
    }

    private static long DocumentXmlLength(byte[] document)
    {
        using var zip = new ZipArchive(new MemoryStream(document), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open(), Encoding.UTF8);
        return reader.ReadToEnd().Length;
    }

    /// <summary>Repeats one stage of a workload <paramref name="count"/> times, for a profiler to sample.</summary>
    public static void Profile(Workload workload, string outDir, string what, int count)
    {
        var name = workload.TemplateFile(TemplateSyntax.Liquid);
        var template = File.ReadAllBytes(Path.Combine(outDir, name));
        var data = workload.Mode == WorkloadMode.Single
            ? Workloads.ToRecord((Dictionary<string, object?>)Workloads.Data(workload))
            : Workloads.ToRecord(Workloads.ReportData(1));
        var compiled = DocxTemplate.Load(template, name);
        var (gc0, gc1, gc2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpuStart = CpuClock.ProcessMs();
        var start = Stopwatch.GetTimestamp();
        var each = new double[count];
        for (var i = 0; i < count; i++)
        {
            var one = Stopwatch.GetTimestamp();
            var loaded = what is "load" or "both" ? DocxTemplate.Load(template, name) : compiled;
            if (what is "render" or "both")
            {
                loaded.Render(data);
            }

            each[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
        }

        // The median of the last quarter: the steady state, once the JIT has finished tiering up.
        var last = each[(count - (count / 4))..];
        Array.Sort(last);

        Console.Error.WriteLine(
            $"{count} x {what}: {Stopwatch.GetElapsedTime(start).TotalMilliseconds / count:0.00} ms each (median of the last quarter {(last.Length > 0 ? last[last.Length / 2] : 0):0.000} ms), {(CpuClock.ProcessMs() - cpuStart) / count:0.00} ms CPU each; " +
            $"GCs gen0/1/2: {GC.CollectionCount(0) - gc0}/{GC.CollectionCount(1) - gc1}/{GC.CollectionCount(2) - gc2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / count:0.000} ms each; " +
            $"allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / count / 1024.0:0} KB each; " +
            $"methods compiled meanwhile (tier-ups included): {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted}");
    }

    /// <summary>The scaling check: render-only time of the big table at several sizes (linear work ⇒ constant ms/row).</summary>
    public static List<Measurement> Scaling(string outDir, int[] sizes, int iterations)
    {
        var name = $"table.{TemplateSyntax.Liquid.Engine}.docx";
        var template = File.ReadAllBytes(Path.Combine(outDir, name));
        var compiled = DocxTemplate.Load(template, name);
        var result = new List<Measurement>();
        foreach (var size in sizes)
        {
            DataRecord data = Workloads.ToRecord(Workloads.TableData(size));
            result.Add(Sampler.Measure($"render.{size}", 1, iterations, () => compiled.Render(data)));
        }

        return result;
    }
}
