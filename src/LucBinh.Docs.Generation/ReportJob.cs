using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Templating.Analysis;
using LucBinh.Docs.Tracker;
using LucBinh.Docs.Tracker.Checking;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Generation;

/// <summary>
/// The one report job every host runs (the command line's <c>generate</c> and <c>check</c>, the web host's
/// <c>/api/reports</c> and <c>/api/check</c>, so the add-in): bytes in, the data model, every diagnostic and the
/// document(s) out, nothing read from or written to disk. The same tracker and template give the same verdict
/// everywhere:
/// <list type="number">
/// <item>the template is loaded and what it uses is read from its tags (<see cref="DocxTemplate.Usage"/>);</item>
/// <item>the tracker is read and checked against its schema for that use (<see cref="TrackerCheck"/> with
/// <see cref="TemplateNeeds"/>): a problem blocks only when it is in something the template uses, the rest are warnings;
/// without a template the whole schema is checked;</item>
/// <item>the template is rendered with the data (the period applied, one document per item with <c>each</c>), which also
/// finds the fields the template uses and the data lacks (TPL012, an error when strict);</item>
/// <item>any error blocks: no document is returned, every diagnostic is.</item>
/// </list>
/// A file that cannot be read at all (not a workbook, encrypted, past a limit) still throws <see cref="LucBinhException"/>.
/// </summary>
public static class ReportJob
{
    /// <exception cref="LucBinhException">A file cannot be read at all, or a render passed a limit.</exception>
    public static ReportJobResult Run(ReportJobInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var limits = input.Limits;
        var template = input.LoadedTemplate ?? input.Template?.Load(limits.Template);
        var usage = template is null ? null : ForThisRun(template.HasErrors ? TemplateUsage.Empty : template.Usage, input.Each);

        var diagnostics = new List<Diagnostic>();
        var data = input.Data;
        if (data is null && input.Trackers.Count > 0)
        {
            var check = new TrackerCheckOptions { Schema = input.Schema ?? input.Template?.Schema ?? TrackerSchema.Committee, Needs = usage is null ? null : Needs(usage, input.Period) };
            var readOptions = new TrackerReadOptions { Limits = limits.Tracker };
            var first = input.Trackers[0];
            var read = TrackerCheck.Check(first.Content, first.Name, readOptions, check, cancellationToken);
            diagnostics.AddRange(read.Diagnostics);
            data = read.Data;
            if (input.Trackers.Count > 1)
            {
                // Last period's books add their rows; they are read (their warnings listed), not checked for this report.
                var others = new List<(DataRecord, string)>();
                foreach (var other in input.Trackers.Skip(1))
                {
                    var more = TrackerReader.Read(other.Content, other.Name, readOptions, cancellationToken);
                    diagnostics.AddRange(more.Diagnostics);
                    others.Add((more.Data, other.Name));
                }

                TrackerJoin.Join(data, first.Name, others);
            }
        }

        if (data is not null)
        {
            input.Period?.ApplyTo(data);

            // After the check (done while reading): the verdict is on the data as the user gave it, so a host's change
            // (a draft's blank number, an issued number) cannot add or hide a problem; before the render, which uses it.
            input.PrepareData?.Invoke(data);
        }

        if (template is null || data is null)
        {
            diagnostics.AddRange(template?.Diagnostics ?? []);
            return new ReportJobResult(data, diagnostics, []) { Usage = usage };
        }

        diagnostics.AddRange(template.Diagnostics);
        if (template.HasErrors)
        {
            return new ReportJobResult(data, diagnostics, []) { Usage = usage };
        }

        var items = Items(data, input.Each, diagnostics);
        var renderOptions = new RenderOptions { Limits = limits.Template, ResourceFolder = input.ResourceFolder };
        var name = input.NamePattern is { } pattern ? LiquidText.Parse(pattern) : null;
        var documents = new List<ReportDocument>();
        if (diagnostics.Any(d => d.IsError))
        {
            // Blocked already: one render in memory still finds what the template uses and the data lacks, so a check
            // lists everything at once; a render that fails on the faulty data adds its own error.
            try
            {
                AddRender(template.Render(items.FirstOrDefault() ?? data, renderOptions, cancellationToken), input.Strict, diagnostics);
            }
            catch (LucBinhException e)
            {
                Merge(diagnostics, e.Diagnostics);
            }

            return new ReportJobResult(data, diagnostics, []) { Usage = usage };
        }

        foreach (var item in items)
        {
            var rendered = template.Render(item, renderOptions, cancellationToken);
            AddRender(rendered, input.Strict, diagnostics);
            var fileName = name is null ? OutputNaming.FileName(item) : OutputNaming.Sanitize(name.Render(item)) + ".docx";
            var bytes = input.FinishDocument is { } finish ? finish(rendered.Document) : rendered.Document;
            documents.Add(new ReportDocument(fileName, bytes, item));
        }

        return diagnostics.Any(d => d.IsError)
            ? new ReportJobResult(data, diagnostics, []) { Usage = usage }
            : new ReportJobResult(data, diagnostics, documents) { Usage = usage };
    }

    /// <summary>
    /// The usage for this run: with <c>each</c> the batch item <c>muc</c> is a row of that list; without, <c>muc</c> is no
    /// sheet (the render says the field is missing).
    /// </summary>
    private static TemplateUsage ForThisRun(TemplateUsage usage, string? each) =>
        each is not null ? usage.ForBatch(each, BatchItem.Variable) : usage;

    /// <summary>What the tracker must hold for the template: its paths, less the fields a chosen period supplies.</summary>
    private static TemplateNeeds Needs(TemplateUsage usage, ReportPeriod? period)
    {
        var supplied = period is null
            ? []
            : new List<string> { TrackerKeys.PeriodName, TrackerKeys.From, TrackerKeys.To, TrackerKeys.Year }
                .Concat(period.NextLabel is null ? [] : [TrackerKeys.NextPeriod])
                .Select(k => TrackerKeys.Info + "." + k);
        var paths = usage.Paths.Where(p => p.Root != BatchItem.Variable).Select(p => (p.Path, (DiagnosticLocation?)p.Location));
        return new TemplateNeeds(paths, supplied);
    }

    /// <summary>The data of each document: the whole model, or (batch) the model plus the current item as <c>muc</c>.</summary>
    private static List<DataRecord> Items(DataRecord data, string? each, List<Diagnostic> diagnostics)
    {
        if (each is null)
        {
            return [data];
        }

        if (data[each] is not DataList list || list.Count == 0)
        {
            diagnostics.Add(new Diagnostic(Localization.MessageCatalog.Common, "GEN001", DiagnosticSeverity.Error, null, each));
            return [];
        }

        var items = new List<DataRecord>(list.Count);
        foreach (var item in list)
        {
            var itemData = new DataRecord();
            foreach (var field in data.Fields)
            {
                itemData.Set(field.Key, field.Value, field.Label);
            }

            itemData.Set(BatchItem.Variable, item);
            items.Add(itemData);
        }

        return items;
    }

    /// <summary>A render's warnings, each once; strict, a field the data lacks (TPL012) is an error.</summary>
    private static void AddRender(RenderResult rendered, bool strict, List<Diagnostic> diagnostics) =>
        Merge(diagnostics, rendered.Diagnostics.Select(d => strict && d.Code == "TPL012" && !d.IsError
            ? new Diagnostic(d.Catalog, d.Code, DiagnosticSeverity.Error, d.Location, [.. d.Arguments])
            : d));

    private static void Merge(List<Diagnostic> diagnostics, IEnumerable<Diagnostic> more)
    {
        foreach (var diagnostic in more)
        {
            if (!diagnostics.Any(x => x.Code == diagnostic.Code && x.Severity == diagnostic.Severity && x.Message() == diagnostic.Message()))
            {
                diagnostics.Add(diagnostic);
            }
        }
    }
}
