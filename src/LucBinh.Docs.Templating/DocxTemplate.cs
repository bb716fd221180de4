using System.IO.Packaging;
using System.Xml;
using System.Xml.Linq;
using Fluid;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Templating.Diagnostics;
using LucBinh.Docs.Templating.Filters;
using LucBinh.Docs.Templating.Layout;
using LucBinh.Docs.Templating.Packaging;
using LucBinh.Docs.Templating.Rendering;
using LucBinh.Docs.Templating.Values;

namespace LucBinh.Docs.Templating;

/// <summary>
/// A Word template: load it once (which checks it and compiles every text part), then render it with data as often
/// as needed. Problems in the template come back as <see cref="Diagnostics"/>, all of them at once.
/// </summary>
public sealed class DocxTemplate
{
    private readonly TemplatePackage _package;
    private readonly IReadOnlyList<CompiledPart> _parts;

    /// <summary>The numbering part's name; it is read only by a render that restarts a list.</summary>
    private readonly string? _numbering;

    /// <summary>The charts whose alternative text is a chart tag, found at load.</summary>
    private readonly Charts.ChartCatalog _charts;

    /// <summary>The limits the template was loaded with (its parts are read again with them at render).</summary>
    private TemplateLimits _limits = TemplateLimits.Default;

    private DocxTemplate(string name, TemplatePackage package, IReadOnlyList<CompiledPart> parts, IReadOnlyList<Diagnostic> diagnostics, string? numbering, Charts.ChartCatalog charts)
    {
        _charts = charts;
        _numbering = numbering;
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

    /// <summary>
    /// What the template uses of the data (paths, filter columns, each with its first place), read from its tags once,
    /// the first time it is asked for (Analysis/UsageAnalyzer); empty for a template with errors.
    /// </summary>
    public Analysis.TemplateUsage Usage =>
        LazyInitializer.EnsureInitialized(ref _usage, () => Analysis.UsageAnalyzer.Analyze(_parts.Select(p => p.TagLocations)));

    private Analysis.TemplateUsage? _usage;

    /// <summary>The Liquid text each part compiled to, by part name (for tests and for <c>check --verbose</c>).</summary>
    internal IReadOnlyDictionary<string, string> LiquidSources =>
        _parts.ToDictionary(p => p.Uri.OriginalString, p => p.LiquidSource);

    /// <summary>Which parts must go through the output repairs (for tests of the fast path).</summary>
    internal IReadOnlyDictionary<string, bool> PartsNeedingRepairs =>
        _parts.Where(p => p.Template is not null).ToDictionary(p => p.Uri.OriginalString, p => p.NeedsRepairs);

    /// <summary>The compiled Fluid templates of the parts that have tags (for the benchmark's breakdown).</summary>
    internal IEnumerable<IFluidTemplate> CompiledTemplates => _parts.Where(p => p.Template is not null).Select(p => p.Template!);

    /// <summary>Loads a template file; the file is read once and never written. Its include tags find their blocks in its own folder.</summary>
    public static DocxTemplate Load(string path, TemplateLimits? limits = null) =>
        Load(path, new TemplateLoadOptions { Limits = limits ?? TemplateLimits.Default });

    /// <summary>Loads a template file; include tags find their blocks in <see cref="TemplateLoadOptions.Includes"/>, by default the template's folder.</summary>
    public static DocxTemplate Load(string path, TemplateLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".doc" or ".odt" or ".rtf" or ".dotx" or ".docm" or ".pdf")
        {
            throw LucBinhException.Common("IO006", new FileLocation(Path.GetFullPath(path)), null, path, extension, ".docx");
        }

        var full = Path.GetFullPath(path);
        if (options.Includes is null)
        {
            options = options with { Includes = new Includes.FolderTemplateIncludes(Path.GetDirectoryName(full)!), TemplatePath = Path.GetFileName(full) };
        }

        return Load(InputFile.ReadAll(path), full, options);
    }

    /// <param name="content">The template's bytes.</param>
    /// <param name="name">The name shown in messages.</param>
    /// <param name="limits">How much work the package may cost (<see cref="TemplateLimits.Default"/> unless set).</param>
    public static DocxTemplate Load(byte[] content, string name, TemplateLimits? limits = null) =>
        Load(content, name, new TemplateLoadOptions { Limits = limits ?? TemplateLimits.Default });

    /// <param name="content">The template's bytes.</param>
    /// <param name="name">The name shown in messages.</param>
    /// <param name="options">Its limits, and where its include tags find their blocks (none: a template including one is refused, TPL047).</param>
    public static DocxTemplate Load(byte[] content, string name, TemplateLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Limits;
        var diagnostics = new List<Diagnostic>();
        var parts = new List<CompiledPart>();
        var charts = new Charts.ChartCatalog();
        TemplatePackage package;
        WordParts word;
        try
        {
            package = ReadPackage(content, limits);
            word = WordParts.Find(package);
            var texts = new List<(string Name, DocumentPart Kind, TemplateXml? Xml)>(word.TextParts.Count);
            try
            {
                foreach (var (partName, kind) in word.TextParts)
                {
                    texts.Add((partName, kind, PartReader.LoadIfTemplated(package.Find(partName)!.Data, partName, limits)));
                }

                // Include tags bring their blocks' content into the trees, and their styles, lists and parts into the package.
                if (Includes.IncludeExpander.Expand(package, word, [.. texts.Select(t => (t.Name, t.Kind, t.Xml?.Document))], name, options, diagnostics) is { } merged)
                {
                    package = merged;
                    word = WordParts.Find(package);
                }

                foreach (var (partName, kind, xml) in texts)
                {
                    parts.Add(CompilePart(package, partName, kind, xml, diagnostics, charts, limits));
                }
            }
            finally
            {
                texts.ForEach(t => t.Xml?.Dispose());
            }
        }
        catch (TemplateLimitException e)
        {
            throw new LucBinhException(TemplateDiagnostics.Error(e.Code, new FileLocation(name), e.Arguments), e);
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or XmlException or IOException)
        {
            var looksEncrypted = content.Length >= 8 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0;
            throw LucBinhException.Common(looksEncrypted ? "IO007" : "IO004", new FileLocation(name), e, name);
        }

        return new DocxTemplate(name, package, parts, diagnostics, word.Numbering, charts) { _limits = limits };
    }

    /// <summary>Load, step 1 (a seam for the benchmark's breakdown): the zip directory, nothing inflated yet.</summary>
    internal static TemplatePackage ReadPackage(byte[] content, TemplateLimits? limits = null) => TemplatePackage.Read(content, limits ?? TemplateLimits.Default);

    /// <summary>Load, step 2: one text part read and compiled (a part that cannot hold a tag is not even parsed).</summary>
    internal static CompiledPart CompilePart(TemplatePackage package, string partName, DocumentPart kind, List<Diagnostic> diagnostics, Charts.ChartCatalog? charts = null, TemplateLimits? limits = null)
    {
        limits ??= TemplateLimits.Default;
        using var xml = PartReader.LoadIfTemplated(package.Find(partName)!.Data, partName, limits);
        return CompilePart(package, partName, kind, xml, diagnostics, charts, limits);
    }

    /// <summary>Load, step 2, for a part already read (<paramref name="xml"/> null: it cannot hold a tag).</summary>
    private static CompiledPart CompilePart(TemplatePackage package, string partName, DocumentPart kind, TemplateXml? xml, List<Diagnostic> diagnostics, Charts.ChartCatalog? charts, TemplateLimits limits)
    {
        var uri = new Uri(partName, UriKind.Relative);
        return xml is null
            ? new CompiledPart(uri, kind, string.Empty, null)
            : PartCompiler.Compile(uri, kind, xml.Document, diagnostics, charts is null ? null : new Charts.ChartScope(charts, package, partName), limits);
    }

    /// <summary>Renders the template with data.</summary>
    /// <exception cref="LucBinhException">The template has errors, or (strict mode) the data lacks a field it uses.</exception>
    public RenderResult Render(DataRecord data, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        cancellationToken.ThrowIfCancellationRequested();
        options ??= RenderOptions.Default;
        if (HasErrors)
        {
            throw new LucBinhException([.. Diagnostics.Where(d => d.IsError)]);
        }

        var session = new RenderSession { ResourceFolder = options.ResourceFolder, Budget = new RenderBudget(options.Limits, cancellationToken) };
        Dictionary<string, EntryData> replacements;
        byte[] document;
        try
        {
            replacements = RenderParts(data, session);
            document = WritePackage(replacements, session);
        }
        catch (TemplateLimitException e)
        {
            // Outside a part's render: the package (a part inflating past its declared size) or the output budget.
            throw new LucBinhException(TemplateDiagnostics.Error(e.Code, new FileLocation(Name), e.Arguments), e);
        }

        var warnings = session.MissingFields
            .Select(missing => MissingField(missing.Key, missing.Value.Known, missing.Value.Part, options.Strict))
            .ToList();
        if (options.Strict && warnings.Count > 0)
        {
            throw new LucBinhException(warnings);
        }

        warnings.AddRange(session.Problems.DistinctBy(p => p.Code + string.Join('|', p.Arguments))
            .Select(p => TemplateDiagnostics.Warning(p.Code, null, p.Arguments)));
        warnings.AddRange(session.Charts?.Diagnostics ?? []);
        return new RenderResult(document, warnings);
    }

    /// <summary>
    /// Render, step 1: every text part rendered, by part name, as the data the package will hold (deflated). This is
    /// the place where a step that rewrites other parts after the text parts (charts, embedded workbooks…) adds its
    /// parts: whatever is in the dictionary replaces the template's entry of that name.
    /// </summary>
    internal Dictionary<string, EntryData> RenderParts(DataRecord data, RenderSession session)
    {
        // The data is turned into Liquid values once per render, not once per part. Each part still has its own
        // assigns (Fluid scopes them per render): a header cannot use a name assigned in the body.
        var context = CreateContext(data, session);
        var budget = session.Budget;
        if (_charts.Slots.Count > 0)
        {
            session.Charts = Charts.ChartSession.Attach(context, _charts.Slots);
        }

        var replacements = new Dictionary<string, EntryData>(StringComparer.OrdinalIgnoreCase);
        var parsed = new List<(Uri Uri, XDocument Xml)>();
        foreach (var part in _parts)
        {
            if (part.Template is null)
            {
                continue;
            }

            session.CurrentPart = part.Uri;
            budget.CancellationToken.ThrowIfCancellationRequested();
            if (part.Streamable)
            {
                // Most parts: Fluid writes straight into the deflater, so the output never exists whole as a string;
                // every 8 KB chunk is counted against the output budget (and looks at the cancellation) on its way.
                var streamed = Run(part, () => EntryData.DeflateText(writer => RenderInto(part, context, writer), budget.ChargeOutput));
                if (!session.Images.Any(i => i.Part == part.Uri.OriginalString))
                {
                    replacements[part.Uri.OriginalString] = streamed;
                    continue;
                }

                // A picture arrived by a way the compiler did not foresee: render again for the picture pass below.
            }

            var output = Run(part, () => RenderToString(part, context, budget));

            // The XML round trip of the repairs costs most of a render; it runs only where this part can need one.
            if (part.NeedsRepairs || output.Contains("<?lbd-", StringComparison.Ordinal) || session.Images.Any(i => i.Part == part.Uri.OriginalString))
            {
                var document = FixUp(output, part);
                ImagePackaging.FitPictures(document, part.Uri.OriginalString, session);
                parsed.Add((part.Uri, document));
            }
            else
            {
                replacements[part.Uri.OriginalString] = EntryData.DeflateText(output);
            }
        }

        if (parsed.Any(d => NumberingRestart.IsPresent(d.Xml)))
        {
            var numbering = _numbering is null ? null : PartReader.Load(_package.Find(_numbering)!.Data, _numbering, _limits);
            var changed = false;
            foreach (var (_, xml) in parsed)
            {
                changed |= NumberingRestart.Apply(xml, numbering);
            }

            if (changed && numbering is not null)
            {
                replacements[_numbering!] = EntryData.DeflateText(Serialize(numbering));
            }
        }

        foreach (var (uri, xml) in parsed)
        {
            replacements[uri.OriginalString] = EntryData.DeflateText(Serialize(xml));
        }

        return replacements;
    }

    /// <summary>Render, step 2: pictures' media, charts, their relationships and content types, then the package itself.</summary>
    internal byte[] WritePackage(Dictionary<string, EntryData> replacements, RenderSession session)
    {
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var additions = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        ImagePackaging.AddToPackage(_package, session, texts, additions);
        if (session.Charts is { } charts)
        {
            Charts.ChartPackaging.AddToPackage(_package, charts, texts, replacements);
        }

        foreach (var (name, xml) in texts)
        {
            replacements[name] = EntryData.DeflateText(xml);
        }

        return PackageWriter.Write(_package, replacements, additions, session.Budget.CancellationToken);
    }

    private static void RenderInto(CompiledPart part, TemplateContext context, TextWriter writer)
    {
        var task = part.Template!.RenderAsync(writer, context, WordTextEncoder.Instance);
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>A part whose output must be held whole (for repairs): rendered into a string counted against the output budget.</summary>
    private static string RenderToString(CompiledPart part, TemplateContext context, RenderBudget budget)
    {
        using var writer = new LimitedStringWriter(count => budget.ChargeOutput(count));
        RenderInto(part, context, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Runs one part's render; an error from Fluid or a filter becomes TPL014 at that part, a limit passed (a range, a
    /// text, the output, Fluid's step count) its own code at the tag that most likely caused it.
    /// </summary>
    private T Run<T>(CompiledPart part, Func<T> render)
    {
        try
        {
            return render();
        }
        catch (TemplateLimitException e)
        {
            throw new LucBinhException(TemplateDiagnostics.Error(e.Code, LimitLocation(part, e.Hint), e.Arguments), e);
        }
        catch (InvalidOperationException e) when (IsFluidStepLimit(e))
        {
            // Block nesting is bounded at Load (TPL027), so what Fluid stops here is the number of steps.
            throw new LucBinhException(TemplateDiagnostics.Error("TPL026", LimitLocation(part, "for"), _limits.MaxSteps), e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
        {
            throw new LucBinhException(TemplateDiagnostics.Error("TPL014", new DocumentLocation(part.Kind, 0), FilterValues.Excerpt(e.Message, 300)), e);
        }
    }

    /// <summary>Where a limit was passed: the first tag of the part that mentions the hint (a filter, <c>..</c>, <c>for</c>), else the part.</summary>
    private static DiagnosticLocation LimitLocation(CompiledPart part, string? hint)
    {
        if (hint is not null)
        {
            foreach (var (source, location) in part.TagLocations)
            {
                if (source.Contains(hint, StringComparison.Ordinal))
                {
                    return location;
                }
            }
        }

        return part.TagLocations.FirstOrDefault(t => t.Source.Contains("for", StringComparison.Ordinal)).Location ?? new DocumentLocation(part.Kind, 0);
    }

    /// <summary>Fluid's own "too many statements" (thrown as a recursion error by MaxSteps).</summary>
    private static bool IsFluidStepLimit(InvalidOperationException e) =>
        e.Source == "Fluid" && e.Message.StartsWith("The maximum", StringComparison.Ordinal);

    internal static TemplateContext CreateContext(DataRecord data, RenderSession session)
    {
        var context = LiquidEnvironment.CreateContext(data, session.Budget.Limits);
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
            throw new LucBinhException(TemplateDiagnostics.Error("TPL013", new DocumentLocation(part.Kind, 0), FilterValues.Excerpt(e.Message, 300)), e);
        }

        OutputFixups.Apply(document.Root!);
        return document;
    }
}
