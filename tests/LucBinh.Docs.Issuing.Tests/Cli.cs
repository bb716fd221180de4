using System.Diagnostics;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Issuing.Tests;

/// <summary>The real <c>lucbinh-docs</c> program as a separate process, with its own environment and settings.</summary>
internal static class Cli
{
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        CliProcess.Start(workingDirectory, environment, args);

    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        CliProcess.Run(workingDirectory, environment, args);

    /// <summary>Settings for a register and store in <paramref name="folder"/>, numbering per year, outbox inside.</summary>
    public static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["LUCBINH_Register__DatabasePath"] = Path.Combine(folder, "so-dang-ky.db"),
        ["LUCBINH_Register__Numbering"] = "year",
        ["LUCBINH_Outbox__Folder"] = Path.Combine(folder, "outbox"),
    };
}
