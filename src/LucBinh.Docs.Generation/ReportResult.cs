using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Generation;

/// <summary>A report written to disk, and the warnings met on the way (tracker and template).</summary>
public sealed record ReportResult(string OutputPath, IReadOnlyList<Diagnostic> Warnings);
