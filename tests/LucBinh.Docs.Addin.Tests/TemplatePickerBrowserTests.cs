using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LucBinh.Docs.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// The task pane's template picker over a catalogue (a report, minutes, a template without manifest): grouped by kind in
/// the user's language, the chosen template's description under it (a template without manifest: its Word description
/// property), still accessible; the chosen id is what is sent.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class TemplatePickerBrowserTests
{
    private static readonly LocalHostSession Session = new(new Dictionary<string, string?> { ["LucBinh:Web:TemplatesFolder"] = CatalogueFolder() });

    [ClassCleanup]
    public static async Task CleanupAsync() => await Session.DisposeAsync();

    private static string CatalogueFolder()
    {
        var folder = RepoPaths.NewTempFolder();
        foreach (var id in new[] { "bao-cao-ket-qua-phoi-hop", "bien-ban-hoi-nghi", "mau-rieng" })
        {
            RepoPaths.CopyTemplate(RepoPaths.ReportTemplate, folder, id + ".docx");
        }

        File.Copy(Path.Combine(RepoPaths.Templates, "bao-cao-ket-qua-phoi-hop.json"), Path.Combine(folder, "bao-cao-ket-qua-phoi-hop.json"));
        File.WriteAllText(Path.Combine(folder, "bien-ban-hoi-nghi.json"), """
            { "kind": "Minutes", "title": "Biên bản hội nghị", "description": "Thời gian, địa điểm, thành phần, diễn biến và kết luận của cuộc họp." }
            """, Encoding.UTF8);
        return folder;
    }

    private static async Task<IPage> OpenAsync(string language = "vi-VN")
    {
        var (host, browser) = await Session.GetAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For(Trackers.Sample()) with { DisplayLanguage = language });
        await page.GotoAsync(host.BaseUrl + "taskpane.html");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        return page;
    }

    [TestMethod]
    public async Task Templates_are_grouped_by_kind_and_the_chosen_one_is_described()
    {
        var page = await OpenAsync();

        CollectionAssert.AreEqual(
            new[] { "Báo cáo", "Biên bản", "Mẫu khác" },
            await page.Locator("#template optgroup").EvaluateAllAsync<string[]>("groups => groups.map(g => g.label)"));
        CollectionAssert.AreEqual(
            new[] { "bao-cao-ket-qua-phoi-hop", "bien-ban-hoi-nghi", "mau-rieng" },
            await page.Locator("#template option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        await Expect(page.Locator("#template optgroup[label='Biên bản'] option")).ToHaveTextAsync("Biên bản hội nghị");
        await Expect(page.Locator("#template-description")).ToContainTextAsync("Báo cáo kết quả phối hợp với HĐND");

        await page.SelectOptionAsync("#template", "bien-ban-hoi-nghi");
        await Expect(page.Locator("#template-description")).ToHaveTextAsync("Thời gian, địa điểm, thành phần, diễn biến và kết luận của cuộc họp.");
        await AssertAccessibleAsync(page);

        await page.SelectOptionAsync("#template", "mau-rieng");
        await Expect(page.Locator("#template-description")).ToContainTextAsync("Sinh bởi tools/LucBinh.Docs.TemplateBuilder", new() { UseInnerText = true });
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task Kind_names_follow_the_office_language_and_the_chosen_id_is_sent()
    {
        var page = await OpenAsync("en-US");

        CollectionAssert.AreEqual(
            new[] { "Reports", "Minutes", "Other templates" },
            await page.Locator("#template optgroup").EvaluateAllAsync<string[]>("groups => groups.map(g => g.label)"));
        await page.SelectOptionAsync("#template", "bien-ban-hoi-nghi");
        await page.UncheckAsync("#publish");
        var request = await page.RunAndWaitForRequestAsync(
            () => page.ClickAsync("#generate"),
            r => r.Url.EndsWith("/api/reports", StringComparison.Ordinal) && r.Method == "POST");

        StringAssert.Matches(Encoding.UTF8.GetString(request.PostDataBuffer ?? []), new System.Text.RegularExpressions.Regex("name=\"template\"\\r\\n\\r\\nbien-ban-hoi-nghi\\r\\n"));
        await page.WaitForSelectorAsync("#download", new() { Timeout = 90_000 });
        await page.CloseAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.IsNotEmpty(result.Passes, "axe ran no rule");
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}").ToList();
        Assert.IsEmpty(violations, string.Join(Environment.NewLine, violations));
    }
}
