using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Generation;

/// <summary>
/// The command line's wrapper of <see cref="ReportJob"/>: reads the files, runs the job (the verdict <c>check</c> and
/// the web host give), and writes each document atomically, named from the data or the name pattern.
/// </summary>
public static class ReportGenerator
{
    /// <exception cref="LucBinhException">An input cannot be read, the template or tracker has errors, or the output cannot be written.</exception>
    public static ReportResult Generate(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DataPath is null && request.TrackerPath is null)
        {
            throw new ArgumentException("A tracker or a data file is required.", nameof(request));
        }

        var template = DocxTemplate.Load(request.TemplatePath);
        var data = request.DataPath is { } json ? ReportData.LoadJson(json) : null;
        var trackers = data is null
            ? [.. new[] { request.TrackerPath! }.Concat(request.MoreTrackerPaths).Select(path => new JobFile(TrackerCheck.ReadFile(path), path))]
            : Array.Empty<JobFile>();

        // Image paths in the data are relative to the tracker's (or data file's) folder, and may not leave it.
        var source = request.DataPath ?? request.TrackerPath;
        var result = ReportJob.Run(new ReportJobInput
        {
            LoadedTemplate = template,
            Trackers = trackers,
            Data = data,
            Period = request.Period,
            Strict = request.Strict,
            Each = request.Each,
            NamePattern = request.NamePattern,
            Schema = request.Schema,
            ResourceFolder = source is null ? null : Path.GetDirectoryName(Path.GetFullPath(source)),
            PrepareData = request.PrepareData,
            FinishDocument = request.FinishDocument,
        });

        var outputs = new List<string>();
        var reports = new List<(string, DataRecord)>();
        foreach (var document in result.DocumentsOrThrow())
        {
            var outputPath = request.NamePattern is null || request.OutputPath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
                ? OutputNaming.Resolve(request.OutputPath, document.Data)
                : Path.GetFullPath(Path.Combine(request.OutputPath, document.FileName));
            if (request.OutputName is { } rename)
            {
                outputPath = Path.GetFullPath(rename(outputPath));
            }

            if (IsSameFile(outputPath, request.TemplatePath) || (request.TrackerPath is { } t && IsSameFile(outputPath, t))
                || request.MoreTrackerPaths.Any(more => IsSameFile(outputPath, more)))
            {
                throw LucBinhException.Common("IO010", new FileLocation(outputPath), null, outputPath);
            }

            if (outputs.Contains(outputPath, StringComparer.Ordinal))
            {
                outputPath = Path.Combine(Path.GetDirectoryName(outputPath)!, Path.GetFileNameWithoutExtension(outputPath) + " (" + (outputs.Count + 1) + ").docx");
            }

            AtomicFile.Write(outputPath, document.Document);
            outputs.Add(outputPath);
            reports.Add((outputPath, document.Data));
        }

        return new ReportResult(outputs[0], result.Diagnostics) { OutputPaths = outputs, Reports = reports };
    }

    private static bool IsSameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
