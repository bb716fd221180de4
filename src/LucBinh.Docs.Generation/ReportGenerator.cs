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
        var template = DocxTemplate.Load(request.TemplatePath);
        if (template.HasErrors)
        {
            throw new LucBinhException(template.Diagnostics);
        }

        var rendered = template.Render(data, new RenderOptions { Strict = request.Strict });
        var outputPath = OutputNaming.Resolve(request.OutputPath, data);
        if (IsSameFile(outputPath, request.TemplatePath) || (request.TrackerPath is { } t && IsSameFile(outputPath, t)))
        {
            throw LucBinhException.Common("IO010", new FileLocation(outputPath), null, outputPath);
        }

        AtomicFile.Write(outputPath, rendered.Document);
        return new ReportResult(outputPath, [.. dataDiagnostics, .. template.Diagnostics, .. rendered.Diagnostics]);
    }

    private static bool IsSameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
