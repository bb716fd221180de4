using System.CommandLine;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Templating;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// <c>lucbinh-docs check</c>: lists every problem of a template and/or a tracker at once. With data, the template is
/// also rendered in memory to find the fields it uses that the data lacks; a template of the catalogue given alone is
/// checked with its own sample tracker (its manifest's <c>sample</c>), as <c>generate --template ID</c> renders it.
/// Nothing is written.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var template = CommonOptions.Template(text);
        var tracker = CommonOptions.Trackers(text); // as in generate: the same books give the same verdict
        var data = CommonOptions.Data(text);
        var fix = new Option<bool>("--fix") { Description = text["Option.Fix"] };
        var period = CommonOptions.Period(text);
        var command = new Command("check", text["Check.Description"]) { template, tracker, data, period, fix };
        command.SetAction(parse =>
        {
            var choice = parse.GetValue(template) is { } named ? TemplateChoice.Resolve(named, text, output) : null; // an id or a path
            if (parse.GetValue(fix))
            {
                return Repair(choice?.TemplatePath ?? DefaultFiles.Template, text, output);
            }

            var trackerPaths = parse.GetValue(tracker) ?? [];
            var dataPath = parse.GetValue(data);
            var templatePath = choice?.TemplatePath;
            if (choice?.Entry.SamplePath is { } sample && trackerPaths.Length == 0 && dataPath is null)
            {
                // As generate --template ID does: a template of the catalogue is tried with its own sample tracker.
                trackerPaths = [sample];
                output.WriteLine(text.Format("Check.SampleTracker", choice.Entry.Id, sample));
            }
            else if (templatePath is null && trackerPaths.Length == 0 && dataPath is null)
            {
                templatePath = DefaultFiles.Template;
                trackerPaths = [DefaultFiles.SampleTracker];
            }

            var periodSpec = parse.GetValue(period);
            var diagnostics = ReportCheck.Run(templatePath, trackerPaths, dataPath, periodSpec is null ? null : ReportPeriod.Parse(periodSpec), choice?.Schema);
            DiagnosticPrinter.Print(output, diagnostics, text);
            var errors = diagnostics.Count(d => d.IsError);
            output.WriteLine(text.Format("Check.Summary", errors, diagnostics.Count - errors));
            return errors > 0 ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The template doctor: writes the repaired copy beside the original (never over it) and lists the changes.</summary>
    private static int Repair(string templatePath, CliText text, TextWriter output)
    {
        var file = TemplateFile.FromPath(templatePath);
        var result = TemplateDoctor.Repair(file.Content, file.Name, file.LoadOptions(TemplateLimits.Default));
        DiagnosticPrinter.Print(output, result.Changes, text);
        if (result.Changes.Count == 0)
        {
            output.WriteLine(text["Fix.NothingToDo"]);
            return ExitCodes.Success;
        }

        var repaired = Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(templatePath))!,
            Path.GetFileNameWithoutExtension(templatePath) + ".da-sua.docx");
        IO.AtomicFile.Write(repaired, result.Document);
        output.WriteLine(text.Format("Fix.Written", repaired, Path.GetFullPath(templatePath)));
        return ExitCodes.Success;
    }
}
