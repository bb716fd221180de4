using System.Diagnostics;
using Fluid;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Packaging;
using LucBinh.Docs.Templating.Rendering;

namespace LucBinh.Docs.Bench;

/// <summary>
/// Where the time of <see cref="DocxTemplate.Load(byte[], string)"/> and <see cref="DocxTemplate.Render"/> goes, by
/// calling the engine's own steps through its internal seam (the Templating project is <c>InternalsVisibleTo</c> this
/// bench), so the breakdown follows the engine when it changes instead of copying its private code.
/// </summary>
internal static class Stages
{
    public static List<Measurement> Measure(byte[] templateBytes, DocxTemplate template, DataRecord data, int iterations)
    {
        var result = new List<Measurement>();
        result.AddRange(LoadStages(templateBytes, iterations));
        result.AddRange(RenderStages(template, data, iterations));
        return result;
    }

    /// <summary>Load = read the zip directory and find the Word parts, then read and compile each text part (lex, lay out blocks, write Liquid, parse Liquid).</summary>
    private static IEnumerable<Measurement> LoadStages(byte[] templateBytes, int iterations)
    {
        var recorder = new Recorder(["load.read-package", "load.compile(total)", "load.compile.fluid-parse"], iterations);
        for (var warm = -1; warm < iterations; warm++)
        {
            recorder.Begin(warm);
            var package = DocxTemplate.ReadPackage(templateBytes);
            var word = WordParts.Find(package);
            recorder.Lap(0);
            var diagnostics = new List<Diagnostic>();
            var compiled = word.TextParts.Select(p => DocxTemplate.CompilePart(package, p.Name, p.Kind, diagnostics)).ToList();
            recorder.Lap(1);
            foreach (var part in compiled.Where(p => p.LiquidSource.Length > 0))
            {
                LiquidEnvironment.Parser.TryParse(part.LiquidSource, out _, out _);
            }

            recorder.Lap(2);
        }

        return recorder.Results();
    }

    /// <summary>Render = data → Fluid context, each part rendered by Fluid and deflated as it is written (or repaired
    /// first where it must be), then the package written (untouched entries copied still compressed).</summary>
    private static IEnumerable<Measurement> RenderStages(DocxTemplate template, DataRecord data, int iterations)
    {
        var recorder = new Recorder(["render.context(data→fluid)", "render.fluid-only", "render.parts(fluid+deflate)", "render.write-package(zip)"], iterations);
        for (var warm = -1; warm < iterations; warm++)
        {
            recorder.Begin(warm);
            var context = DocxTemplate.CreateContext(data, new RenderSession());
            recorder.Lap(0);
            foreach (var fluid in template.CompiledTemplates)
            {
                fluid.RenderAsync(TextWriter.Null, context, WordTextEncoder.Instance).AsTask().GetAwaiter().GetResult();
            }

            recorder.Lap(1);
            var session = new RenderSession();
            var parts = template.RenderParts(data, session);
            recorder.Lap(2);
            template.WritePackage(parts, session);
            recorder.Lap(3);
        }

        return recorder.Results();
    }

    /// <summary>Collects the time and managed allocation of each stage over the iterations (iteration -1 is warm-up).</summary>
    private sealed class Recorder(string[] names, int iterations)
    {
        private readonly double[][] _ms = names.Select(_ => new double[iterations]).ToArray();
        private readonly long[] _bytes = new long[names.Length];
        private int _iteration;
        private long _time;
        private long _allocated;

        public void Begin(int iteration)
        {
            _iteration = iteration;
            _time = Stopwatch.GetTimestamp();
            _allocated = GC.GetAllocatedBytesForCurrentThread();
        }

        /// <summary>Adds the time since the last lap to <paramref name="stage"/>.</summary>
        public void Lap(int stage)
        {
            var now = Stopwatch.GetTimestamp();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            if (_iteration >= 0)
            {
                _ms[stage][_iteration] += Stopwatch.GetElapsedTime(_time, now).TotalMilliseconds;
                _bytes[stage] += allocated - _allocated;
            }

            _time = Stopwatch.GetTimestamp();
            _allocated = GC.GetAllocatedBytesForCurrentThread();
        }

        public IEnumerable<Measurement> Results() =>
            names.Select((name, i) => new Measurement { Name = "stage." + name, SamplesMs = _ms[i], AllocatedBytes = _bytes[i] / iterations });
    }
}
