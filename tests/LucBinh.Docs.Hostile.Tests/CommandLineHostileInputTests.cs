using System.IO.Compression;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.TestSupport.Hostile;

namespace LucBinh.Docs.Hostile.Tests;

/// <summary>
/// Capability: the command line answers every hostile input within its budget — exit 1 with a typed Vietnamese message,
/// or exit 0 with a correct result — never a program fault (3), an abort (134), a signal or a hang, and its peak
/// resident memory (VmHWM, polled from /proc while it runs) stays under the bound.
/// </summary>
[TestClass]
public sealed class CommandLineHostileInputTests
{
    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object[]> TrackerCommands =>
        HostileBounds.Cases(HostileTarget.Tracker).SelectMany(c => new[] { new[] { c[0], "data" }, new[] { c[0], "generate" } });

    public static IEnumerable<object[]> TemplateCommands =>
        HostileBounds.Cases(HostileTarget.Template, HostileTarget.Both).SelectMany(c => new[] { new[] { c[0], "check" }, new[] { c[0], "generate" } });

    public static string Display(System.Reflection.MethodInfo method, object[] data) => $"{data[0]} · {data[1]}";

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    [DynamicData(nameof(TrackerCommands), DynamicDataDisplayName = nameof(Display))]
    public void HostileWorkbookIsReadOrRefusedWithinBounds(string caseName, string command) => RunCase(caseName, command);

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    [DynamicData(nameof(TemplateCommands), DynamicDataDisplayName = nameof(Display))]
    public void HostileTemplateIsRenderedOrRefusedWithinBounds(string caseName, string command) => RunCase(caseName, command);

    private void RunCase(string caseName, string command)
    {
        var hostile = HostileCases.Named(caseName);
        var folder = RepoPaths.NewTempFolder();
        try
        {
            var (tracker, template) = hostile.WriteTo(folder);
            var output = Directory.CreateDirectory(Path.Combine(folder, "out")).FullName;
            string[] arguments = command switch
            {
                "data" => [HostileBounds.Cli, "data", "--tracker", tracker],
                "check" when hostile.HasWorkbook => [HostileBounds.Cli, "check", "--template", template, "--tracker", tracker],
                "check" => [HostileBounds.Cli, "check", "--template", template],
                _ => [HostileBounds.Cli, "generate", "--tracker", tracker, "--template", template, "--out", output],
            };
            var run = MeasuredProcess.Run("dotnet", arguments, HostileBounds.Budget, HostileBounds.KillAboveBytes, workingDirectory: folder, cancellationToken: TestContext.CancellationToken);
            // `check` lists its problems on stdout (it is the command's result); the others print them on stderr.
            var messages = command == "check" ? run.Output + "\n" + run.Error : run.Error;
            var what = $"{caseName} ({hostile.Attack}) · {command}: {run.Describe()} after {run.Elapsed.TotalSeconds:0.0} s, peak {run.PeakBytes / 1e6:0} MB; messages: {Head(messages)}";
            TestContext.WriteLine(what);

            Assert.IsTrue(run.EndedCleanly, "ends with exit 0 or 1 in time and memory — " + what);
            Assert.IsLessThan(HostileBounds.PeakBytes, run.PeakBytes, "peak memory under the bound — " + what);
            foreach (var line in messages.Split('\n'))
            {
                Assert.IsLessThan(HostileBounds.LineChars, line.Length, "every message line is short enough to read — " + what);
            }

            if (run.ExitCode == 1)
            {
                Assert.MatchesRegex(HostileBounds.VietnameseError(), messages, "a refusal says which rule in Vietnamese (Lỗi CODE) — " + what);
            }
            else if (command == "generate")
            {
                var reports = Directory.GetFiles(output, "*.docx");
                Assert.HasCount(1, reports, "a successful generate writes one report — " + what);
                using var zip = ZipFile.OpenRead(reports[0]);
                var body = zip.GetEntry("word/document.xml");
                Assert.IsNotNull(body, "the report is a Word document — " + what);
                Assert.IsLessThan(64L << 20, body.Length, "a report that was allowed stays within the output budget — " + what);
                if (caseName == "markup-injection")
                {
                    using var reader = new StreamReader(body.Open());
                    HostileBounds.AssertNoInjectedMarkup(reader.ReadToEnd(), what);
                }
            }
            else if (command == "data")
            {
                Assert.IsGreaterThan(1L, run.OutputBytes, "data prints the tracker as JSON — " + what);
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static string Head(string text) => text.Length <= 400 ? text.Trim() : text[..400].Trim() + "…";
}
