using System.Text.RegularExpressions;
using System.Xml.Linq;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Generation.Tests;

/// <summary>Every message has both languages, and every diagnostic code is documented in docs/errors.md.</summary>
[TestClass]
public sealed partial class MessageCatalogTests
{
    private static IEnumerable<string> NeutralResourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    [TestMethod]
    public void Every_vietnamese_message_has_an_english_one_with_the_same_placeholders()
    {
        foreach (var file in NeutralResourceFiles())
        {
            var vietnamese = Keys(file);
            var english = Keys(file.Replace(".resx", ".en.resx", StringComparison.Ordinal));
            foreach (var (key, text) in vietnamese)
            {
                Assert.IsTrue(english.TryGetValue(key, out var translated), $"{Path.GetFileName(file)}: '{key}' has no English text");
                CollectionAssert.AreEquivalent(Placeholders(text), Placeholders(translated), $"{key}: placeholders differ");
            }
        }
    }

    [TestMethod]
    public void Every_diagnostic_code_is_documented()
    {
        var documented = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "errors.md"));
        var missing = NeutralResourceFiles().SelectMany(f => Keys(f).Keys).Where(k => Code().IsMatch(k))
            .Where(code => !documented.Contains("| " + code + " |", StringComparison.Ordinal)).ToList();

        Assert.IsEmpty(missing, "not in docs/errors.md: " + string.Join(", ", missing));
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal)).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"^[A-Z]{2,4}\d{3}$")]
    private static partial Regex Code();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
