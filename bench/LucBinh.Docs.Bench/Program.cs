using System.Globalization;
using System.Text.Json;
using LucBinh.Docs.Bench;

// dotnet run -c Release --project bench/LucBinh.Docs.Bench -- [--quick] [--only a,b,c] [--no-node] [--no-breakdown] [--no-scaling]
// Internal modes (one process per engine and workload, so peak memory is the workload's own):
//   worker <id> <outDir> [--quick] [--no-breakdown]    scaling <outDir> [--quick]
// For a profiler (dotnet-trace collect -- <this> profile b bench/out render 20):
//   profile <id> <outDir> <load|render|both> <count>
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var quick = args.Contains("--quick");
var breakdown = !args.Contains("--no-breakdown");
var jsonOptions = new JsonSerializerOptions { WriteIndented = false };

if (args.Length >= 3 && args[0] == "worker")
{
    var workload = Workloads.All(quick).Single(w => w.Id == args[1]);
    var result = OursWorker.Run(workload, args[2], breakdown);
    Console.WriteLine(JsonSerializer.Serialize(result, jsonOptions));
    return 0;
}

if (args.Length >= 5 && args[0] == "profile")
{
    var workload = Workloads.All(quick).Single(w => w.Id == args[1]);
    OursWorker.Profile(workload, args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length >= 2 && args[0] == "scaling")
{
    var measurements = OursWorker.Scaling(args[1], quick ? [1_000, 10_000] : [1_000, 5_000, 10_000, 20_000], quick ? 2 : 3);
    Console.WriteLine(JsonSerializer.Serialize(measurements, jsonOptions));
    return 0;
}

return await Runner.RunAsync(
    quick,
    only: OptionValue(args, "--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    runNode: !args.Contains("--no-node"),
    breakdown,
    scaling: !args.Contains("--no-scaling")).ConfigureAwait(false);

static string? OptionValue(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
