using System.Diagnostics;
using System.IO.Compression;
using LucBinh.Docs.TestSupport.Hostile;

namespace LucBinh.Docs.Hostile.Tests;

/// <summary>
/// Capability: every hostile input is small on the wire and quick to build (so the suite and the benchmark stay fast,
/// and each fits the web host's 20 MB upload limit), and is a well-formed zip package whose declared size is what it attacks.
/// </summary>
[TestClass]
public sealed class GeneratorTests
{
    public static IEnumerable<object[]> All => HostileCases.All.Select(c => new object[] { c.Name });

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    [DynamicData(nameof(All))]
    public void HostileInputIsSmallQuickAndAZipPackage(string caseName)
    {
        var clock = Stopwatch.StartNew();
        var hostile = HostileCases.Named(caseName);
        var files = new[] { hostile.Workbook, hostile.Template }.OfType<byte[]>().ToList();
        clock.Stop();

        Assert.IsNotEmpty(files, caseName + " has at least one hostile file");
        Assert.IsLessThan(TimeSpan.FromSeconds(15), clock.Elapsed, caseName + " builds quickly");
        foreach (var bytes in files)
        {
            Assert.IsLessThan(12L << 20, bytes.LongLength, caseName + " is under 12 MB on the wire");
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            Assert.IsTrue(zip.Entries.Any(e => e.FullName == "[Content_Types].xml"), caseName + " is an OPC package");
        }

        if (caseName.StartsWith("zip-bomb", StringComparison.Ordinal))
        {
            using var zip = new ZipArchive(new MemoryStream(files[0]), ZipArchiveMode.Read);
            Assert.IsGreaterThanOrEqualTo(1L << 30, zip.Entries.Sum(e => e.Length), caseName + " unpacks to at least 1 GiB");
        }
    }
}
