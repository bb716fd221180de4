using LucBinh.Docs.Diagnostics;

namespace LucBinh.Docs.Cli;

/// <summary>Writes diagnostics for a person at a terminal: one line each, errors first, in the chosen language.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics, CliText text)
    {
        foreach (var diagnostic in diagnostics.OrderBy(d => d.IsError ? 0 : 1))
        {
            writer.WriteLine(diagnostic.ToDisplayString(text.Language));
        }
    }
}
