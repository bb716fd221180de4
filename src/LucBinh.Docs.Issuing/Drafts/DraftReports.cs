using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.IO;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Issuing.Drafts;

/// <summary>
/// <c>generate --draft</c>: the report(s) of a <see cref="ReportRequest"/> as drafts: the number left blank (whatever
/// the tracker says: a draft has no number yet), the "DỰ THẢO" watermark on every page, and the file named
/// "… (dự thảo).docx" so it is never mistaken for the issued one.
/// </summary>
public static class DraftReports
{
    /// <summary>Added to a draft's file name, before ".docx".</summary>
    public const string FileNameSuffix = " (dự thảo)";

    /// <exception cref="LucBinhException">An input cannot be read, the template or tracker has errors, or the output cannot be written.</exception>
    public static ReportResult Generate(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (data, dataDiagnostics) = ReportData.Load(request.TrackerPath, request.DataPath);
        request.Period?.ApplyTo(data);
        LeaveNumberBlank(data);
        var template = DocxTemplate.Load(request.TemplatePath);
        if (template.HasErrors)
        {
            throw new LucBinhException(template.Diagnostics);
        }

        var source = request.DataPath ?? request.TrackerPath;
        var renderOptions = new RenderOptions
        {
            Strict = request.Strict,
            ResourceFolder = source is null ? null : Path.GetDirectoryName(Path.GetFullPath(source)),
        };
        var name = request.NamePattern is { } pattern ? LiquidText.Parse(pattern) : null;
        var outputs = new List<string>();
        var reports = new List<(string, DataRecord)>();
        var warnings = new List<Diagnostic>([.. dataDiagnostics, .. template.Diagnostics]);
        foreach (var itemData in Jobs(data, request.Each))
        {
            var rendered = template.Render(itemData, renderOptions);
            var output = name is null || request.OutputPath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
                ? OutputNaming.Resolve(request.OutputPath, itemData)
                : Path.GetFullPath(Path.Combine(request.OutputPath, OutputNaming.Sanitize(name.Render(itemData)) + ".docx"));
            output = DraftPath(output);
            if (outputs.Contains(output, StringComparer.Ordinal))
            {
                output = Path.Combine(Path.GetDirectoryName(output)!, Path.GetFileNameWithoutExtension(output) + " (" + (outputs.Count + 1) + ").docx");
            }

            if (IsSameFile(output, request.TemplatePath) || (request.TrackerPath is { } t && IsSameFile(output, t)))
            {
                throw LucBinhException.Common("IO010", new FileLocation(output), null, output);
            }

            AtomicFile.Write(output, DraftWatermark.Apply(rendered.Document));
            outputs.Add(output);
            reports.Add((output, itemData));
            warnings.AddRange(rendered.Diagnostics.Where(w => !warnings.Any(x => x.Code == w.Code && x.Message() == w.Message())));
        }

        return new ReportResult(outputs[0], warnings) { OutputPaths = outputs, Reports = reports };
    }

    /// <summary>
    /// A draft made in memory (the web host, the add-in's "Tạo dự thảo"): the tracker gets the full check and nothing is
    /// read from or written to disk; the name is the report's with "(dự thảo)".
    /// </summary>
    /// <exception cref="LucBinhException">The tracker or the template cannot be read, or has errors (all of them are listed).</exception>
    public static GeneratedReport GenerateInMemory(
        (byte[] Content, string Name) template,
        (byte[] Content, string Name) tracker,
        ReportPeriod? period = null,
        bool strict = false,
        ProcessingLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template.Content);
        ArgumentNullException.ThrowIfNull(tracker.Content);
        limits ??= ProcessingLimits.Default;
        var read = Tracker.TrackerCheck.Check(tracker.Content, tracker.Name, new Tracker.TrackerReadOptions { Limits = limits.Tracker }, cancellationToken);
        var loaded = DocxTemplate.Load(template.Content, template.Name, limits.Template);
        var errors = read.Diagnostics.Concat(loaded.Diagnostics).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new LucBinhException(errors);
        }

        period?.ApplyTo(read.Data);
        LeaveNumberBlank(read.Data);
        var rendered = loaded.Render(read.Data, new RenderOptions { Strict = strict, Limits = limits.Template }, cancellationToken);
        var warnings = new List<Diagnostic>([.. read.Diagnostics, .. loaded.Diagnostics]);
        warnings.AddRange(rendered.Diagnostics.Where(w => !warnings.Any(x => x.Code == w.Code && x.Message() == w.Message())));
        if (strict && warnings.Any(w => w.IsError))
        {
            throw new LucBinhException([.. warnings.Where(w => w.IsError)]);
        }

        return new GeneratedReport(DraftPath(OutputNaming.FileName(read.Data)), DraftWatermark.Apply(rendered.Document), read.Data, warnings);
    }

    /// <summary>"Báo cáo.docx" → "Báo cáo (dự thảo).docx" (unchanged when it already says so).</summary>
    public static string DraftPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stem = Path.GetFileNameWithoutExtension(path);
        return stem.EndsWith(FileNameSuffix, StringComparison.OrdinalIgnoreCase)
            ? path
            : Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, stem + FileNameSuffix + Path.GetExtension(path));
    }

    /// <summary>A draft has no number yet: <c>thong_tin_chung.so_van_ban</c> is emptied (the template leaves room for it).</summary>
    public static void LeaveNumberBlank(DataRecord data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data[TrackerKeys.Info] is DataRecord info && info.ContainsKey(TrackerKeys.Number))
        {
            info.Set(TrackerKeys.Number, null);
        }
    }

    /// <summary>The data of each document: the whole model, or (batch) the model plus the current item as <c>muc</c>.</summary>
    internal static IEnumerable<DataRecord> Jobs(DataRecord data, string? each)
    {
        if (each is null)
        {
            yield return data;
            yield break;
        }

        if (data[each] is not DataList list || list.Count == 0)
        {
            throw LucBinhException.Common("GEN001", null, null, each);
        }

        foreach (var item in list)
        {
            var itemData = new DataRecord();
            foreach (var field in data.Fields)
            {
                itemData.Set(field.Key, field.Value, field.Label);
            }

            itemData.Set(BatchItem.Variable, item);
            yield return itemData;
        }
    }

    private static bool IsSameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
