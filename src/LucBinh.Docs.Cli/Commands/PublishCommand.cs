using System.CommandLine;
using LucBinh.Docs.Data;
using LucBinh.Docs.Generation;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// <c>lucbinh-docs publish FILE.docx…</c> stores existing reports; <c>publish --pending</c> sends what waits in the
/// outbox. <c>--tracker</c>/<c>--data</c> give the data for the folder, file name and metadata settings.
/// </summary>
internal static class PublishCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("file") { Description = text["Publish.Files"], Arity = ArgumentArity.ZeroOrMore };
        var pending = new Option<bool>("--pending") { Description = text["Option.Pending"] };
        var tracker = CommonOptions.Tracker(text);
        var data = CommonOptions.Data(text);
        var config = CommonOptions.Config(text);
        var command = new Command("publish", text["Publish.Description"]) { files, pending, tracker, data, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var publisher = Publisher.Create(parse.GetValue(config) ?? [], text, output, error);
            if (parse.GetValue(pending))
            {
                return await publisher.PublishPendingAsync(cancellationToken).ConfigureAwait(false);
            }

            if (paths.Length == 0)
            {
                error.WriteLine(text["Publish.NothingToDo"]);
                return ExitCodes.InputError;
            }

            var model = parse.GetValue(tracker) is null && parse.GetValue(data) is null
                ? new DataRecord()
                : ReportData.Load(parse.GetValue(tracker), parse.GetValue(data)).Data;
            foreach (var path in paths)
            {
                _ = IO.InputFile.ReadAll(path, maxBytes: 250L * 1024 * 1024); // a clear message for a missing file
            }

            return await publisher.PublishAsync(paths.Select(p => (Path.GetFullPath(p), model)), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
