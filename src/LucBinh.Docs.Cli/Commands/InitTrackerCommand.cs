using System.CommandLine;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Cli.Commands;

/// <summary><c>lucbinh-docs init-tracker</c>: a fresh blank tracker for a new period, optionally carrying over the organisation data.</summary>
internal static class InitTrackerCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var outPath = CommonOptions.Output(text, "Option.Out.Tracker");
        var from = new Option<string?>("--from") { Description = text["Option.From"] };
        var command = new Command("init-tracker", text["InitTracker.Description"]) { outPath, from };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(outPath) ?? "so-theo-doi.xlsx");
            if (File.Exists(target))
            {
                error.WriteLine(text.Format("InitTracker.Exists", target));
                return ExitCodes.InputError;
            }

            var previous = parse.GetValue(from) is { } fromPath ? TrackerReader.Read(fromPath).Data : null;
            BlankTracker.Write(target, previous);
            output.WriteLine(text.Format("InitTracker.Done", target));
            return ExitCodes.Success;
        });
        return command;
    }
}
