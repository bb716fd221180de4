using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// <c>lucbinh-docs templates [--json]</c>: the catalogue — each template's id, kind, title, description and the sheets its
/// tracker needs, grouped by kind, with the one command that tries it on its sample.
/// </summary>
internal static class TemplatesCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Vietnamese stays readable; the output is not HTML
    };

    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = text["Option.Json.Templates"] };
        var folder = new Option<string?>("--folder") { Description = text["Option.Folder.Templates"] };
        var command = new Command("templates", text["Templates.Description"]) { json, folder };
        command.SetAction(parse =>
        {
            var catalogue = TemplateCatalogue.Load(parse.GetValue(folder) ?? TemplateChoice.CatalogueFolder);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(catalogue.Entries.Select(e => Describe(e, text)), Json));
            }
            else
            {
                Print(catalogue, text, output);
            }

            DiagnosticPrinter.Print(error, catalogue.Diagnostics, text);
            return catalogue.Diagnostics.Any(d => d.IsError) ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }

    private static void Print(TemplateCatalogue catalogue, CliText text, TextWriter output)
    {
        if (catalogue.Entries.Count == 0)
        {
            output.WriteLine(text.Format("Templates.None", catalogue.Folder));
            return;
        }

        output.WriteLine(text.Format("Templates.Folder", catalogue.Folder));
        foreach (var group in catalogue.Entries.GroupBy(e => e.Manifest.Kind))
        {
            output.WriteLine();
            output.WriteLine(KindName(group.Key, text).ToUpperInvariant());
            foreach (var entry in group)
            {
                var manifest = entry.Manifest;
                var code = manifest.KindCode.Length > 0 ? " [" + manifest.KindCode + "]" : string.Empty;
                output.WriteLine($"  {entry.Id}{code} — {manifest.Title}");
                if (manifest.Description is { } description)
                {
                    output.WriteLine("      " + description);
                }

                output.WriteLine("      " + text.Format("Templates.Sheets", string.Join(", ", entry.Schema.Sheets.Select(s => s.Name))));
                if (entry.SamplePath is not null)
                {
                    output.WriteLine("      " + text.Format("Templates.TryIt", entry.Id));
                }
            }
        }
    }

    internal static string KindName(DocumentKind kind, CliText text) => text["Kind." + kind];

    private static TemplateJson Describe(CatalogueEntry entry, CliText text) => new(
        entry.Id,
        entry.Manifest.Kind.ToString(),
        entry.Manifest.KindCode,
        KindName(entry.Manifest.Kind, text),
        entry.Manifest.Title,
        entry.Manifest.Description,
        entry.TemplatePath,
        entry.ManifestPath,
        entry.SamplePath,
        entry.Manifest.Each,
        [.. entry.Schema.Sheets.Select(s => new SheetJson(s.Name, s.Key, s.Shape.ToString(), s.Table, [.. s.Fields.Select(f => f.Key)]))]);

    /// <summary>One template in <c>templates --json</c> (docs/template-catalogue.md).</summary>
    private sealed record TemplateJson(
        string Id,
        string Kind,
        string KindCode,
        string KindName,
        string Title,
        string? Description,
        string Template,
        string? Manifest,
        string? Sample,
        string? Each,
        IReadOnlyList<SheetJson> Sheets);

    private sealed record SheetJson(string Name, string Key, string Shape, string? Table, IReadOnlyList<string> Fields);
}
