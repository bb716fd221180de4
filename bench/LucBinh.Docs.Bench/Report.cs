using System.Globalization;
using System.Text;

namespace LucBinh.Docs.Bench;

/// <summary>The Markdown report: the headline table, floors, memory, our stage breakdown and the scaling check.</summary>
internal static class Report
{
    private const double RequiredSpeedup = 5;

    public static string Build(
        IReadOnlyList<Workload> workloads,
        Dictionary<string, WorkerResult> ours,
        Dictionary<string, WorkerResult> theirs,
        Dictionary<string, string> checks,
        List<Measurement>? scaling,
        string machine,
        bool quick)
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"# LucBinh.Docs vs docxtemplater — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC{(quick ? " (--quick: few iterations, indicative only)" : string.Empty)}");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}");
        s.AppendLine();
        s.AppendLine("Times are medians of the measured iterations after warm-up, each engine in its own process. Ours = `DocxTemplate.Load(bytes)` + `Render(data)` (template bytes in, .docx bytes out), except (c) = one `Load` + 1,000 `Render`. docxtemplater = `new PizZip(bytes)` + `new Docxtemplater(zip, {paragraphLoop, linebreaks})` + `render(data)` + `generate({type: \"nodebuffer\", compression: \"DEFLATE\"})`, per document. Target met = at least 5× faster than docxtemplater **and** within the issue's absolute budget.");
        s.AppendLine();
        s.AppendLine("| Workload | ours median (p95 / min) | docxtemplater median (p95 / min) | speed-up | ≥ 5× | budget | within budget | target met | same output |");
        s.AppendLine("|---|---:|---:|---:|:-:|---:|:-:|:-:|---|");
        foreach (var w in workloads)
        {
            var o = ours[w.Id].Find("ours")!;
            var t = theirs.TryGetValue(w.Id, out var tr) ? tr.Find("docxtemplater") : null;
            var ratio = t is null ? double.NaN : t.Median / o.Median;
            var fast = !double.IsNaN(ratio) && ratio >= RequiredSpeedup;
            var budget = o.Median <= w.TargetMs;
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| {w.Title} | {Ms(o.Median)} ({Ms(o.P95)} / {Ms(o.Min)}) | {(t is null ? "not run" : $"{Ms(t.Median)} ({Ms(t.P95)} / {Ms(t.Min)})")} | " +
                $"{(double.IsNaN(ratio) ? "–" : ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×")} | {YesNo(t is null ? null : fast)} | ≤ {Ms(w.TargetMs)} | {YesNo(budget)} | " +
                $"{YesNo(t is null ? null : fast && budget)} | {(checks.TryGetValue(w.Id, out var c) ? c : "–")} |");
        }

        s.AppendLine();
        s.AppendLine("CPU time (whole process, user + system, median per operation) is less sensitive than wall time to other work sharing the two cores; the 1-minute load average is read when each worker starts and ends (above 2 means the cores were shared, and wall times are inflated). Warm-up: how long each engine ran the workload before the measured iterations (ours until its JIT had compiled nothing for 1 s, at least 3 s; docxtemplater at least as long as ours).");
        s.AppendLine();
        s.AppendLine("| Workload | ours CPU | docxtemplater CPU | speed-up by CPU | load average: ours run | load average: docxtemplater run | warm-up: ours / docxtemplater |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var w in workloads)
        {
            var o = ours[w.Id];
            theirs.TryGetValue(w.Id, out var tr);
            var oc = o.Find("ours")!.CpuMedian;
            var tc = tr?.Find("docxtemplater")?.CpuMedian ?? double.NaN;
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| {w.Id} | {Ms(oc)} | {Ms(tc)} | {(double.IsNaN(tc) ? "–" : (tc / oc).ToString("0.00", CultureInfo.InvariantCulture) + "×")} | {Load(o.LoadAverage)} | {Load(tr?.LoadAverage)} | {Seconds(o.Find("ours")?.WarmupMs)} / {Seconds(tr?.Find("docxtemplater")?.WarmupMs)} |");
        }

        s.AppendLine();
        s.AppendLine("## Floors and parts of our time");
        s.AppendLine();
        s.AppendLine("Floor = unzip the template and write a package holding the already-rendered parts (.NET `ZipArchive`, `CompressionLevel.Fastest`, as the engine); \"+ XML stream\" also streams the rendered parts through `XmlReader`→`XmlWriter`; \"pizzip\" is the same floor in Node (PizZip load + generate DEFLATE; PizZip copies untouched entries still compressed). (c) floors repeat one report's output 1,000 times.");
        s.AppendLine();
        s.AppendLine("| Workload | floor: unzip + rezip | floor + XML stream | floor in Node (pizzip) | ours: Load only | ours: Render only | ours ÷ floor | docxtemplater, deflate level 1 |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var w in workloads)
        {
            var r = ours[w.Id];
            var floor = r.Find("floor.rezip");
            theirs.TryGetValue(w.Id, out var tr);
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| {w.Id} | {Med(floor)} | {Med(r.Find("floor.xmlstream"))} | {Med(tr?.Find("floor.pizzip"))} | {Med(r.Find("ours.load"))} | {Med(r.Find("ours.render"))} | " +
                $"{(floor is null ? "–" : (r.Find("ours")!.Median / floor.Median).ToString("0.0", CultureInfo.InvariantCulture) + "×")} | {Med(tr?.Find("docxtemplater.deflate1"))} |");
        }

        s.AppendLine();
        s.AppendLine("## Memory");
        s.AppendLine();
        s.AppendLine("Peak RSS of the worker process after the headline measurement (includes the runtime, the data and the template). Allocated = managed bytes allocated per operation by ours (`GC.GetAllocatedBytesForCurrentThread`); a gen2 count close to the gen0 count means the large-object heap (strings over 85 KB) triggers full collections.");
        s.AppendLine();
        s.AppendLine("| Workload | ours peak RSS | ours allocated / op (c: per 1,000) | ours GCs gen0/1/2 per document | docxtemplater peak RSS | output .docx | output document.xml | ours allocated ÷ document.xml (UTF-16 bytes) |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var w in workloads)
        {
            var r = ours[w.Id];
            theirs.TryGetValue(w.Id, out var tr);
            var allocated = r.Find("ours")!.AllocatedBytes ?? 0;
            var perDocument = w.Mode == WorkloadMode.Batch ? allocated / Workloads.BatchSize : allocated;
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| {w.Id} | {Mb(r.PeakRssBytes)} | {Mb(allocated)} | {Collections(r.Find("ours")!, w.Mode == WorkloadMode.Batch ? Workloads.BatchSize : 1)} | {(tr is null ? "–" : Mb(tr.PeakRssBytes))} | {Kb(r.OutputBytes)} | {r.DocumentXmlChars:N0} chars | " +
                $"{(perDocument / (2.0 * r.DocumentXmlChars)).ToString("0.0", CultureInfo.InvariantCulture)}× |");
        }

        var stageWorkloads = workloads.Where(w => ours[w.Id].Measurements.Any(m => m.Name.StartsWith("stage.", StringComparison.Ordinal))).ToList();
        if (stageWorkloads.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("## Where our time goes (median per stage; allocated per operation)");
            s.AppendLine();
            s.AppendLine("Stages are the engine's own steps called one by one through its internal seam (`DocxTemplate.ReadPackage`, `CompilePart`, `RenderParts`, `WritePackage`; `InternalsVisibleTo` the bench), summed over the parts (body, header, footer). `load.compile.fluid-parse` is part of `load.compile(total)`; `render.context(data→fluid)` and `render.fluid-only` are part of `render.parts`, measured again on their own (Fluid writing into `TextWriter.Null`, no encoding or deflate).");
            s.AppendLine();
            s.AppendLine("| Stage | " + string.Join(" | ", stageWorkloads.Select(w => $"{w.Id}: ms | {w.Id}: allocated")) + " |");
            s.AppendLine("|---|" + string.Concat(stageWorkloads.Select(_ => "---:|---:|")));
            var names = ours[stageWorkloads[0].Id].Measurements.Where(m => m.Name.StartsWith("stage.", StringComparison.Ordinal)).Select(m => m.Name);
            foreach (var name in names)
            {
                s.Append(CultureInfo.InvariantCulture, $"| {name["stage.".Length..]} |");
                foreach (var w in stageWorkloads)
                {
                    var m = ours[w.Id].Find(name);
                    s.Append(CultureInfo.InvariantCulture, $" {Med(m)} | {(m?.AllocatedBytes is { } b ? Mb(b) : "–")} |");
                }

                s.AppendLine();
            }
        }

        if (scaling is { Count: > 0 })
        {
            s.AppendLine();
            s.AppendLine("## Scaling of the big table (ours, Render only)");
            s.AppendLine();
            s.AppendLine("| Rows | median | µs per row | allocated | bytes per row |");
            s.AppendLine("|---:|---:|---:|---:|---:|");
            foreach (var m in scaling)
            {
                var rows = int.Parse(m.Name["render.".Length..], CultureInfo.InvariantCulture);
                s.AppendLine(CultureInfo.InvariantCulture,
                    $"| {rows:N0} | {Ms(m.Median)} | {m.Median * 1000 / rows:0.0} | {Mb(m.AllocatedBytes ?? 0)} | {(m.AllocatedBytes ?? 0) / rows:N0} |");
            }
        }

        return s.ToString();
    }

    private static string Collections(Measurement m, int documentsPerOperation) =>
        m.Collections is not { Length: 3 } c || m.SamplesMs.Length == 0
            ? "–"
            : string.Join(" / ", c.Select(n => ((double)n / m.SamplesMs.Length / documentsPerOperation).ToString("0.###", CultureInfo.InvariantCulture)));

    private static string Load(double[]? load) =>
        load is null ? "–" : string.Join(" → ", load.Select(l => l.ToString("0.0", CultureInfo.InvariantCulture)));

    private static string YesNo(bool? value) => value switch { true => "yes", false => "**no**", null => "–" };

    private static string Med(Measurement? m) => m is null ? "–" : Ms(m.Median);

    private static string Seconds(double? ms) => ms is { } value ? (value / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " s" : "–";

    public static string Ms(double ms) => ms switch
    {
        double.NaN => "–",
        < 10 => ms.ToString("0.00", CultureInfo.InvariantCulture) + " ms",
        < 100 => ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        < 10_000 => ms.ToString("0", CultureInfo.InvariantCulture) + " ms",
        _ => (ms / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " s",
    };

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
}
