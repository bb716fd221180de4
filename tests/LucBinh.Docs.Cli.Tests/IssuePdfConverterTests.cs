using System.Text;
using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

/// <summary>
/// <c>issue</c> with <c>Pdf:Converter=sharepoint</c>: the PDF is Graph's rendition made in the committee's library (for
/// an office with a tenant and no LibreOffice), against the fake Graph on 127.0.0.1. The document passes through a
/// working folder that is emptied again; a rendition Graph refuses keeps the number for a retry.
/// </summary>
[TestClass]
public sealed class IssuePdfConverterTests
{
    private const string SiteUrl = "https://contoso.sharepoint.com/sites/DangUy";

    private static string[] Settings(FakeGraph.FakeGraph fake, string folder) =>
    [
        "--config", "SharePoint:SiteUrl=" + SiteUrl,
        "--config", "SharePoint:Folder=Văn bản đi",
        "--config", "Graph:BaseUrl=" + fake.BaseUrl,
        "--config", "Auth:Mode=AccessToken",
        "--config", "GRAPH_TOKEN=cli-test-token",
        "--config", "Outbox:Folder=" + Path.Combine(folder, "outbox"),
        "--config", "Register:Kind=local",
        "--config", "Register:DatabasePath=" + Path.Combine(folder, "so-dang-ky.db"),
        "--config", "Register:Numbering=year",
        "--config", "Pdf:Converter=sharepoint",
    ];

    [TestMethod]
    public async Task The_pdf_is_the_libraries_rendition_written_beside_the_docx_and_filed_with_it()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var folder = RepoPaths.NewTempFolder();
        var outFolder = Path.Combine(folder, "out");

        var run = CliRunner.InProcess(["issue", "--out", outFolder, .. Settings(fake, folder)]);

        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        var pdf = Directory.GetFiles(outFolder, "*.pdf").Single();
        var text = Encoding.ASCII.GetString(File.ReadAllBytes(pdf));
        StringAssert.StartsWith(text, "%PDF-", "the file written is the PDF Graph returned");
        StringAssert.Contains(text, "fake rendition", "made by the library's rendition, not by LibreOffice");
        StringAssert.Contains(run.Output, Path.GetFileName(pdf));

        var library = site.Drives[0];
        var filed = fake.Files(library).Select(f => f.Name).ToList();
        CollectionAssert.Contains(filed, Path.GetFileName(pdf), "the PDF is filed with the document");
        CollectionAssert.Contains(filed, Path.GetFileNameWithoutExtension(pdf) + ".docx");
        Assert.HasCount(2, filed, "nothing else stays in the library: the converted copy is deleted");
        Assert.IsNotNull(fake.Find(library, "_lucbinh-chuyen-doi-pdf"), "the conversion went through the working folder (now empty: two files in all)");
        fake.AssertClean();
    }

    [TestMethod]
    public async Task A_rendition_graph_refuses_is_named_and_the_number_is_kept_for_the_retry()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        fake.AddFault(new Fault(RouteClass.Drive, FaultAction.Status)
        {
            Method = "GET",
            Status = 406,
            When = r => r.Query.Contains("format=pdf", StringComparison.Ordinal),
        });
        var folder = RepoPaths.NewTempFolder();
        var outFolder = Path.Combine(folder, "out");

        var failed = CliRunner.InProcess(["issue", "--out", outFolder, .. Settings(fake, folder)]);
        var filedAfterFailure = fake.Files(site.Drives[0]).Count;
        var retry = CliRunner.InProcess(["issue", "--out", outFolder, .. Settings(fake, folder)]);

        Assert.AreEqual(1, failed.ExitCode, failed.Output + failed.Error);
        StringAssert.Contains(failed.Error, "PUB312");
        StringAssert.Contains(failed.Error, "Pdf:Converter", "the message says what else can make the PDF");
        StringAssert.Contains(failed.Error, "ISS020", "the number taken is kept for the retry");
        Assert.AreEqual(0, filedAfterFailure, "nothing filed, and the converted copy was deleted");
        Assert.AreEqual(0, retry.ExitCode, retry.Output + retry.Error);
        StringAssert.Contains(retry.Output, "01-", "the retry issues the number the failed try took");
        fake.AssertClean();
    }

    [TestMethod]
    public void Sharepoint_pdf_without_a_site_is_refused_at_start()
    {
        var folder = RepoPaths.NewTempFolder();

        var run = CliRunner.InProcess("issue", "--out", Path.Combine(folder, "out"), "--config", "Pdf:Converter=sharepoint",
            "--config", "Register:DatabasePath=" + Path.Combine(folder, "so-dang-ky.db"), "--config", "Register:Numbering=year");

        Assert.AreEqual(1, run.ExitCode, run.Output + run.Error);
        StringAssert.Contains(run.Error, "PUB311");
        StringAssert.Contains(run.Error, "SharePoint:SiteUrl");
        Assert.IsFalse(File.Exists(Path.Combine(folder, "so-dang-ky.db")), "no number taken");
    }
}
