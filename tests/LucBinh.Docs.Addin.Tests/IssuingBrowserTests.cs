using System.IO.Compression;
using LucBinh.Docs.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// The task pane's official-document actions in real headless Chromium against the real web host (local register,
/// local store): "Xem trước" shows the first page and stores nothing, "Tạo dự thảo" downloads the draft, "Phát hành"
/// asks first, then shows the number it got and a PDF that downloads; a tracker with errors takes no number and
/// shows its problems in Vietnamese.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class IssuingBrowserTests
{
    private static readonly string Work = RepoPaths.NewTempFolder();

    private static readonly LocalHostSession Session = new(new Dictionary<string, string?>
    {
        ["Register:DatabasePath"] = Path.Combine(Work, "so-dang-ky.db"),
        ["Register:Numbering"] = "year",
    });

    public TestContext TestContext { get; set; } = null!;

    [ClassCleanup]
    public static async Task CleanupAsync() => await Session.DisposeAsync();

    private static async Task<(IPage Page, AddinHost Host)> OpenAsync(byte[] tracker)
    {
        var (host, browser) = await Session.GetAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For(tracker));
        await page.GotoAsync(host.BaseUrl + "taskpane.html");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await page.SelectOptionAsync("#period-kind", "tracker");
        return (page, host);
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Preview_shows_the_first_page_in_the_pane()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        _ = ExternalTools.Require("pdftoppm (poppler-utils)", "pdftoppm");
        var (page, _) = await OpenAsync(Trackers.Sample());

        await page.ClickAsync("#preview");

        var image = page.Locator("#preview-image");
        await Expect(image).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Expect(page.Locator("#preview-title")).ToHaveTextAsync("Xem trước trang đầu (chưa lưu gì)");
        var width = await image.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0");
        Assert.IsGreaterThan(300, width, "a real page image was drawn");
        await Screenshots.SaveAsync(page, TestContext, "taskpane-preview");
        await page.CloseAsync();
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Draft_downloads_the_unnumbered_draft()
    {
        var (page, _) = await OpenAsync(Trackers.Sample());

        await page.ClickAsync("#draft");
        await Expect(page.Locator("#download-draft")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-draft"));

        StringAssert.EndsWith(download.SuggestedFilename, "(dự thảo).docx");
        var saved = Path.Combine(RepoPaths.NewTempFolder(), "du-thao.docx");
        await download.SaveAsAsync(saved);
        var bytes = await File.ReadAllBytesAsync(saved);
        using (var docx = new ZipArchive(new MemoryStream(bytes)))
        {
            var headers = docx.Entries.Where(e => e.FullName.StartsWith("word/header", StringComparison.Ordinal)).ToList();
            Assert.IsNotEmpty(headers);
            foreach (var header in headers)
            {
                using var reader = new StreamReader(header.Open());
                StringAssert.Contains(await reader.ReadToEndAsync(), "DỰ THẢO", header.FullName + " carries the watermark");
            }
        }

        Assert.IsEmpty(WordValidation.Errors(bytes));
        await page.CloseAsync();
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Issue_asks_first_then_shows_the_number_and_a_working_pdf_link()
    {
        _ = ExternalTools.Require("LibreOffice", "soffice", "libreoffice");
        var (page, _) = await OpenAsync(Trackers.Sample());
        var issueRequests = 0;
        page.Request += (_, request) => issueRequests += request.Url.EndsWith("/api/issue", StringComparison.Ordinal) ? 1 : 0;

        // A slip is harmless: the first click only asks, and "Hủy" takes no number.
        await page.ClickAsync("#issue");
        await Expect(page.Locator("#confirm-issue")).ToBeVisibleAsync();
        await page.ClickAsync("#issue-cancel");
        await Expect(page.Locator("#confirm-issue")).ToBeHiddenAsync();
        Assert.AreEqual(0, issueRequests, "nothing was sent");

        await page.ClickAsync("#issue");
        await page.ClickAsync("#issue-confirm");

        var title = page.Locator("#result-title");
        await Expect(title).ToHaveTextAsync("Đã phát hành: Số 01-BC/ĐU", new() { Timeout = 180_000 });
        await Expect(page.Locator("#issued-date")).ToHaveTextAsync("Ngày ban hành: 20/06/2024");
        Screenshots.PublishToDocs(await Screenshots.SaveAsync(page, TestContext, "taskpane-issued"), "addin-taskpane-issued");
        // The host's copy is fetched by the pane's script (with the token when the host requires sign-in), then saved.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#open-pdf"));
        StringAssert.StartsWith(download.SuggestedFilename, "01-BC-ĐU ");
        StringAssert.EndsWith(download.SuggestedFilename, ".pdf");
        var saved = Path.Combine(RepoPaths.NewTempFolder(), "van-ban.pdf");
        await download.SaveAsAsync(saved);
        StringAssert.StartsWith(System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(saved))[..5]), "%PDF-");

        // Pressed again for the same document: the same number, said so.
        await page.ClickAsync("#issue");
        await page.ClickAsync("#issue-confirm");
        await Expect(title).ToHaveTextAsync("Văn bản này đã phát hành trước đó: Số 01-BC/ĐU", new() { Timeout = 180_000 });
        await page.CloseAsync();
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task A_tracker_with_errors_takes_no_number_and_shows_its_problems_in_vietnamese()
    {
        var (page, _) = await OpenAsync(Trackers.WithTextInANumberColumn());

        await page.ClickAsync("#issue");
        await page.ClickAsync("#issue-confirm");

        var problems = page.Locator("#problems");
        await Expect(problems).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Expect(problems).ToContainTextAsync("Tuyên truyền!F2");
        await Expect(problems).ToContainTextAsync("Cần sửa");
        await Expect(page.Locator("#result")).ToBeHiddenAsync();
        await page.CloseAsync();
    }
}
