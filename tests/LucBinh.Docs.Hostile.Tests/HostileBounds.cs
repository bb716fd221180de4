using System.Text.RegularExpressions;
using LucBinh.Docs.TestSupport;
using LucBinh.Docs.TestSupport.Hostile;

namespace LucBinh.Docs.Hostile.Tests;

/// <summary>The bounds issue 11 sets for every hostile input, stated once ("a few seconds and a few hundred MB").</summary>
internal static partial class HostileBounds
{
    /// <summary>Each CLI run or web request must be answered within this.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    /// <summary>Peak resident memory of the CLI process, or the web host's growth over one request.</summary>
    public const long PeakBytes = 1_000_000_000;

    /// <summary>A process above this is killed at once (the test fails; the machine stays safe).</summary>
    public const long KillAboveBytes = 3_000_000_000;

    /// <summary>A problem or a check answer stays under this.</summary>
    public const long ProblemBodyBytes = 1_000_000;

    /// <summary>A successful report answer (the .docx in base64) stays under this.</summary>
    public const long ReportBodyBytes = 8_000_000;

    /// <summary>A line the CLI prints for a person stays under this (messages quote at most ~80 characters of user text).</summary>
    public const int LineChars = 600;

    /// <summary>The built CLI of this repository (Release when the tests are a Release build).</summary>
    public static string Cli
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(RepoPaths.Root, "src", "LucBinh.Docs.Cli", "bin", configuration, "net10.0", "lucbinh-docs.dll");
            Assert.IsTrue(File.Exists(path), "the CLI is built: " + path);
            return path;
        }
    }

    /// <summary>A typed Vietnamese error line as the CLI prints it: <c>Lỗi TRK021 — …: …</c>.</summary>
    [GeneratedRegex(@"^Lỗi [A-Z]{3}\d{3}\b", RegexOptions.Multiline)]
    public static partial Regex VietnameseError();

    public static IEnumerable<object[]> Cases(params HostileTarget[] targets) =>
        HostileCases.All.Where(c => targets.Contains(c.Target)).Select(c => new object[] { c.Name });

    /// <summary>
    /// The report's main part has none of the markup the injection case smuggles in (no colour, no field, no run of the
    /// injected word alone), yet shows the tracker text as text.
    /// </summary>
    public static void AssertNoInjectedMarkup(string documentXml, string where)
    {
        var document = System.Xml.Linq.XDocument.Parse(documentXml);
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        Assert.IsFalse(document.Descendants(w + "color").Any(), where + ": tracker text added a colour");
        Assert.IsFalse(document.Descendants(w + "fldSimple").Any(), where + ": tracker text added a field");
        Assert.IsFalse(document.Descendants(w + "t").Any(t => t.Value == HostileWorkbooks.InjectedWord), where + ": tracker text added a run of its own");
        Assert.IsTrue(document.Descendants(w + "t").Any(t => t.Value.Contains(HostileWorkbooks.InjectedWord, StringComparison.Ordinal)), where + ": the tracker text is still shown, as text");
    }
}
