using System.Diagnostics;
using System.Globalization;
using System.Text;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.TestSupport.Hostile;

// Hostile-input benchmark (issue 11): each case of the catalog through the built CLI (a process per run) and through
// the real web host (a fresh process per case, so one case's leftovers never weigh on the next), with a time limit and
// a memory ceiling that keep the machine safe. Prints a markdown table and writes it to bench/out/hostile-LABEL.md.
//
//   dotnet run -c Release --project bench/LucBinh.Docs.HostileBench -- [--label before] [--only a,b] [--no-web] [--no-cli]
//                                                                     [--timeout 60] [--kill-gb 4]
//   ... -- --write DIR     writes each case's files (CASE.xlsx, hostile-CASE.docx) into DIR to reproduce by hand
var options = Options.Parse(args);
var cases = HostileCases.All.Where(c => options.Only.Count == 0 || options.Only.Contains(c.Name)).ToList();
if (options.WriteTo is { } writeTo)
{
    Directory.CreateDirectory(writeTo);
    foreach (var hostile in cases)
    {
        var (tracker, template) = hostile.WriteTo(writeTo);
        Console.WriteLine($"{hostile.Name}: {tracker} {template} — {hostile.Attack}");
    }

    return 0;
}

var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
var cli = Path.Combine(RepoPaths.Root, "src", "LucBinh.Docs.Cli", "bin", configuration, "net10.0", "lucbinh-docs.dll");
var web = Path.Combine(RepoPaths.Root, "src", "LucBinh.Docs.Web", "bin", configuration, "net10.0", "LucBinh.Docs.Web.dll");
var commit = Git("rev-parse --short HEAD");
var rows = new List<string>();
Console.WriteLine($"hostile inputs, {cases.Count} cases, commit {commit}, limits: {options.Timeout.TotalSeconds:0} s, killed above {options.KillBytes / 1e9:0.#} GB");

foreach (var hostile in cases)
{
    var folder = RepoPaths.NewTempFolder();
    try
    {
        var wire = new[] { hostile.Workbook, hostile.Template }.OfType<byte[]>().Sum(b => b.LongLength);
        var cliCell = "—";
        if (options.Cli)
        {
            var (tracker, template) = hostile.WriteTo(folder);
            var output = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
            // The tracker alone is what `data` reads; a template (or both) needs the full job.
            var (command, arguments) = hostile.Target == HostileTarget.Tracker
                ? ("data", new[] { cli, "data", "--tracker", tracker })
                : ("generate", new[] { cli, "generate", "--tracker", tracker, "--template", template, "--out", output });
            var run = MeasuredProcess.Run("dotnet", arguments, options.Timeout, options.KillBytes, options.AddressSpace, folder);
            var injected = hostile.Name == "markup-injection" && Directory.GetFiles(output, "*.docx") is [var report]
                ? InjectedRuns(File.ReadAllBytes(report)) : 0;
            cliCell = $"`{command}`: {CliOutcome(run)}{(injected > 0 ? $" **{injected} injected runs**" : string.Empty)} | {run.Elapsed.TotalSeconds:0.0} s | {run.CpuTime.TotalSeconds:0.0} s | {run.PeakBytes / 1e6:N0} MB";
        }
        else
        {
            cliCell = "— | — | — | —";
        }

        var webCell = "— | — | — | — | — | —";
        if (options.Web)
        {
            webCell = await WebCase(hostile, web, options);
        }

        var row = $"| {hostile.Name} | {wire / 1024.0:N0} KB | {cliCell} | {webCell} |";
        rows.Add(row);
        Console.WriteLine(row);
    }
    finally
    {
        Directory.Delete(folder, true);
    }
}

var table = new StringBuilder()
    .AppendLine(CultureInfo.InvariantCulture, $"Commit {commit}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; time limit {options.Timeout.TotalSeconds:0} s, killed above {options.KillBytes / 1e9:0.#} GB resident.")
    .AppendLine()
    .AppendLine("| case | on the wire | CLI: command and outcome | CLI wall | CLI CPU | CLI peak RSS | web endpoint and status | web wall | host CPU | web body | host peak RSS | host after |")
    .AppendLine("|---|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---|");
rows.ForEach(r => table.AppendLine(r));
Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "bench", "out"));
var file = Path.Combine(RepoPaths.Root, "bench", "out", $"hostile-{options.Label}.md");
await File.WriteAllTextAsync(file, table.ToString());
Console.WriteLine();
Console.WriteLine(table);
Console.WriteLine("written to " + file);
return 0;

// Runs coloured by the injection case's smuggled markup (none in a safe report).
static int InjectedRuns(byte[] docx)
{
    using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
    using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
    var document = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
    return document.Descendants(System.Xml.Linq.XName.Get("color", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")).Count();
}

static string CliOutcome(MeasuredRun run)
{
    if (run.TimedOut || run.KilledForMemory || run.ExitCode is not (0 or 1))
    {
        return "**" + run.Describe() + "**";
    }

    var code = System.Text.RegularExpressions.Regex.Match(run.Error, @"^Lỗi ([A-Z]{3}\d{3})", System.Text.RegularExpressions.RegexOptions.Multiline);
    return run.ExitCode == 1 ? $"exit 1 ({(code.Success ? code.Groups[1].Value : "untyped")})" : "exit 0";
}

static async Task<string> WebCase(HostileCase hostile, string webDll, Options options)
{
    var templates = hostile.HasTemplate ? new Dictionary<string, byte[]> { [hostile.TemplateId] = hostile.Template! } : null;
    using var host = await WebHostProcess.StartAsync(templates, webHostDll: webDll, addressSpaceBytes: options.AddressSpace);
    var endpoint = hostile.Target == HostileTarget.Tracker ? "check" : "reports";
    var workbook = hostile.Workbook ?? File.ReadAllBytes(RepoPaths.SampleTracker);
    var fields = new List<(string, string)>();
    if (endpoint == "reports")
    {
        fields.Add(("template", hostile.HasTemplate ? hostile.TemplateId : "bao-cao-ket-qua-phoi-hop"));
        fields.Add(("publish", "false"));
    }
    else if (hostile.HasTemplate)
    {
        fields.Add(("template", hostile.TemplateId));
    }

    host.ResetPeak();
    var cpuBefore = MeasuredProcess.CpuTime(host.ProcessId) ?? TimeSpan.Zero;
    // Watch the host while the request runs: kill it past the memory ceiling, as the CLI runs are.
    using var watching = new CancellationTokenSource();
    var peak = 0L;
    var killed = false;
    var watcher = Task.Run(async () =>
    {
        while (!watching.IsCancellationRequested && host.IsRunning)
        {
            peak = Math.Max(peak, host.PeakBytes);
            if (peak > options.KillBytes)
            {
                killed = true;
                host.Dispose();
                return;
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    });
    var answer = await host.PostFormAsync("api/" + endpoint, workbook, hostile.HasWorkbook ? hostile.WorkbookFileName : "so-theo-doi.xlsx", fields, options.Timeout, 1 << 20);
    peak = Math.Max(peak, host.IsRunning ? host.PeakBytes : 0);
    var cpu = (MeasuredProcess.CpuTime(host.ProcessId) ?? cpuBefore) - cpuBefore;
    await watching.CancelAsync();
    await watcher;
    var alive = !killed && host.IsRunning && (await host.HealthAsync(TimeSpan.FromSeconds(5))).StatusCode == 200;
    var code = System.Text.RegularExpressions.Regex.Match(answer.Body, "\"code\":\"([A-Z]+\\d+)\"");
    var injected = hostile.Name == "markup-injection" && answer.StatusCode == 200
        && System.Text.RegularExpressions.Regex.Match(answer.Body, "\"document\":\"([^\"]+)\"") is { Success: true } document
        ? InjectedRuns(Convert.FromBase64String(document.Groups[1].Value)) : 0;
    var status = killed ? $"**killed at {peak / 1e9:0.0} GB**"
        : answer.Failure is not null ? $"**{answer.Failure}**"
        : answer.StatusCode >= 500 ? $"**{answer.StatusCode}{(code.Success ? " " + code.Groups[1].Value : string.Empty)}**"
        : $"{answer.StatusCode}{(code.Success ? " " + code.Groups[1].Value : string.Empty)}{(injected > 0 ? $" **{injected} injected runs**" : string.Empty)}";
    return $"`/api/{endpoint}`: {status} | {answer.Elapsed.TotalSeconds:0.0} s | {cpu.TotalSeconds:0.0} s | {answer.BodyBytes / 1024.0:N0} KB | {peak / 1e6:N0} MB | {(alive ? "up" : "**down**")}";
}

static string Git(string arguments)
{
    try
    {
        var start = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, WorkingDirectory = RepoPaths.Root };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "?";
    }
}

internal sealed record Options(string Label, HashSet<string> Only, bool Cli, bool Web, TimeSpan Timeout, long KillBytes, long AddressSpace, string? WriteTo)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var killGb = double.Parse(Value("--kill-gb", "4"), CultureInfo.InvariantCulture);
        return new Options(
            Value("--label", "run"),
            [.. Value("--only", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)],
            !args.Contains("--no-cli"),
            !args.Contains("--no-web"),
            TimeSpan.FromSeconds(double.Parse(Value("--timeout", "60"), CultureInfo.InvariantCulture)),
            (long)(killGb * 1e9),
            (long)((killGb + 4) * 1e9),
            Array.IndexOf(args, "--write") >= 0 ? Value("--write", ".") : null);
    }
}
