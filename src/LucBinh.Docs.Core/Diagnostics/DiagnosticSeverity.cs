namespace LucBinh.Docs.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
