using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
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

    /// <summary>
    /// The report job of <c>generate</c> (<see cref="ReportGenerator"/>: the same check, errors and warnings) with the
    /// draft's three changes: the number blanked after the check, the watermark, the "(dự thảo)" name.
    /// </summary>
    /// <exception cref="LucBinhException">An input cannot be read, the template or tracker has errors, or the output cannot be written.</exception>
    public static ReportResult Generate(ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepare = request.PrepareData;
        return ReportGenerator.Generate(request with
        {
            PrepareData = data =>
            {
                prepare?.Invoke(data);
                LeaveNumberBlank(data);
            },
            FinishDocument = document => DraftWatermark.Apply(document),
            OutputName = DraftPath,
        });
    }

    /// <summary>
    /// A draft made in memory (the web host, the add-in's "Tạo dự thảo"): the report job the web's reports run (the
    /// tracker checked for what the template uses), nothing read from or written to disk; the name is the report's
    /// with "(dự thảo)".
    /// </summary>
    /// <exception cref="LucBinhException">The tracker or the template cannot be read, or has errors (all of them are listed).</exception>
    public static GeneratedReport GenerateInMemory(
        TemplateFile template,
        (byte[] Content, string Name) tracker,
        ReportPeriod? period = null,
        bool strict = false,
        ProcessingLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        var report = InMemoryReport.Generate(template, tracker, period, strict, limits, LeaveNumberBlank, document => DraftWatermark.Apply(document), cancellationToken);
        return report with { FileName = DraftPath(report.FileName) };
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
}
