using System.Diagnostics;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;
using LucBinh.Docs.Text;

namespace LucBinh.Docs.Core.Tests;

/// <summary>Messages quote at most 80 characters of user text, however large the cell or paragraph (issue 11).</summary>
[TestClass]
public sealed class QuotedTextTests
{
    [TestMethod]
    public void Short_text_is_quoted_whole() =>
        Assert.AreEqual("Nguyễn Văn A", QuotedText.Shorten("Nguyễn Văn A"));

    [TestMethod]
    public void Long_text_keeps_its_beginning_and_end_within_the_limit()
    {
        var text = "Đầu " + new string('x', 100_000) + " cuối.";
        var quoted = QuotedText.Shorten(text);
        Assert.IsLessThanOrEqualTo(QuotedText.MaxLength, quoted.Length);
        Assert.StartsWith("Đầu x", quoted);
        Assert.EndsWith("x cuối.", quoted);
        Assert.Contains(" … ", quoted);
    }

    [TestMethod]
    public void Line_breaks_and_tabs_become_spaces() =>
        Assert.AreEqual("a b c", QuotedText.Shorten("a\nb\tc"));

    [TestMethod]
    public void A_surrogate_pair_is_never_cut()
    {
        var text = new string('a', 59) + "😀" + new string('b', 100);
        var quoted = QuotedText.Shorten(text);
        foreach (var (c, i) in quoted.Select((c, i) => (c, i)))
        {
            if (char.IsHighSurrogate(c))
            {
                Assert.IsTrue(i + 1 < quoted.Length && char.IsLowSurrogate(quoted[i + 1]), quoted);
            }
            else if (char.IsLowSurrogate(c))
            {
                Assert.IsTrue(i > 0 && char.IsHighSurrogate(quoted[i - 1]), quoted);
            }
        }
    }

    [TestMethod]
    public void A_full_file_path_is_a_name_and_stays_whole()
    {
        var path = Path.Combine(Path.GetTempPath(), new string('d', 120), "so-theo-doi-6-thang-dau-2024.xlsx");
        Assert.AreEqual(path, QuotedText.Shorten(path));
    }

    [TestMethod]
    public void A_diagnostic_keeps_shortened_arguments_and_locations()
    {
        var huge = new string('y', 1_000_000);
        var diagnostic = new Diagnostic(MessageCatalog.Common, "IO001", DiagnosticSeverity.Error, new DocumentLocation(DocumentPart.Body, 3, huge), huge, 42);
        Assert.IsLessThanOrEqualTo(QuotedText.MaxLength, ((string)diagnostic.Arguments[0]!).Length);
        Assert.AreEqual(42, diagnostic.Arguments[1]);
        Assert.IsLessThan(400, diagnostic.ToDisplayString().Length, diagnostic.ToDisplayString());
        Assert.IsLessThan(400, diagnostic.ToDisplayString(UiLanguage.English).Length);
    }

    [TestMethod]
    public void A_sheet_name_is_shortened_in_its_location() =>
        Assert.IsLessThanOrEqualTo(QuotedText.MaxLength, new SheetLocation(new string('s', 5000), "A1").Sheet.Length);

    [TestMethod]
    public void Suggestions_for_a_huge_name_cost_nothing()
    {
        var known = Enumerable.Range(0, 1000).Select(i => "truong_" + i).ToList();
        var stopwatch = Stopwatch.StartNew();
        Assert.IsNull(Suggestions.Closest(new string('z', 100_000), known));
        Assert.IsLessThan(TimeSpan.FromSeconds(5), stopwatch.Elapsed);
        Assert.AreEqual("truong_12", Suggestions.Closest("truong_1x", ["truong_12", "khac"]));
    }
}
