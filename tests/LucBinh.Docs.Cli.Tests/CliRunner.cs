using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

/// <summary>Runs the command line in-process, or as the real <c>lucbinh-docs</c> program in a chosen folder.</summary>
internal static class CliRunner
{
    public static CliRun InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = LucBinhCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static CliRun AsProcess(string workingDirectory, params string[] args) => CliProcess.Run(workingDirectory, null, args);

    public static string Sample => RepoPaths.SampleTracker;

    public static string Template => RepoPaths.ReportTemplate;
}
