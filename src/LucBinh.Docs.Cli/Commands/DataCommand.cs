using System.CommandLine;
using System.Text;
using LucBinh.Docs.Data;
using LucBinh.Docs.IO;
using LucBinh.Docs.Tracker;

namespace LucBinh.Docs.Cli.Commands;

/// <summary><c>lucbinh-docs data</c>: prints the tracker's data model as JSON, the names a template author uses.</summary>
internal static class DataCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var tracker = CommonOptions.Tracker(text);
        var outPath = CommonOptions.Output(text, "Option.Out.Json");
        var command = new Command("data", text["Data.Description"]) { tracker, outPath };
        command.SetAction(parse =>
        {
            var result = TrackerReader.Read(parse.GetValue(tracker) ?? DefaultFiles.SampleTracker);
            DiagnosticPrinter.Print(error, result.Diagnostics, text);
            var json = DataJson.Serialize(result.Data);
            if (parse.GetValue(outPath) is { } path)
            {
                AtomicFile.Write(path, Encoding.UTF8.GetBytes(json + "\n"));
                output.WriteLine(text.Format("Data.Written", Path.GetFullPath(path)));
            }
            else
            {
                output.WriteLine(json);
            }

            return result.Diagnostics.Any(d => d.IsError) ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }
}
