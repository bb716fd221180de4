using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Tracker;

/// <summary>The data model of a tracker and the problems found while reading it (warnings and errors with sheet and cell).</summary>
public sealed record TrackerReadResult(DataRecord Data, IReadOnlyList<Diagnostic> Diagnostics);
