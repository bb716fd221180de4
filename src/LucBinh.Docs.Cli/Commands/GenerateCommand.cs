using System.CommandLine;
using LucBinh.Docs.Generation;

namespace LucBinh.Docs.Cli.Commands;

/// <summary><c>lucbinh-docs generate</c>: tracker (or JSON) + template → report.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var tracker = CommonOptions.Trackers(text);
        var template = CommonOptions.Template(text);
        var data = CommonOptions.Data(text);
        var outPath = CommonOptions.Output(text, "Option.Out.Report");
        var strict = CommonOptions.Strict(text);
        var each = new Option<string?>("--each") { Description = text["Option.Each"] };
        var name = new Option<string?>("--name") { Description = text["Option.Name"] };
        var period = CommonOptions.Period(text);
        var publish = new Option<bool>("--publish") { Description = text["Option.Publish"] };
        var config = CommonOptions.Config(text);
        var draft = new Option<bool>("--draft") { Description = IssueCommand.Text(text, "Cli.Generate.Draft") };
        var pdf = new Option<bool>("--pdf") { Description = IssueCommand.Text(text, "Cli.Generate.Pdf") };
        var command = new Command("generate", text["Generate.Description"]) { tracker, template, data, outPath, period, strict, each, name, publish, config, draft, pdf };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Configuration errors are reported before any work, so a wrong setting never costs a generated report.
            var publisher = parse.GetValue(publish) ? Publisher.Create(parse.GetValue(config) ?? [], text, output, error) : null;
            var choice = TemplateChoice.Resolve(parse.GetValue(template), text, error); // an id or a path; its manifest's sample and list
            var request = new ReportRequest
            {
                TemplatePath = choice.TemplatePath,
                DataPath = parse.GetValue(data),
                TrackerPath = parse.GetValue(data) is null ? choice.Tracker(parse.GetValue(tracker)?.FirstOrDefault()) : null,
                MoreTrackerPaths = parse.GetValue(data) is null ? [.. (parse.GetValue(tracker) ?? []).Skip(1)] : [],
                OutputPath = parse.GetValue(outPath) ?? DefaultFiles.OutputFolder,
                Strict = parse.GetValue(strict),
                Each = parse.GetValue(each) ?? choice.Each,
                Schema = choice.Schema,
                NamePattern = parse.GetValue(name),
                Period = parse.GetValue(period) is { } spec ? ReportPeriod.Parse(spec) : null,
            };
            var result = parse.GetValue(draft) ? Issuing.Drafts.DraftReports.Generate(request) : ReportGenerator.Generate(request);
            DiagnosticPrinter.Print(error, result.Warnings, text);
            foreach (var path in result.OutputPaths)
            {
                output.WriteLine(text.Format("Generate.Done", path));
            }

            foreach (var path in parse.GetValue(pdf) ? result.OutputPaths : [])
            {
                output.WriteLine(IssueCommand.Text(text, "Text.Pdfs", await Conversion.PdfExport.WriteBesideAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false)));
            }

            return publisher is null ? ExitCodes.Success : await publisher.PublishAsync(result.Reports, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
