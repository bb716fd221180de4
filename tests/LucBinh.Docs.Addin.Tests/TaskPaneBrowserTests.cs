using System.IO.Compression;
using System.Text;
using LucBinh.Docs.FakeGraph;
using LucBinh.Docs.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// The task pane and the ribbon command in real headless Chromium against the real web host on 127.0.0.1, publishing
/// to the fake Graph; Office.js is the stub of Assets/office-stub.js handing over the real sample tracker in slices.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class TaskPaneBrowserTests
{
    private const string SiteUrl = "https://contoso.sharepoint.com/sites/DangUy";
    private const string ReportName = "Báo cáo phối hợp 6 tháng đầu năm 2024.docx";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Fixture? _fixture;

    public TestContext TestContext { get; set; } = null!;

    [ClassCleanup]
    public static async Task CleanupAsync()
    {
        if (_fixture is { } fixture)
        {
            await fixture.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task CreateReport_sends_the_workbook_and_shows_the_SharePoint_link()
    {
        var fixture = await FixtureAsync();
        var tracker = Trackers.Sample();
        var page = await fixture.Browser.NewPageAsync(OfficeStubConfig.For(tracker));
        await OpenTaskPaneAsync(page, fixture);

        // Defaults from the tracker: its period (1/1–30/6/2024 = the first half of 2024) and the server's templates.
        Assert.AreEqual("h1", await page.InputValueAsync("#period-kind"));
        Assert.AreEqual("2024", await page.InputValueAsync("#period-year"));
        Assert.IsGreaterThan(0, await page.Locator("#template option").CountAsync());

        var request = await page.RunAndWaitForRequestAsync(
            () => page.ClickAsync("#generate"),
            r => r.Url.EndsWith("/api/reports", StringComparison.Ordinal) && r.Method == "POST");

        var result = page.Locator("#result");
        await Expect(result).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Screenshots.SaveAsync(page, TestContext, "taskpane-sharepoint");

        // The host was called with the whole workbook (every slice read, in order, and the file closed) and the choices.
        var body = request.PostDataBuffer ?? [];
        Assert.IsGreaterThanOrEqualTo(0, IndexOf(body, tracker), "the request carries the tracker's exact bytes");
        var form = Encoding.UTF8.GetString(body);
        Assert.Contains("name=\"workbook\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"template\"", form, StringComparison.Ordinal);
        StringAssert.Matches(form, new System.Text.RegularExpressions.Regex("name=\"period\"\\r\\n\\r\\n2024-H1\\r\\n"));
        StringAssert.Matches(form, new System.Text.RegularExpressions.Regex("name=\"publish\"\\r\\n\\r\\ntrue\\r\\n"));
        StringAssert.Matches(form, new System.Text.RegularExpressions.Regex("name=\"lang\"\\r\\n\\r\\nvi\\r\\n"));
        var slices = await page.EvaluateAsync<int[]>("() => window.__officeStub.slicesRead");
        var expectedSlices = (int)Math.Ceiling(tracker.Length / 8192.0);
        CollectionAssert.AreEqual(Enumerable.Range(0, expectedSlices).ToArray(), slices);
        Assert.AreEqual(1, await page.EvaluateAsync<int>("() => window.__officeStub.filesClosed"));

        // The result: filed in SharePoint (the fake Graph has it), with its link, "open in Word" and a download.
        await Expect(result.Locator("h2")).ToHaveTextAsync("Đã tạo báo cáo và lưu lên SharePoint.");
        await Expect(page.Locator("#result-period")).ToContainTextAsync("01/01/2024 – 30/06/2024");
        var link = await page.GetAttributeAsync("#open-sharepoint", "href");
        Assert.IsNotNull(link);
        Assert.StartsWith("https://contoso.sharepoint.com/", link);
        Assert.AreEqual("ms-word:ofe|u|" + link, await page.GetAttributeAsync("#open-word", "href"));
        await Expect(page.Locator("#download")).ToBeVisibleAsync();
        CollectionAssert.Contains(fixture.Graph.Files(fixture.Site.Drives[0]).Select(f => f.Name).ToList(), ReportName);
        Assert.AreEqual("false", await page.GetAttributeAsync("#app", "aria-busy"));

        var path = await Screenshots.SaveAsync(page, TestContext, "addin-taskpane");
        Screenshots.PublishToDocs(path, "addin-taskpane");
        AssertNoOutsideRequests(fixture);
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task Without_the_Excel_API_the_period_defaults_come_from_the_server()
    {
        var fixture = await FixtureAsync();
        var page = await fixture.Browser.NewPageAsync(OfficeStubConfig.For(Trackers.Sample()) with { Sheets = [] });
        var check = await page.RunAndWaitForRequestAsync(
            () => OpenTaskPaneAsync(page, fixture),
            r => r.Url.EndsWith("/api/check", StringComparison.Ordinal));
        Assert.AreEqual("POST", check.Method);
        await page.WaitForSelectorAsync("body[data-period-ready='true']");
        Assert.AreEqual("h1", await page.InputValueAsync("#period-kind"));
        Assert.AreEqual("2024", await page.InputValueAsync("#period-year"));
        await Expect(page.Locator("#period-kind option[value='tracker']")).ToHaveTextAsync("Theo sổ theo dõi (6 tháng đầu năm 2024)");
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task Without_publishing_the_report_downloads_as_a_valid_docx()
    {
        var fixture = await FixtureAsync();
        var page = await fixture.Browser.NewPageAsync(OfficeStubConfig.For(Trackers.Sample()));
        await OpenTaskPaneAsync(page, fixture);
        await page.UncheckAsync("#publish");
        await page.SelectOptionAsync("#period-kind", "tracker");

        await page.ClickAsync("#generate");
        await Expect(page.Locator("#download")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download"));
        Assert.AreEqual(ReportName, download.SuggestedFilename);
        var saved = Path.Combine(RepoPaths.NewTempFolder(), "report.docx");
        await download.SaveAsAsync(saved);
        using (var docx = ZipFile.OpenRead(saved))
        {
            Assert.IsNotNull(docx.GetEntry("word/document.xml"), "the download is a Word document");
        }

        var errors = WordValidation.Errors(await File.ReadAllBytesAsync(saved));
        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task A_tracker_with_errors_lists_the_problems_and_a_click_selects_the_cell()
    {
        var fixture = await FixtureAsync();
        var page = await fixture.Browser.NewPageAsync(OfficeStubConfig.For(Trackers.WithTextInANumberColumn()));
        await OpenTaskPaneAsync(page, fixture);

        await page.ClickAsync("#generate");
        var problems = page.Locator("#problems");
        await Expect(problems).ToBeVisibleAsync(new() { Timeout = 90_000 });
        var problem = problems.Locator("button.problem[data-sheet='Tuyên truyền'][data-cell='F2']");
        await Expect(problem).ToBeVisibleAsync();
        await Expect(problem.Locator(".where")).ToHaveTextAsync("Tuyên truyền!F2");
        await Expect(problem.Locator(".message")).ToContainTextAsync("bốn mươi lăm");
        await Expect(page.Locator("#result")).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, TestContext, "taskpane-problems");

        // Keyboard: the problem is a button; Enter selects the cell in Excel.
        await problem.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.__officeStub.selections.length > 0");
        CollectionAssert.AreEqual(new[] { "Tuyên truyền!F2" }, await page.EvaluateAsync<string[]>("() => window.__officeStub.selections"));
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task Check_lists_the_problems_without_creating_a_report()
    {
        var fixture = await FixtureAsync();
        var page = await fixture.Browser.NewPageAsync(OfficeStubConfig.For(Trackers.WithTextInANumberColumn()));
        await OpenTaskPaneAsync(page, fixture);
        var request = await page.RunAndWaitForRequestAsync(() => page.ClickAsync("#check"), r => r.Url.EndsWith("/api/check", StringComparison.Ordinal));
        Assert.AreEqual("POST", request.Method);
        await Expect(page.Locator("#problems button.problem[data-cell='F2']")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task The_task_pane_speaks_English_when_Office_does()
    {
        var fixture = await FixtureAsync();
        var page = await fixture.Browser.NewPageAsync(OfficeStubConfig.For(Trackers.WithTextInANumberColumn(), "en-US"));
        await OpenTaskPaneAsync(page, fixture);
        Assert.AreEqual("en", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.Locator("#generate")).ToHaveTextAsync("Create report");
        await Expect(page.Locator("label[for='template']")).ToHaveTextAsync("Report template");
        await Expect(page.Locator("#period-kind option[value='h1']")).ToHaveTextAsync("First half of the year");

        var request = await page.RunAndWaitForRequestAsync(() => page.ClickAsync("#generate"), r => r.Url.EndsWith("/api/reports", StringComparison.Ordinal));
        StringAssert.Matches(Encoding.UTF8.GetString(request.PostDataBuffer ?? []), new System.Text.RegularExpressions.Regex("name=\"lang\"\\r\\n\\r\\nen\\r\\n"));
        await Expect(page.Locator("#problems h2")).ToContainTextAsync("to fix", new() { Timeout = 90_000 });
        await Screenshots.SaveAsync(page, TestContext, "taskpane-english");
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task The_ribbon_command_generates_publishes_and_shows_the_link_in_a_dialog()
    {
        var fixture = await FixtureAsync();
        var page = await fixture.Browser.NewPageAsync(OfficeStubConfig.For(Trackers.Sample()) with { CloseDialogAfterMs = 200 });
        await page.GotoAsync(fixture.Host.BaseUrl + "commands.html");
        await page.WaitForFunctionAsync("() => typeof window.__officeStub.associated.generateReport === 'function'");

        // Office calls the function with an event; it must end with event.completed().
        await page.EvaluateAsync("() => window.__officeStub.invoke('generateReport')");
        Assert.AreEqual(1, await page.EvaluateAsync<int>("() => window.__officeStub.completed"));
        var dialogUrl = await page.EvaluateAsync<string>("() => window.__officeStub.dialogs[0].url");
        Assert.StartsWith(fixture.Host.BaseUrl + "result.html#", dialogUrl);
        Assert.AreEqual(1, await page.EvaluateAsync<int>("() => window.__officeStub.filesClosed"));

        // The dialog Office would show: the outcome travels in its URL.
        var dialog = await fixture.Browser.NewPageAsync(OfficeStubConfig.For([]));
        await dialog.GotoAsync(dialogUrl);
        await dialog.WaitForSelectorAsync("body[data-ready='true']");
        await Expect(dialog.Locator("#result h2")).ToHaveTextAsync("Đã tạo báo cáo và lưu lên SharePoint.");
        var link = await dialog.GetAttributeAsync("#open-sharepoint", "href");
        Assert.StartsWith("https://contoso.sharepoint.com/", link);
        await Screenshots.SaveAsync(dialog, TestContext, "command-result-dialog");
        await dialog.ClickAsync("#close");
        CollectionAssert.AreEqual(new[] { "close" }, await dialog.EvaluateAsync<string[]>("() => window.__officeStub.parentMessages"));
        await dialog.CloseAsync();
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task The_ribbon_command_reports_the_problems_of_a_broken_tracker()
    {
        var fixture = await FixtureAsync();
        var page = await fixture.Browser.NewPageAsync(OfficeStubConfig.For(Trackers.WithTextInANumberColumn()) with { CloseDialogAfterMs = 200 });
        await page.GotoAsync(fixture.Host.BaseUrl + "commands.html");
        await page.WaitForFunctionAsync("() => typeof window.__officeStub.associated.generateReport === 'function'");
        await page.EvaluateAsync("() => window.__officeStub.invoke('generateReport')");
        var dialogUrl = await page.EvaluateAsync<string>("() => window.__officeStub.dialogs[0].url");

        var dialog = await fixture.Browser.NewPageAsync(OfficeStubConfig.For([]));
        await dialog.GotoAsync(dialogUrl);
        await dialog.WaitForSelectorAsync("body[data-ready='true']");
        await Expect(dialog.Locator("#problems .where")).ToHaveTextAsync("Tuyên truyền!F2");
        await dialog.CloseAsync();
        await page.CloseAsync();
    }

    private static async Task OpenTaskPaneAsync(IPage page, Fixture fixture)
    {
        await page.GotoAsync(fixture.Host.BaseUrl + "taskpane.html");
        await page.WaitForSelectorAsync("body[data-ready='true']");
    }

    private static void AssertNoOutsideRequests(Fixture fixture)
    {
        lock (fixture.Browser.Aborted)
        {
            Assert.IsEmpty(fixture.Browser.Aborted, "the add-in asked for addresses outside its host: " + string.Join(", ", fixture.Browser.Aborted));
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private static async Task<Fixture> FixtureAsync()
    {
        var chromium = AddinBrowser.RequireChromium();
        await Gate.WaitAsync();
        try
        {
            return _fixture ??= await Fixture.StartAsync(chromium);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>One fake Graph, one web host publishing to it, one browser, for the whole class.</summary>
    private sealed class Fixture : IAsyncDisposable
    {
        private Fixture(FakeGraph.FakeGraph graph, FakeSite site, AddinHost host, AddinBrowser browser)
        {
            Graph = graph;
            Site = site;
            Host = host;
            Browser = browser;
        }

        public FakeGraph.FakeGraph Graph { get; }

        public FakeSite Site { get; }

        public AddinHost Host { get; }

        public AddinBrowser Browser { get; }

        public static async Task<Fixture> StartAsync(string chromium)
        {
            var graph = await FakeGraph.FakeGraph.StartAsync();
            var site = graph.AddSite("contoso.sharepoint.com", "/sites/DangUy");
            var work = RepoPaths.NewTempFolder();
            var host = await AddinHost.StartAsync(new Dictionary<string, string?>
            {
                ["SharePoint:SiteUrl"] = SiteUrl,
                ["SharePoint:Folder"] = "Báo cáo/{{ thong_tin_chung.nam }}",
                ["Graph:BaseUrl"] = graph.BaseUrl,
                ["Auth:Mode"] = "AccessToken",
                ["GRAPH_TOKEN"] = "addin-test-token",
                ["Outbox:Folder"] = Path.Combine(work, "outbox"),
                ["LucBinh:Web:WorkFolder"] = Path.Combine(work, "work"),
            });
            var browser = await AddinBrowser.LaunchAsync(chromium, host.BaseUrl);
            return new Fixture(graph, site, host, browser);
        }

        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            await Host.DisposeAsync();
            await Graph.DisposeAsync();
        }
    }
}
