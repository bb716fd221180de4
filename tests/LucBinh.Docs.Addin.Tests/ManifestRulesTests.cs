using System.Xml.Linq;
using LucBinh.Docs.ManifestBuilder;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// What the XSDs cannot check (their URLs are plain xs:anyURI, resids plain strings): https everywhere, every resid
/// resolves to a resource of the right kind, icons are real PNGs of their declared size, Office's string limits in
/// every locale, an English override for every Vietnamese string, unique ids.
/// </summary>
[TestClass]
public sealed class ManifestRulesTests
{
    private static readonly XNamespace Bt = XmlManifest.Bt;
    private static readonly XNamespace Ov = XmlManifest.Ov;

    public static IEnumerable<object[]> Manifests =>
    [
        ["dev (committed)", ManifestDocument.LoadDev()],
        ["production", ManifestDocument.Build(ManifestDocument.Production)],
    ];

    public static string ManifestName(System.Reflection.MethodInfo method, object[] data) => $"{method.Name} ({data[0]})";

    [TestMethod]
    [DynamicData(nameof(Manifests), DynamicDataDisplayName = nameof(ManifestName))]
    public void EveryUrlIsHttps(string name, XDocument manifest)
    {
        var urls = Urls(manifest).ToList();
        Assert.IsGreaterThan(10, urls.Count, name);
        foreach (var (where, url) in urls)
        {
            Assert.IsTrue(Uri.TryCreate(url, UriKind.Absolute, out var uri), $"{where}: '{url}' is not an absolute URL");
            Assert.AreEqual(Uri.UriSchemeHttps, uri.Scheme, $"{where}: '{url}' must be https (localhost too)");
        }
    }

    [TestMethod]
    public void ProductionManifestNamesNoLocalhost()
    {
        var text = ManifestDocument.Build(ManifestDocument.Production).ToString();
        Assert.DoesNotContain("localhost", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        var json = System.Text.Encoding.UTF8.GetString(UnifiedManifest.Serialize(UnifiedManifest.Build(ManifestDocument.Production)));
        Assert.DoesNotContain("localhost", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://baocao.example.gov.vn/taskpane.html", text, StringComparison.Ordinal);
    }

    [TestMethod]
    [DynamicData(nameof(Manifests), DynamicDataDisplayName = nameof(ManifestName))]
    public void EveryResidResolvesToAResourceOfTheRightKind(string name, XDocument manifest)
    {
        var resources = manifest.Descendants(Ov + "Resources").Single();
        var images = Ids(resources, "Images", "Image");
        var urls = Ids(resources, "Urls", "Url");
        var shorts = Ids(resources, "ShortStrings", "String");
        var longs = Ids(resources, "LongStrings", "String");
        var references = manifest.Descendants().Where(e => e.Attribute("resid") is not null).ToList();
        Assert.IsNotEmpty(references);
        foreach (var element in references)
        {
            var resid = element.Attribute("resid")!.Value;
            var parent = element.Parent!.Name.LocalName;
            var expected = element.Name.LocalName switch
            {
                "Image" => images,
                "FunctionFile" or "SourceLocation" or "LearnMoreUrl" => urls,
                "Label" => shorts,
                "Title" => shorts,
                "Description" => longs,
                _ => throw new AssertFailedException($"{name}: no rule for resid on <{element.Name.LocalName}> in <{parent}>"),
            };
            Assert.Contains(resid, expected, $"{name}: <{element.Name.LocalName} resid=\"{resid}\"> in <{parent}> resolves to no resource of its kind");
        }

        // Every resource is used: an unused one is a typo's twin.
        var used = references.Select(e => e.Attribute("resid")!.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var id in images.Concat(urls).Concat(shorts).Concat(longs))
        {
            Assert.Contains(id, used, $"{name}: resource '{id}' is never referenced");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Manifests), DynamicDataDisplayName = nameof(ManifestName))]
    public void ResourceAndControlIdsAreUnique(string name, XDocument manifest)
    {
        var resourceIds = manifest.Descendants(Ov + "Resources").Single().Descendants().Where(e => e.Parent!.Parent!.Name == Ov + "Resources")
            .Select(e => e.Attribute("id")!.Value).ToList();
        Assert.HasCount(resourceIds.Distinct(StringComparer.Ordinal).Count(), resourceIds, $"{name}: duplicate resource id");
        var controlIds = manifest.Descendants().Where(e => e.Name.LocalName is "Group" or "Control" or "CustomTab").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.HasCount(controlIds.Distinct(StringComparer.Ordinal).Count(), controlIds, $"{name}: duplicate control id");
        foreach (var id in resourceIds.Concat(controlIds))
        {
            Assert.IsLessThanOrEqualTo(32, id.Length, $"{name}: id '{id}' is longer than Office's 32 characters");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Manifests), DynamicDataDisplayName = nameof(ManifestName))]
    public void StringsKeepOfficesLengthLimitsInEveryLocale(string name, XDocument manifest)
    {
        var resources = manifest.Descendants(Ov + "Resources").Single();
        foreach (var (kind, limit) in new[] { ("ShortStrings", 125), ("LongStrings", 250) })
        {
            var strings = resources.Element(Bt + kind)!.Elements(Bt + "String").ToList();
            Assert.IsNotEmpty(strings);
            foreach (var s in strings)
            {
                var values = new[] { ("vi-VN", s.Attribute("DefaultValue")!.Value) }
                    .Concat(s.Elements(Bt + "Override").Select(o => (o.Attribute("Locale")!.Value, o.Attribute("Value")!.Value)));
                foreach (var (locale, value) in values)
                {
                    Assert.IsFalse(string.IsNullOrWhiteSpace(value), $"{name}: {s.Attribute("id")!.Value} is empty in {locale}");
                    Assert.IsLessThanOrEqualTo(limit, value.Length, $"{name}: {kind} {s.Attribute("id")!.Value} ({locale}) is {value.Length} characters, over {limit}");
                }
            }
        }

        // DisplayName is at most 125 and Description at most 250 characters too.
        var app = manifest.Root!;
        foreach (var (element, limit) in new[] { ("DisplayName", 125), ("Description", 250) })
        {
            var e = app.Element(XmlManifest.App + element)!;
            Assert.IsLessThanOrEqualTo(limit, e.Attribute("DefaultValue")!.Value.Length, element);
            Assert.IsLessThanOrEqualTo(limit, e.Element(XmlManifest.App + "Override")!.Attribute("Value")!.Value.Length, element);
        }
    }

    [TestMethod]
    [DynamicData(nameof(Manifests), DynamicDataDisplayName = nameof(ManifestName))]
    public void EveryVietnameseStringHasAnEnglishOverride(string name, XDocument manifest)
    {
        Assert.AreEqual("vi-VN", manifest.Root!.Element(XmlManifest.App + "DefaultLocale")!.Value);
        var localized = manifest.Descendants()
            .Where(e => e.Name == Bt + "String" || e.Name == XmlManifest.App + "DisplayName" || e.Name == XmlManifest.App + "Description")
            .ToList();
        Assert.IsGreaterThan(5, localized.Count);
        foreach (var element in localized)
        {
            var english = element.Elements().Where(o => o.Name.LocalName == "Override" && o.Attribute("Locale")?.Value == "en-US").ToList();
            Assert.HasCount(1, english, $"{name}: {element.Name.LocalName} {element.Attribute("id")?.Value} needs exactly one en-US override");
            Assert.AreNotEqual(element.Attribute("DefaultValue")!.Value, english[0].Attribute("Value")!.Value,
                $"{name}: {element.Attribute("id")?.Value} has the same text in both languages");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Manifests), DynamicDataDisplayName = nameof(ManifestName))]
    public void IconsArePngsInWwwrootOfTheirDeclaredSize(string name, XDocument manifest)
    {
        var env = name.StartsWith("dev", StringComparison.Ordinal) ? ManifestDocument.Dev : ManifestDocument.Production;
        var images = manifest.Descendants(Bt + "Image").Where(e => e.Attribute("id") is not null)
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("DefaultValue")!.Value, StringComparer.Ordinal);
        var checkedIcons = 0;

        // Button and group icons: <bt:Image size="16" resid="…"/> → the resource's URL.
        foreach (var use in manifest.Descendants(Bt + "Image").Where(e => e.Attribute("resid") is not null))
        {
            var size = int.Parse(use.Attribute("size")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            AssertIcon(env, images[use.Attribute("resid")!.Value], size, name);
            checkedIcons++;
        }

        // The add-in's own icons: IconUrl 32 × 32, HighResolutionIconUrl 64 × 64.
        AssertIcon(env, manifest.Root!.Element(XmlManifest.App + "IconUrl")!.Attribute("DefaultValue")!.Value, 32, name);
        AssertIcon(env, manifest.Root!.Element(XmlManifest.App + "HighResolutionIconUrl")!.Attribute("DefaultValue")!.Value, 64, name);
        Assert.AreEqual(9, checkedIcons, $"{name}: 3 sizes × (group + 2 buttons)");
    }

    [TestMethod]
    public void TheRibbonHasTheGenerateFunctionAndTheTaskPaneButtonOnTheHomeTab()
    {
        var manifest = ManifestDocument.LoadDev();
        var tab = manifest.Descendants(Ov + "OfficeTab").Single();
        Assert.AreEqual("TabHome", tab.Attribute("id")!.Value);
        var actions = tab.Descendants(Ov + "Action").Select(a => a.Attribute(XmlManifest.Xsi + "type")!.Value).ToList();
        CollectionAssert.AreEqual(new[] { "ExecuteFunction", "ShowTaskpane" }, actions);
        Assert.AreEqual(AddinLayout.GenerateFunction, tab.Descendants(Ov + "FunctionName").Single().Value);

        // The function is registered by the command page's script under the same name.
        var script = File.ReadAllText(Path.Combine(ManifestDocument.WebRoot, "js", "commands.js"));
        Assert.Contains($"Office.actions.associate(\"{AddinLayout.GenerateFunction}\"", script, StringComparison.Ordinal);

        var info = manifest.Descendants(Ov + "WebApplicationInfo").Single();
        var dev = ManifestDocument.Dev;
        Assert.AreEqual(dev.ClientId.ToString("D"), info.Element(Ov + "Id")!.Value);
        Assert.AreEqual($"api://localhost:44300/{dev.ClientId:D}", info.Element(Ov + "Resource")!.Value);
        CollectionAssert.AreEqual(new[] { "openid", "profile", "Files.ReadWrite", "Sites.ReadWrite.All" },
            info.Descendants(Ov + "Scope").Select(s => s.Value).ToArray());
    }

    [TestMethod]
    public void EveryPageTheManifestNamesExistsInWwwroot()
    {
        foreach (var (where, url) in Urls(ManifestDocument.LoadDev()))
        {
            var path = new Uri(url).AbsolutePath.TrimStart('/');
            if (url.StartsWith(ManifestDocument.Dev.BaseUrl.AbsoluteUri, StringComparison.Ordinal))
            {
                Assert.IsTrue(File.Exists(Path.Combine(ManifestDocument.WebRoot, path)), $"{where}: {path} is not in wwwroot");
            }
        }
    }

    private static void AssertIcon(AddinEnvironment env, string url, int size, string name)
    {
        Assert.StartsWith(env.BaseUrl.AbsoluteUri, url, $"{name}: icon {url} is not served by the add-in's host");
        var path = Path.Combine(ManifestDocument.WebRoot, new Uri(url).AbsolutePath.TrimStart('/'));
        Assert.IsTrue(File.Exists(path), $"{name}: {url} → {path} does not exist");
        var (width, height) = Png.ReadSize(File.ReadAllBytes(path));
        Assert.AreEqual((size, size), (width, height), $"{name}: {url} is {width}×{height}, declared {size}");
    }

    private static HashSet<string> Ids(XElement resources, string group, string item) =>
        resources.Element(Bt + group)!.Elements(Bt + item).Select(e => e.Attribute("id")!.Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<(string Where, string Url)> Urls(XDocument manifest)
    {
        foreach (var element in manifest.Descendants())
        {
            if (element.Name.LocalName is "IconUrl" or "HighResolutionIconUrl" or "SupportUrl" or "SourceLocation"
                && element.Attribute("DefaultValue") is { } value)
            {
                yield return (element.Name.LocalName, value.Value);
            }

            if ((element.Name == Bt + "Image" || element.Name == Bt + "Url") && element.Attribute("DefaultValue") is { } resource)
            {
                yield return (element.Attribute("id")!.Value, resource.Value);
            }

            if (element.Name.LocalName == "AppDomain")
            {
                yield return ("AppDomain", element.Value);
            }
        }
    }
}
