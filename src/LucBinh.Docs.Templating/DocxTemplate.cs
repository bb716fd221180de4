using System.IO.Packaging;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Fluid;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Layout;
using LucBinh.Docs.Templating.Rendering;
using LucBinh.Docs.Templating.Values;

namespace LucBinh.Docs.Templating;

/// <summary>
/// A Word template: load it once (which checks it and compiles every text part), then render it with data as often
/// as needed. Problems in the template come back as <see cref="Diagnostics"/>, all of them at once.
/// </summary>
public sealed class DocxTemplate
{
    private readonly byte[] _package;
    private readonly IReadOnlyList<CompiledPart> _parts;

    private readonly Uri? _numberingUri;
    private readonly string? _numberingXml;
    private readonly Charts.ChartCatalog _charts;

    private DocxTemplate(string name, byte[] package, IReadOnlyList<CompiledPart> parts, IReadOnlyList<Diagnostic> diagnostics, (Uri Uri, string Xml)? numbering, Charts.ChartCatalog charts)
    {
        _charts = charts;
        _numberingUri = numbering?.Uri;
        _numberingXml = numbering?.Xml;
        Name = name;
        _package = package;
        _parts = parts;
        Diagnostics = diagnostics;
    }

    /// <summary>The file name or label the template was loaded from, for messages.</summary>
    public string Name { get; }

    /// <summary>Every problem found in the template; rendering is refused while one of them is an error.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The Liquid text each part compiled to, by part name (for tests and for <c>check --verbose</c>).</summary>
    internal IReadOnlyDictionary<string, string> LiquidSources =>
        _parts.ToDictionary(p => p.Uri.OriginalString, p => p.LiquidSource);

    /// <summary>Which parts must go through the output repairs (for tests of the fast path).</summary>
    internal IReadOnlyDictionary<string, bool> PartsNeedingRepairs =>
        _parts.Where(p => p.Template is not null).ToDictionary(p => p.Uri.OriginalString, p => p.NeedsRepairs);

    /// <summary>Loads a template file; the file is read once and never written.</summary>
    public static DocxTemplate Load(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".doc" or ".odt" or ".rtf" or ".dotx" or ".docm" or ".pdf")
        {
            throw LucBinhException.Common("IO006", new FileLocation(Path.GetFullPath(path)), null, path, extension, ".docx");
        }

        return Load(InputFile.ReadAll(path), Path.GetFullPath(path));
    }

    public static DocxTemplate Load(byte[] content, string name)
    {
        ArgumentNullException.ThrowIfNull(content);
        var diagnostics = new List<Diagnostic>();
        var parts = new List<CompiledPart>();
        (Uri, string)? numbering = null;
        var charts = new Charts.ChartCatalog();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            foreach (var (part, kind) in TextParts(document))
            {
                var xml = LoadXml(part);
                parts.Add(PartCompiler.Compile(part.Uri, kind, xml, diagnostics, new Charts.ChartScope(charts, part)));
            }

            if (document.MainDocumentPart?.NumberingDefinitionsPart is { } numberingPart)
            {
                numbering = (numberingPart.Uri, LoadXml(numberingPart).ToString(SaveOptions.DisableFormatting));
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            var looksEncrypted = content.Length >= 8 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0;
            throw LucBinhException.Common(looksEncrypted ? "IO007" : "IO004", new FileLocation(name), e, name);
        }

        return new DocxTemplate(name, content, parts, diagnostics, numbering, charts);
    }

    /// <summary>Renders the template with data.</summary>
    /// <exception cref="LucBinhException">The template has errors, or (strict mode) the data lacks a field it uses.</exception>
    public RenderResult Render(DataRecord data, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= RenderOptions.Default;
        if (HasErrors)
        {
            throw new LucBinhException([.. Diagnostics.Where(d => d.IsError)]);
        }

        var session = new RenderSession { ResourceFolder = options.ResourceFolder };
        // The data is turned into Liquid values once per render, not once per part. Each part still has its own
        // assigns (Fluid scopes them per render): a header cannot use a name assigned in the body.
        var context = CreateContext(data, session);
        var charts = Charts.ChartSession.Attach(context, _charts.Slots);
        var rendered = new List<(Uri Uri, string Xml)>();
        var parsed = new List<(Uri Uri, XDocument Xml)>();
        foreach (var part in _parts)
        {
            if (part.Template is null)
            {
                continue;
            }

            session.CurrentPart = part.Uri;
            string output;
            try
            {
                output = part.Template.Render(context, WordTextEncoder.Instance);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
            {
                throw new LucBinhException(TemplateDiagnostics.Error("TPL014", new DocumentLocation(part.Kind, 0), e.Message), e);
            }

            // The XML round trip of the repairs costs most of a render; it runs only where this part can need one.
            if (part.NeedsRepairs || output.Contains("<?lbd-", StringComparison.Ordinal) || session.Images.Any(i => i.Part == part.Uri.OriginalString))
            {
                var document = FixUp(output, part);
                ImagePackaging.FitPictures(document, part.Uri.OriginalString, session);
                parsed.Add((part.Uri, document));
            }
            else
            {
                rendered.Add((part.Uri, output));
            }
        }

        if (parsed.Any(d => NumberingRestart.IsPresent(d.Xml)))
        {
            var numbering = _numberingXml is null ? null : XDocument.Parse(_numberingXml, LoadOptions.PreserveWhitespace);
            var changed = false;
            foreach (var (_, xml) in parsed)
            {
                changed |= NumberingRestart.Apply(xml, numbering);
            }

            if (changed && numbering is not null)
            {
                rendered.Add((_numberingUri!, Serialize(numbering)));
            }
        }

        rendered.AddRange(parsed.Select(d => (d.Uri, Serialize(d.Xml))));

        var warnings = session.MissingFields
            .Select(missing => MissingField(missing.Key, missing.Value.Known, missing.Value.Part, options.Strict))
            .ToList();
        if (options.Strict && warnings.Count > 0)
        {
            throw new LucBinhException(warnings);
        }

        warnings.AddRange(session.Problems.DistinctBy(p => p.Code + string.Join('|', p.Arguments))
            .Select(p => TemplateDiagnostics.Warning(p.Code, null, p.Arguments)));
        warnings.AddRange(charts.Diagnostics);
        var replacements = rendered.ToDictionary(r => r.Uri.OriginalString, r => r.Xml, StringComparer.OrdinalIgnoreCase);
        var additions = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        ImagePackaging.AddToPackage(_package, session, replacements, additions);
        Charts.ChartPackaging.AddToPackage(_package, charts, replacements, additions);
        return new RenderResult(PackageWriter.Replace(_package, replacements, additions), warnings);
    }

    private static TemplateContext CreateContext(DataRecord data, RenderSession session)
    {
        var context = LiquidEnvironment.CreateContext(data);
        context.Undefined = name =>
        {
            session.ReportMissing(name, [.. data.Fields.Select(f => f.Key)]);
            return new ValueTask<Fluid.Values.FluidValue>(Fluid.Values.NilValue.Instance);
        };
        session.Attach(context);
        return context;
    }

    /// <summary>TPL012 for a field the data lacks: where the template uses it, and the closest name the data has.</summary>
    private Diagnostic MissingField(string path, IReadOnlyCollection<string> known, Uri? part, bool strict)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var location = _parts.Where(p => p.Uri == part).SelectMany(p => p.TagLocations)
            .FirstOrDefault(t => TagMentions(t.Source, name)).Location;
        var suggestion = TemplateDiagnostics.DidYouMean(name, known);
        return strict
            ? TemplateDiagnostics.Error("TPL012", location, path, suggestion)
            : TemplateDiagnostics.Warning("TPL012", location, path, suggestion);
    }

    private static bool TagMentions(string source, string name)
    {
        for (var i = source.IndexOf(name, StringComparison.Ordinal); i >= 0; i = source.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 ? ' ' : source[i - 1];
            var after = i + name.Length < source.Length ? source[i + name.Length] : ' ';
            if (!(char.IsLetterOrDigit(before) || before == '_') && !(char.IsLetterOrDigit(after) || after == '_'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Serialize(XDocument document) => PartXml.Serialize(document);

    private static XDocument FixUp(string xml, CompiledPart part)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new LucBinhException(TemplateDiagnostics.Error("TPL013", new DocumentLocation(part.Kind, 0), e.Message), e);
        }

        OutputFixups.Apply(document.Root!);
        return document;
    }

    internal static IEnumerable<(OpenXmlPart Part, DocumentPart Kind)> TextPartsOf(WordprocessingDocument document) => TextParts(document);

    internal static XDocument LoadPartXml(OpenXmlPart part) => LoadXml(part);

    private static IEnumerable<(OpenXmlPart Part, DocumentPart Kind)> TextParts(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart
            ?? throw new InvalidDataException("The package has no main document part.");
        yield return (main, DocumentPart.Body);
        foreach (var header in main.HeaderParts)
        {
            yield return (header, DocumentPart.Header);
        }

        foreach (var footer in main.FooterParts)
        {
            yield return (footer, DocumentPart.Footer);
        }

        if (main.FootnotesPart is { } footnotes)
        {
            yield return (footnotes, DocumentPart.Footnotes);
        }

        if (main.EndnotesPart is { } endnotes)
        {
            yield return (endnotes, DocumentPart.Endnotes);
        }
    }

    private static XDocument LoadXml(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }
}
