using System.Text.Json.Nodes;
using LucBinh.Docs.ManifestBuilder;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>The unified manifest for Microsoft 365: its structure agrees with the XML manifest and the files it names exist.</summary>
[TestClass]
public sealed class UnifiedManifestTests
{
    private static JsonObject Load() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDocument.DevFolder, "unified", "manifest.json")))!.AsObject();

    [TestMethod]
    public void TheManifestHasTheRibbonRuntimesAndSsoOfTheXmlManifest()
    {
        var manifest = Load();
        var env = ManifestDocument.Dev;
        Assert.AreEqual(AddinLayout.Id.ToString("D"), (string?)manifest["id"]);
        Assert.AreEqual(env.Resource, (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.AreEqual(env.ClientId.ToString("D"), (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.AreEqual("localhost:44300", (string?)manifest["validDomains"]![0]);

        var extension = manifest["extensions"]!.AsArray().Single()!;
        Assert.AreEqual("workbook", (string?)extension["requirements"]!["scopes"]![0]);
        var actions = extension["runtimes"]!.AsArray()
            .SelectMany(r => r!["actions"]!.AsArray().Select(a => (Id: (string)a!["id"]!, Type: (string)a["type"]!, Page: (string)r["code"]!["page"]!)))
            .ToDictionary(a => a.Id);
        Assert.AreEqual("executeFunction", actions[AddinLayout.GenerateFunction].Type);
        Assert.AreEqual(env.Url("commands.html"), actions[AddinLayout.GenerateFunction].Page);
        Assert.AreEqual("openPage", actions["ShowTaskPane"].Type);
        Assert.AreEqual(env.Url("taskpane.html"), actions["ShowTaskPane"].Page);

        var tab = extension["ribbons"]![0]!["tabs"]![0]!;
        Assert.AreEqual("TabHome", (string?)tab["builtInTabId"]);
        var controls = tab["groups"]![0]!["controls"]!.AsArray();
        Assert.HasCount(2, controls);
        foreach (var control in controls)
        {
            Assert.Contains((string)control!["actionId"]!, actions.Keys, "every control's actionId names an action of a runtime");
            var sizes = control["icons"]!.AsArray().Select(i => (int)i!["size"]!).ToArray();
            CollectionAssert.AreEqual(new[] { 16, 32, 80 }, sizes);
            foreach (var icon in control["icons"]!.AsArray())
            {
                var path = Path.Combine(ManifestDocument.WebRoot, new Uri((string)icon!["url"]!).AbsolutePath.TrimStart('/'));
                Assert.AreEqual(((int)icon["size"]!, (int)icon["size"]!), Png.ReadSize(File.ReadAllBytes(path)));
            }
        }

        Assert.AreEqual("Tạo báo cáo", (string?)controls[0]!["label"]);
    }

    [TestMethod]
    public void NamesAndDescriptionsKeepTheAppManifestLimitsInBothLanguages()
    {
        var manifest = Load();
        var english = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDocument.DevFolder, "unified", UnifiedManifest.EnglishFile)))!.AsObject();
        foreach (var (key, limit) in new[] { ("name.short", 30), ("name.full", 100), ("description.short", 80), ("description.full", 4000) })
        {
            var parts = key.Split('.');
            var vi = (string?)manifest[parts[0]]![parts[1]];
            var en = (string?)english[key];
            Assert.IsFalse(string.IsNullOrWhiteSpace(vi), key);
            Assert.IsFalse(string.IsNullOrWhiteSpace(en), key);
            Assert.IsLessThanOrEqualTo(limit, vi!.Length, $"{key} (vi)");
            Assert.IsLessThanOrEqualTo(limit, en!.Length, $"{key} (en)");
        }

        StringAssert.Matches((string?)manifest["version"], new System.Text.RegularExpressions.Regex(@"^\d+\.\d+\.\d+$"));
    }

    [TestMethod]
    public void ThePackageIconsHaveTheRequiredSizesAndEnglishIsComplete()
    {
        Assert.AreEqual((192, 192), Png.ReadSize(File.ReadAllBytes(Path.Combine(ManifestDocument.DevFolder, "unified", "color.png"))));
        Assert.AreEqual((32, 32), Png.ReadSize(File.ReadAllBytes(Path.Combine(ManifestDocument.DevFolder, "unified", "outline.png"))));

        var english = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDocument.DevFolder, "unified", UnifiedManifest.EnglishFile)))!.AsObject();
        var manifest = Load();
        foreach (var (key, value) in english)
        {
            if (key == "$schema")
            {
                continue;
            }

            Assert.IsNotNull(Resolve(manifest, key), $"en-us.json key '{key}' names nothing in manifest.json");
            Assert.IsFalse(string.IsNullOrWhiteSpace((string?)value), key);
        }

        Assert.AreEqual("Create report", (string?)english["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"]);
    }

    /// <summary>Follows a localization key (<c>extensions[0].ribbons[0].label</c>) through the manifest.</summary>
    private static JsonNode? Resolve(JsonNode root, string key)
    {
        JsonNode? node = root;
        foreach (var part in key.Split('.'))
        {
            var name = part;
            int? index = null;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = part[..bracket];
                index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            }

            node = node?[name];
            if (index is { } i)
            {
                node = node is JsonArray array && i < array.Count ? array[i] : null;
            }
        }

        return node;
    }
}
