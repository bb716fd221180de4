using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// axe-core's WCAG 2.1 A/AA rules (the engine ships in Deque.AxeCore.Playwright, nothing is fetched) on the task
/// pane in its states (form, problems, date range, result, issue confirmation, draft), plus the period picker's specs evaluated in the page's
/// own module (period.js).
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class AccessibilityBrowserTests
{
    private static readonly LocalHostSession Session = new();

    [ClassCleanup]
    public static async Task CleanupAsync() => await Session.DisposeAsync();

    [TestMethod]
    public async Task The_task_pane_has_no_WCAG_A_or_AA_violation_in_any_state()
    {
        var (host, browser) = await FixtureAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For(Trackers.WithTextInANumberColumn()));
        await page.GotoAsync(host.BaseUrl + "taskpane.html");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await AssertAccessibleAsync(page, "form");

        await page.ClickAsync("#generate");
        await page.WaitForSelectorAsync("#problems button.problem", new() { Timeout = 90_000 });
        await AssertAccessibleAsync(page, "problems");

        await page.SelectOptionAsync("#period-kind", "range");
        await AssertAccessibleAsync(page, "date range");

        var sample = await browser.NewPageAsync(OfficeStubConfig.For(Trackers.Sample()));
        await sample.GotoAsync(host.BaseUrl + "taskpane.html");
        await sample.WaitForSelectorAsync("body[data-ready='true']");
        await sample.UncheckAsync("#publish");
        await sample.ClickAsync("#generate");
        await sample.WaitForSelectorAsync("#download", new() { Timeout = 90_000 });
        await AssertAccessibleAsync(sample, "result");

        await sample.ClickAsync("#issue");
        await sample.WaitForSelectorAsync("#confirm-issue:not([hidden])");
        await AssertAccessibleAsync(sample, "confirm issue");
        await sample.ClickAsync("#issue-cancel");
        await sample.ClickAsync("#draft");
        await sample.WaitForSelectorAsync("#download-draft", new() { Timeout = 90_000 });
        await AssertAccessibleAsync(sample, "draft");
        await sample.CloseAsync();
        await page.CloseAsync();
    }

    [TestMethod]
    public async Task Period_choices_become_the_servers_period_specs()
    {
        var (host, browser) = await FixtureAsync();
        var page = await browser.NewPageAsync(OfficeStubConfig.For(Trackers.Sample()));
        await page.GotoAsync(host.BaseUrl + "taskpane.html");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        var specs = await page.EvaluateAsync<string[]>("""
            async () => {
              const p = await import("./js/period.js");
              const d = (y, m, day) => new Date(Date.UTC(y, m - 1, day));
              const kinds = [[d(2025,4,1), d(2025,6,30)], [d(2025,7,1), d(2025,12,31)], [d(2025,6,1), d(2025,6,30)],
                             [d(2025,1,1), d(2025,12,31)], [d(2025,1,5), d(2025,3,1)], [d(2024,12,1), d(2025,1,31)]]
                .map(([from, to]) => p.specOf(p.defaultsFrom({ from, to })));
              return [...kinds, p.specOf(p.defaultsFrom(null)), p.specOf({ kind: "month", year: "2025", month: "9" })];
            }
            """);
        CollectionAssert.AreEqual(
            new[] { "2025-Q2", "2025-H2", "2025-06", "2025", "05/01/2025-01/03/2025", "01/12/2024-31/01/2025", "", "2025-09" },
            specs);
        await page.CloseAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page, string state)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.IsNotEmpty(result.Passes, "axe ran no rule");
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.IsEmpty(violations, $"task pane ({state}):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private static Task<(AddinHost Host, AddinBrowser Browser)> FixtureAsync() => Session.GetAsync();
}
