using LucBinh.Docs.ManifestBuilder;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>The committed dev manifests and the icons in wwwroot are exactly what the builder produces: nobody edits them by hand.</summary>
[TestClass]
public sealed class RegenerationTests
{
    [TestMethod]
    public void CommittedDevManifestsEqualARegeneration()
    {
        foreach (var (relative, bytes) in ManifestFiles.For(ManifestDocument.Dev))
        {
            var path = Path.Combine(ManifestDocument.DevFolder, relative);
            Assert.IsTrue(File.Exists(path), $"{path} is missing: run `dotnet run --project tools/LucBinh.Docs.ManifestBuilder`");
            Assert.IsTrue(File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes),
                $"{path} differs from its regeneration: run `dotnet run --project tools/LucBinh.Docs.ManifestBuilder` and commit (never edit it by hand)");
        }
    }

    [TestMethod]
    public void CommittedIconsEqualARegeneration()
    {
        foreach (var (relative, bytes) in AddinIcons.WebAssets())
        {
            var path = Path.Combine(ManifestDocument.WebRoot, relative);
            Assert.IsTrue(File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes), $"{path} differs from its regeneration");
        }
    }

    [TestMethod]
    public void TheBuilderWritesAManifestForAnyEnvironmentFromTheCommandLine()
    {
        var folder = LucBinh.Docs.TestSupport.RepoPaths.NewTempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ManifestCommand.Run(
            ["--base-url", "https://baocao.example.gov.vn", "--client-id", "8d6a2f0e-3b1c-4d2e-9f10-2a3b4c5d6e7f", "--name", "prod", "--out", folder, "--no-icons"],
            output, error);
        Assert.AreEqual(0, code, error.ToString());
        var xml = File.ReadAllText(Path.Combine(folder, "manifest.xml"));
        Assert.Contains("https://baocao.example.gov.vn/commands.html", xml, StringComparison.Ordinal);
        Assert.Contains("api://baocao.example.gov.vn/8d6a2f0e-3b1c-4d2e-9f10-2a3b4c5d6e7f", xml, StringComparison.Ordinal);
        Assert.IsTrue(File.Exists(Path.Combine(folder, "unified", "manifest.json")));
    }

    [TestMethod]
    public void TheBuilderRefusesAnHttpHost()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ManifestCommand.Run(["--base-url", "http://baocao.example.gov.vn", "--client-id", Guid.NewGuid().ToString(), "--out", Path.GetTempPath(), "--no-icons"], output, error);
        Assert.AreEqual(2, code);
        Assert.Contains("https", error.ToString(), StringComparison.Ordinal);
    }
}
