using LucBinh.Docs.Data;

namespace LucBinh.Docs.Publishing;

/// <summary>A finished report on disk and the data it was made from (for the Liquid folder, file name and metadata).</summary>
/// <param name="FilePath">The .docx written by the generator (or given to <c>lucbinh-docs publish</c>).</param>
/// <param name="Data">The report's data; an empty record when only the file is known.</param>
public sealed record ReportToStore(string FilePath, DataRecord Data);
