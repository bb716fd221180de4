using System.Diagnostics;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Fluid;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating;

namespace LucBinh.Docs.Bench;

/// <summary>
/// Where the time of <see cref="DocxTemplate.Load(byte[], string)"/> and <see cref="DocxTemplate.Render"/> goes.
/// The stages are the engine's own private steps, reached by reflection so the benchmark needs no change in src/;
/// if the engine is restructured the breakdown is skipped with a note, and the headline numbers still stand.
/// </summary>
internal static class Stages
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance;

    public static List<Measurement> Measure(byte[] templateBytes, string name, DocxTemplate template, DataRecord data, int iterations)
    {
        try
        {
            var probe = new Probe();
            var result = new List<Measurement>();
            result.AddRange(LoadStages(probe, templateBytes, iterations));
            result.AddRange(RenderStages(probe, template, data, iterations));
            return result;
        }
        catch (Exception e) when (e is MissingMemberException or InvalidCastException or TargetInvocationException or NullReferenceException or ArgumentException)
        {
            Console.Error.WriteLine($"stage breakdown skipped ({name}): the engine's internals changed: {e.Message}");
            return [];
        }
    }

    /// <summary>Load = open the package and parse each text part into an XDocument, then compile it (lex, lay out blocks, write Liquid, parse Liquid).</summary>
    private static IEnumerable<Measurement> LoadStages(Probe probe, byte[] templateBytes, int iterations)
    {
        var recorder = new Recorder(["load.open+parse-xml", "load.compile(total)", "load.compile.fluid-parse"], iterations);
        for (var warm = -1; warm < iterations; warm++)
        {
            recorder.Begin(warm);
            using var stream = new MemoryStream(templateBytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var parts = TextParts(document).Select(p => (p.Part.Uri, p.Kind, Xml: LoadXml(p.Part))).ToList();
            recorder.Lap(0);
            var diagnostics = new List<Diagnostic>();
            var compiled = parts.Select(p => probe.Compile(p.Uri, p.Kind, p.Xml, diagnostics)).ToList();
            recorder.Lap(1);
            foreach (var part in compiled)
            {
                var source = (string)probe.LiquidSource.GetValue(part)!;
                if (source.Length > 0)
                {
                    probe.Parser.TryParse(source, out _, out _);
                }
            }

            recorder.Lap(2);
        }

        return recorder.Results();
    }

    /// <summary>Render = per part: data → Fluid context, Fluid writes the XML text, FixUp parses it into an XDocument,
    /// repairs it (and looks for numbering restarts) and serialises it again; then the package is written (zip, deflate).
    /// Pictures from data are not part of these workloads, so the engine's picture step is left out.</summary>
    private static IEnumerable<Measurement> RenderStages(Probe probe, DocxTemplate template, DataRecord data, int iterations)
    {
        var parts = ((System.Collections.IEnumerable)probe.Parts.GetValue(template)!).Cast<object>().ToList();
        var recorder = new Recorder(
            ["render.context(data→fluid)", "render.fluid", "render.fixup.parse(XDocument)", "render.fixup.repairs", "render.fixup.serialize", "render.write-package(zip)"],
            iterations);
        for (var warm = -1; warm < iterations; warm++)
        {
            recorder.Begin(warm);
            var rendered = new List<(Uri Uri, string Xml)>();
            foreach (var part in parts)
            {
                if (probe.Template.GetValue(part) is not IFluidTemplate fluid)
                {
                    continue;
                }

                var session = probe.NewSession();
                var context = (TemplateContext)probe.CreateContext.Invoke(null, [data, session])!;
                recorder.Lap(0);
                var xml = fluid.Render(context, probe.Encoder);
                recorder.Lap(1);
                var document = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
                recorder.Lap(2);
                probe.ApplyFixups.Invoke(null, [document.Root!]);
                probe.NumberingCheck?.Invoke(null, [document]);
                recorder.Lap(3);
                var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + document.Root!.ToString(SaveOptions.DisableFormatting);
                recorder.Lap(4);
                rendered.Add(((Uri)probe.Uri.GetValue(part)!, text));
            }

            probe.WritePackageOf(template, rendered);
            recorder.Lap(5);
        }

        return recorder.Results();
    }

    private static IEnumerable<(OpenXmlPart Part, DocumentPart Kind)> TextParts(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        yield return (main, DocumentPart.Body);
        foreach (var header in main.HeaderParts)
        {
            yield return (header, DocumentPart.Header);
        }

        foreach (var footer in main.FooterParts)
        {
            yield return (footer, DocumentPart.Footer);
        }
    }

    private static XDocument LoadXml(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>The engine's private members the breakdown calls.</summary>
    private sealed class Probe
    {
        private readonly Type _sessionType;
        private readonly MethodInfo _compile;
        private readonly FieldInfo _package;
        private readonly MethodInfo _replace;

        public Probe()
        {
            var assembly = typeof(DocxTemplate).Assembly;
            var partType = Type(assembly, "LucBinh.Docs.Templating.CompiledPart");
            Parts = Field(typeof(DocxTemplate), "_parts");
            Template = Property(partType, "Template");
            Uri = Property(partType, "Uri");
            LiquidSource = Property(partType, "LiquidSource");
            CreateContext = Method(typeof(DocxTemplate), "CreateContext");
            _package = Field(typeof(DocxTemplate), "_package");
            _replace = Method(Type(assembly, "LucBinh.Docs.Templating.Rendering.PackageWriter"), "Replace");
            ApplyFixups = Method(Type(assembly, "LucBinh.Docs.Templating.Rendering.OutputFixups"), "Apply");
            NumberingCheck = assembly.GetType("LucBinh.Docs.Templating.Layout.NumberingRestart")?.GetMethod("IsPresent", Private);
            _compile = Method(Type(assembly, "LucBinh.Docs.Templating.PartCompiler"), "Compile");
            _sessionType = Type(assembly, "LucBinh.Docs.Templating.Rendering.RenderSession");
            Encoder = (TextEncoder)Property(Type(assembly, "LucBinh.Docs.Templating.Rendering.WordTextEncoder"), "Instance").GetValue(null)!;
            Parser = (FluidParser)Property(Type(assembly, "LucBinh.Docs.Templating.Filters.LiquidEnvironment"), "Parser").GetValue(null)!;
        }

        public FieldInfo Parts { get; }

        public PropertyInfo Template { get; }

        public PropertyInfo Uri { get; }

        public PropertyInfo LiquidSource { get; }

        public MethodInfo CreateContext { get; }

        public MethodInfo ApplyFixups { get; }

        /// <summary>The engine's check for <c>{% restart_numbering %}</c> output (a tree walk per part), when it has one.</summary>
        public MethodInfo? NumberingCheck { get; }

        public TextEncoder Encoder { get; }

        public FluidParser Parser { get; }

        public object NewSession() => Activator.CreateInstance(_sessionType, nonPublic: true)!;

        public object Compile(Uri uri, DocumentPart kind, XDocument xml, List<Diagnostic> diagnostics) =>
            _compile.Invoke(null, [uri, kind, xml, diagnostics])!;

        /// <summary>PackageWriter.Replace(template bytes, rendered parts by name, optional extras left at their defaults).</summary>
        public void WritePackageOf(DocxTemplate template, List<(Uri Uri, string Xml)> rendered)
        {
            var replacements = rendered.ToDictionary(r => r.Uri.OriginalString, r => r.Xml, StringComparer.OrdinalIgnoreCase);
            var parameters = _replace.GetParameters();
            var arguments = new object?[parameters.Length];
            arguments[0] = _package.GetValue(template);
            arguments[1] = replacements;
            for (var i = 2; i < parameters.Length; i++)
            {
                arguments[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null;
            }

            _replace.Invoke(null, arguments);
        }

        private static Type Type(Assembly assembly, string name) =>
            assembly.GetType(name) ?? throw new MissingMemberException(name);

        private static FieldInfo Field(Type type, string name) =>
            type.GetField(name, Private) ?? throw new MissingMemberException(type.Name, name);

        private static PropertyInfo Property(Type type, string name) =>
            type.GetProperty(name, Private) ?? throw new MissingMemberException(type.Name, name);

        private static MethodInfo Method(Type type, string name) =>
            type.GetMethod(name, Private) ?? throw new MissingMemberException(type.Name, name);
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

        /// <summary>Adds the time since the last lap to <paramref name="stage"/> (a stage may be lapped once per part).</summary>
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
