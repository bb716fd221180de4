using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Generation;

/// <summary>A report written to disk, and the warnings met on the way (tracker and template).</summary>
public sealed record ReportResult(string OutputPath, IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>Every report written (one, or one per item in a batch).</summary>
    public IReadOnlyList<string> OutputPaths { get; init; } = [OutputPath];

    /// <summary>Each report written with the data it was made from (for naming and metadata when it is published).</summary>
    public IReadOnlyList<(string Path, Data.DataRecord Data)> Reports { get; init; } = [];
}
