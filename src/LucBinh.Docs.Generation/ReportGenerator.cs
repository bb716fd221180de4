using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Templating;

namespace LucBinh.Docs.Generation;

/// <summary>The whole job: read the data, check and render the template, write the report atomically.</summary>
public static class ReportGenerator
{
    /// <exception cref="LucBinhException">An input cannot be read, the template or tracker has errors, or the output cannot be written.</exception>
    public static ReportResult Generate(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (data, dataDiagnostics) = ReportData.Load(request.TrackerPath, request.DataPath);
        request.Period?.ApplyTo(data);
        var template = DocxTemplate.Load(request.TemplatePath);
        if (template.HasErrors)
        {
            throw new LucBinhException(template.Diagnostics);
        }

        // Image paths in the data are relative to the tracker's (or data file's) folder, and may not leave it.
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
            var outputPath = name is null || request.OutputPath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
                ? OutputNaming.Resolve(request.OutputPath, itemData)
                : Path.GetFullPath(Path.Combine(request.OutputPath, OutputNaming.Sanitize(name.Render(itemData)) + ".docx"));
            if (IsSameFile(outputPath, request.TemplatePath) || (request.TrackerPath is { } t && IsSameFile(outputPath, t)))
            {
                throw LucBinhException.Common("IO010", new FileLocation(outputPath), null, outputPath);
            }

            if (outputs.Contains(outputPath, StringComparer.Ordinal))
            {
                outputPath = Path.Combine(Path.GetDirectoryName(outputPath)!, Path.GetFileNameWithoutExtension(outputPath) + " (" + (outputs.Count + 1) + ").docx");
            }

            AtomicFile.Write(outputPath, rendered.Document);
            outputs.Add(outputPath);
            reports.Add((outputPath, itemData));
            warnings.AddRange(rendered.Diagnostics.Where(w => !warnings.Any(x => x.Code == w.Code && x.Message() == w.Message())));
        }

        return new ReportResult(outputs[0], warnings) { OutputPaths = outputs, Reports = reports };
    }

    /// <summary>The data of each report: the whole model, or (batch) the model plus the current item as <c>muc</c>.</summary>
    private static IEnumerable<DataRecord> Jobs(DataRecord data, string? each)
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
