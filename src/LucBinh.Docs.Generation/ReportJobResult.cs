using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Templating.Analysis;

namespace LucBinh.Docs.Generation;

/// <summary>One document a job made: its file name (from the data or the name pattern), its bytes and the data it was made from.</summary>
public sealed record ReportDocument(string FileName, byte[] Document, DataRecord Data);

/// <summary>
/// The verdict of a report job: the data model, every diagnostic (reading, checking, template, render) with its final
/// severity, and the documents when nothing blocked them. <see cref="Blocked"/> is the one answer every host gives:
/// exit code 1 on the command line, 422 on the web.
/// </summary>
public sealed record ReportJobResult(DataRecord? Data, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ReportDocument> Documents)
{
    /// <summary>What the template uses (null without a template).</summary>
    public TemplateUsage? Usage { get; init; }

    /// <summary>An error stops the report: nothing was rendered (or, strict, a field the data lacks).</summary>
    public bool Blocked => Diagnostics.Any(d => d.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The documents, or the job's errors as the exception the hosts show (CLI exit 1, web 422).</summary>
    /// <exception cref="LucBinhException">The job found errors.</exception>
    public IReadOnlyList<ReportDocument> DocumentsOrThrow() => Blocked ? throw new LucBinhException([.. Errors]) : Documents;
}
