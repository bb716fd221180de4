using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace LucBinh.Docs.Bench;

/// <summary>
/// Writes the workloads to bench/out, runs each engine on each workload in a child process of its own (ours, then
/// docxtemplater; never both at once on this 2-core machine), checks that both wrote the same text, and prints the
/// report (also saved as bench/out/results.md and results.json).
/// </summary>
internal static class Runner
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(bool quick, string[]? only, bool runNode, bool breakdown, bool scaling)
    {
        var root = RepoRoot();
        var benchDir = Path.Combine(root, "bench");
        var outDir = Path.Combine(benchDir, "out");
        Directory.CreateDirectory(outDir);
#if DEBUG
        Console.Error.WriteLine("WARNING: this is a Debug build; numbers are meaningless. Run with -c Release (bench/run.sh does).");
#endif
        var workloads = Workloads.All(quick).Where(w => only is null || only.Contains(w.Id)).ToList();

        Console.Error.WriteLine($"writing templates and data to {outDir}");
        WriteInputs(outDir, workloads);

        var nodeDir = Path.Combine(benchDir, "docxtemplater");
        if (runNode && !Directory.Exists(Path.Combine(nodeDir, "node_modules", "docxtemplater")))
        {
            Console.Error.WriteLine("installing docxtemplater (npm ci)");
            var (code, _, error) = await Exec("npm", ["ci", "--no-audit", "--no-fund"], nodeDir).ConfigureAwait(false);
            if (code != 0)
            {
                Console.Error.WriteLine(error);
                return 1;
            }
        }

        var ours = new Dictionary<string, WorkerResult>();
        var theirs = new Dictionary<string, WorkerResult>();
        foreach (var workload in workloads)
        {
            Console.Error.WriteLine($"[{workload.Id}] ours: {workload.Warmup} warm-up + {workload.Iterations} measured");
            var selfArgs = new List<string> { "worker", workload.Id, outDir };
            if (quick)
            {
                selfArgs.Add("--quick");
            }

            if (!breakdown)
            {
                selfArgs.Add("--no-breakdown");
            }

            ours[workload.Id] = await RunWorker<WorkerResult>(SelfCommand(selfArgs), benchDir).ConfigureAwait(false);
            if (runNode)
            {
                Console.Error.WriteLine($"[{workload.Id}] docxtemplater: {workload.Warmup} warm-up + {workload.Iterations} measured");
                // docxtemplater warms up at least as long as ours did on the same workload (see Sampler.JitQuiet).
                var oursWarmupMs = ours[workload.Id].Measurements.FirstOrDefault(m => m.Name == "ours")?.WarmupMs ?? 0;
                theirs[workload.Id] = await RunWorker<WorkerResult>(
                    ("node", ["--expose-gc", Path.Combine(nodeDir, "bench.js"), outDir, workload.Id, ((long)oursWarmupMs).ToString(System.Globalization.CultureInfo.InvariantCulture)]), nodeDir).ConfigureAwait(false);
            }
        }

        List<Measurement>? scalingResults = null;
        if (scaling && workloads.Any(w => w.Id == "b"))
        {
            Console.Error.WriteLine("scaling: render-only time of the big table at several sizes");
            var selfArgs = new List<string> { "scaling", outDir };
            if (quick)
            {
                selfArgs.Add("--quick");
            }

            scalingResults = await RunWorker<List<Measurement>>(SelfCommand(selfArgs), benchDir).ConfigureAwait(false);
        }

        var checks = runNode ? workloads.ToDictionary(w => w.Id, w => OutputCheck.Compare(
            Path.Combine(outDir, $"{w.Id}.ours.out.docx"), Path.Combine(outDir, $"{w.Id}.docxtemplater.out.docx"))) : [];
        var nodeVersion = runNode ? (await Exec("node", ["--version"], nodeDir).ConfigureAwait(false)).Output.Trim() : "not run";
        var report = Report.Build(workloads, ours, theirs, checks, scalingResults, Machine(nodeVersion) + "; " + await Revision(root).ConfigureAwait(false), quick);
        Console.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(outDir, "results.md"), report).ConfigureAwait(false);
        await File.WriteAllTextAsync(
            Path.Combine(outDir, "results.json"),
            JsonSerializer.Serialize(new { ours, docxtemplater = theirs, scaling = scalingResults }, Indented)).ConfigureAwait(false);
        return 0;
    }

    private static void WriteInputs(string outDir, List<Workload> workloads)
    {
        foreach (var templateId in workloads.Select(w => w.TemplateId).Distinct())
        {
            foreach (var syntax in new[] { TemplateSyntax.Liquid, TemplateSyntax.Docxtemplater })
            {
                File.WriteAllBytes(Path.Combine(outDir, $"{templateId}.{syntax.Engine}.docx"), Workloads.Template(templateId, syntax));
            }
        }

        foreach (var workload in workloads)
        {
            using var stream = File.Create(Path.Combine(outDir, workload.DataFile));
            JsonSerializer.Serialize(stream, Workloads.Data(workload));
        }

        var manifest = new
        {
            workloads = workloads.Select(w => new
            {
                id = w.Id,
                title = w.Title,
                mode = w.Mode == WorkloadMode.Batch ? "batch" : "single",
                docxtemplaterTemplate = w.TemplateFile(TemplateSyntax.Docxtemplater),
                oursTemplate = w.TemplateFile(TemplateSyntax.Liquid),
                data = w.DataFile,
                warmup = w.Warmup,
                iterations = w.Iterations,
            }),
        };
        File.WriteAllText(Path.Combine(outDir, "manifest.json"), JsonSerializer.Serialize(manifest, Indented));
    }

    /// <summary>This program again, as a child process (apphost or <c>dotnet x.dll</c>).</summary>
    private static (string File, List<string> Args) SelfCommand(List<string> args)
    {
        var process = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            args.Insert(0, typeof(Runner).Assembly.Location);
        }

        return (process, args);
    }

    private static async Task<T> RunWorker<T>((string File, List<string> Args) command, string directory)
    {
        var (code, output, error) = await Exec(command.File, command.Args, directory, echoErrors: true).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InvalidOperationException($"{command.File} {string.Join(' ', command.Args)} failed ({code}): {error}");
        }

        var json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return JsonSerializer.Deserialize<T>(json) ?? throw new InvalidOperationException("empty worker output");
    }

    private static async Task<(int Code, string Output, string Error)> Exec(string file, IEnumerable<string> args, string directory, bool echoErrors = false)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var error = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            error.AppendLine(e.Data);
            if (echoErrors)
            {
                Console.Error.WriteLine("  " + e.Data);
            }
        };
        process.BeginErrorReadLine();
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        return (process.ExitCode, output, error.ToString());
    }

    /// <summary>The engine's revision: the commit, and whether src/ had uncommitted changes when it was measured.</summary>
    private static async Task<string> Revision(string root)
    {
        try
        {
            var head = (await Exec("git", ["rev-parse", "--short", "HEAD"], root).ConfigureAwait(false)).Output.Trim();
            var dirty = (await Exec("git", ["status", "--porcelain", "--", "src"], root).ConfigureAwait(false)).Output.Trim().Length > 0;
            return $"engine at commit {head}{(dirty ? " + uncommitted changes in src/" : string.Empty)}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "engine revision unknown (no git)";
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LucBinh.Docs.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string Machine(string nodeVersion)
    {
        var cpu = "unknown CPU";
        var memory = string.Empty;
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }

        if (File.Exists("/proc/meminfo"))
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Split(':', 2)[1].Trim().Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb))
            {
                memory = $", {kb / 1024.0 / 1024.0:0} GiB RAM";
            }
        }

        return $"{cpu}, {Environment.ProcessorCount} cores{memory}; {RuntimeInformation.OSDescription}; " +
            $"{RuntimeInformation.FrameworkDescription} (Release, workstation GC); Node {nodeVersion}";
    }
}
