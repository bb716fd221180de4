using System.Diagnostics;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Issuing.Tests;

internal sealed record CliRun(int ExitCode, string Output, string Error);

/// <summary>The real <c>lucbinh-docs</c> program as a separate process, with its own environment and settings.</summary>
internal static class Cli
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
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
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
        // The machine's own settings never leak into a test: only LUCBINH_* given here count.
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

        return Process.Start(start)!;
    }

    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
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

    /// <summary>Settings for a register and store in <paramref name="folder"/>, numbering per year, outbox inside.</summary>
    public static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["LUCBINH_Register__DatabasePath"] = Path.Combine(folder, "so-dang-ky.db"),
        ["LUCBINH_Register__Numbering"] = "year",
        ["LUCBINH_Outbox__Folder"] = Path.Combine(folder, "outbox"),
    };
}
