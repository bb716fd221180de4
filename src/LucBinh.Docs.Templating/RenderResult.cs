using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Templating;

/// <summary>A rendered document and the warnings met while rendering it.</summary>
public sealed record RenderResult(byte[] Document, IReadOnlyList<Diagnostic> Diagnostics);
