using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Generation;

/// <summary>A report made in memory (the web host): the .docx bytes, its file name, the data and the warnings met.</summary>
public sealed record GeneratedReport(string FileName, byte[] Document, DataRecord Data, IReadOnlyList<Diagnostic> Warnings);
