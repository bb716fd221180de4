using System.CommandLine;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.Tracker;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// <c>lucbinh-docs init-tracker</c>: a fresh blank tracker for a new period, optionally carrying over the organisation
/// data. With <c>--template ID</c> (repeatable) or <c>--all</c>, the tracker holds exactly the sheets those templates read
/// (the union of their schemas, a sheet they share once); without, the committee's tracker.
/// </summary>
internal static class InitTrackerCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var outPath = CommonOptions.Output(text, "Option.Out.Tracker");
        var from = new Option<string?>("--from") { Description = text["Option.From"] };
        var templates = new Option<string[]>("--template")
        {
            Description = text["Option.Template.InitTracker"],
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var all = new Option<bool>("--all") { Description = text["Option.All.InitTracker"] };
        var command = new Command("init-tracker", text["InitTracker.Description"]) { outPath, from, templates, all };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(outPath) ?? "so-theo-doi.xlsx");
            if (File.Exists(target))
            {
                error.WriteLine(text.Format("InitTracker.Exists", target));
                return ExitCodes.InputError;
            }

            // The templates are resolved before the previous tracker is read: a mistyped id costs nothing.
            var schema = Schema(parse.GetValue(templates) ?? [], parse.GetValue(all), text, error);
            var previous = parse.GetValue(from) is { } fromPath ? TrackerReader.Read(fromPath).Data : null;
            BlankTracker.Write(target, previous, schema);
            output.WriteLine(text.Format("InitTracker.Done", target));
            output.WriteLine(text.Format("InitTracker.Sheets", string.Join(", ", schema.Sheets.Select(s => s.Name))));
            return ExitCodes.Success;
        });
        return command;
    }

    private static TrackerSchema Schema(string[] ids, bool all, CliText text, TextWriter error)
    {
        if (all)
        {
            var catalogue = TemplateCatalogue.Load(TemplateChoice.CatalogueFolder);
            foreach (var entry in catalogue.Entries)
            {
                entry.ThrowIfInvalid();
            }

            DiagnosticPrinter.Print(error, catalogue.Diagnostics, text);
            return catalogue.Entries.Count == 0 ? TrackerSchema.Committee : TrackerSchema.Union(catalogue.Entries.Select(e => e.Schema));
        }

        return ids.Length == 0
            ? TrackerSchema.Committee
            : TrackerSchema.Union(ids.Distinct(StringComparer.Ordinal).Select(id => TemplateChoice.Resolve(id, text, error).Schema));
    }
}
