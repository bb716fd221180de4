using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Cli.Tests;

/// <summary>
/// End to end through the command line against the fake Graph on 127.0.0.1 (real HTTP, real Graph SDK):
/// generate and publish, survive the network going down, send the outbox later without duplicates.
/// </summary>
[TestClass]
public sealed class PublishCommandTests
{
    private const string SiteUrl = "https://contoso.sharepoint.com/sites/DangUy";

    private static string[] Settings(FakeGraph.FakeGraph fake, string outbox) =>
    [
        "--config", "SharePoint:SiteUrl=" + SiteUrl,
        "--config", "SharePoint:Folder=Báo cáo/{{ thong_tin_chung.nam }}",
        "--config", "Graph:BaseUrl=" + fake.BaseUrl,
        "--config", "Auth:Mode=AccessToken",
        "--config", "GRAPH_TOKEN=cli-test-token",
        "--config", "Outbox:Folder=" + outbox,
    ];

    [TestMethod]
    public async Task Generate_publish_stores_the_report_in_the_library_and_prints_its_address()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var folder = RepoPaths.NewTempFolder();

        var run = CliRunner.InProcess(["generate", "--out", Path.Combine(folder, "out"), "--publish", .. Settings(fake, Path.Combine(folder, "outbox"))]);

        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        var stored = fake.Files(site.Drives[0]).Select(f => f.Name).ToList();
        CollectionAssert.Contains(stored, "Báo cáo phối hợp 6 tháng đầu năm 2024.docx");
        StringAssert.Contains(run.Output, "https://contoso.sharepoint.com");
        fake.AssertClean();
    }

    [TestMethod]
    public async Task Offline_keeps_the_report_in_the_outbox_and_publish_pending_sends_it_once()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var folder = RepoPaths.NewTempFolder();
        var outbox = Path.Combine(folder, "outbox");
        fake.Offline = true;

        var offline = CliRunner.InProcess(["generate", "--out", Path.Combine(folder, "out"), "--publish", .. Settings(fake, outbox)]);

        Assert.AreEqual(4, offline.ExitCode, offline.Output + offline.Error);
        StringAssert.Contains(offline.Error, "lucbinh-docs publish --pending");
        Assert.IsEmpty(fake.Files(site.Drives[0]));

        fake.Offline = false;
        var first = CliRunner.InProcess(["publish", "--pending", .. Settings(fake, outbox)]);
        var second = CliRunner.InProcess(["publish", "--pending", .. Settings(fake, outbox)]);

        Assert.AreEqual(0, first.ExitCode, first.Output + first.Error);
        Assert.AreEqual(0, second.ExitCode, second.Output + second.Error);
        Assert.HasCount(1, fake.Files(site.Drives[0]), "one report, stored once");
        fake.AssertClean();
    }

    [TestMethod]
    public void A_wrong_setting_is_named_before_any_work_is_done()
    {
        var folder = RepoPaths.NewTempFolder();

        var run = CliRunner.InProcess("generate", "--out", Path.Combine(folder, "out"), "--publish", "--config", "SharePoint:SiteUrl=không-phải-địa-chỉ");

        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, "SharePoint:SiteUrl");
        Assert.IsFalse(Directory.Exists(Path.Combine(folder, "out")), "nothing generated when the configuration is wrong");
    }

    [TestMethod]
    public async Task A_large_report_goes_through_an_upload_session_that_survives_a_dropped_fragment()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        fake.AddFault(new Fault(RouteClass.Upload, FaultAction.Drop) { Method = "PUT", After = 1 });
        var folder = RepoPaths.NewTempFolder();
        var report = Path.Combine(folder, "Báo cáo: quý 3*2024?.docx");
        var bytes = new byte[5 * 1024 * 1024 + 123];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(report, bytes);

        var run = CliRunner.InProcess(["publish", report, .. Settings(fake, Path.Combine(folder, "outbox"))]);

        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        var stored = fake.Files(site.Drives[0]).Single();
        Assert.DoesNotContain(":", stored.Name, "SharePoint forbids ':' in names");
        Assert.DoesNotContain("?", stored.Name);
        Assert.DoesNotContain("*", stored.Name);
        StringAssert.StartsWith(stored.Name, "Báo cáo");
        Assert.AreEqual(bytes.Length, stored.Content.Length);
        fake.AssertClean();
    }

    [TestMethod]
    public async Task Sharepoint_check_reports_each_step_and_leaves_nothing_behind()
    {
        await using var fake = await FakeGraph.FakeGraph.StartAsync();
        var site = fake.AddSite("contoso.sharepoint.com", "/sites/DangUy");
        var folder = RepoPaths.NewTempFolder();

        var run = CliRunner.InProcess(["sharepoint", "check", "--probe", .. Settings(fake, Path.Combine(folder, "outbox"))]);

        Assert.AreEqual(0, run.ExitCode, run.Output + run.Error);
        StringAssert.Contains(run.Output, "Trang SharePoint: đạt");
        StringAssert.Contains(run.Output, "Thư viện tài liệu: đạt");
        Assert.IsEmpty(fake.Files(site.Drives[0]), "the probe file was deleted");
        fake.AssertClean();
    }
}
