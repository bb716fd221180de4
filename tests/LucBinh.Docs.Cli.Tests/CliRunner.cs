using System.Diagnostics;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

internal sealed record CliRun(int ExitCode, string Output, string Error);

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

    public static CliRun AsProcess(string workingDirectory, params string[] args)
    {
        // The tool's own build output, with its own dependency set (the test folder mixes the tests' versions in).
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var tool = Path.Combine(RepoPaths.Root, "src", "LucBinh.Docs.Cli", "bin", configuration, "net10.0", "lucbinh-docs.dll");
        Assert.IsTrue(File.Exists(tool), "the CLI is built: " + tool);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("LUCBINH_LANG");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromMinutes(2)), "lucbinh-docs finished");
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string Sample => RepoPaths.SampleTracker;

    public static string Template => RepoPaths.ReportTemplate;
}
