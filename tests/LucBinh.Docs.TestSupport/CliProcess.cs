using System.Diagnostics;

namespace LucBinh.Docs.TestSupport;

/// <summary>What a run of the command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>
/// The real <c>lucbinh-docs</c> program as a separate process: its own build output with its own dependency set (a test
/// folder mixes the tests' versions in), in a chosen folder.
/// </summary>
public static class CliProcess
{
    public static string Tool
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            var tool = Path.Combine(RepoPaths.Root, "src", "LucBinh.Docs.Cli", "bin", configuration, "net10.0", "lucbinh-docs.dll");
            Assert.IsTrue(File.Exists(tool), "the CLI is built: " + tool);
            return tool;
        }
    }

    /// <summary>A started process (not waited for): the caller waits or kills it.</summary>
    /// <param name="environment">
    /// Null: the test's environment, less <c>LUCBINH_LANG</c>. Given: the machine's own <c>LUCBINH_*</c> settings and home
    /// folder never leak in; only these count.
    /// </param>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("LUCBINH_LANG");
        if (environment is not null)
        {
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("LUCBINH_", StringComparison.Ordinal)).ToList())
            {
                start.Environment.Remove(key);
            }

            start.Environment["HOME"] = workingDirectory;
            start.Environment["XDG_CONFIG_HOME"] = Path.Combine(workingDirectory, ".config");
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs it to its end (three minutes at most, then it is killed and the test fails).</summary>
    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("lucbinh-docs did not finish within 3 minutes: " + string.Join(' ', args));
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
