using LucBinh.Docs.TestSupport;
using Microsoft.Playwright;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// Screenshots are test artefacts: saved in <c>artifacts/screenshots/</c> beside the test binaries
/// (<c>tests/LucBinh.Docs.Addin.Tests/bin/{Configuration}/net10.0/artifacts/screenshots/</c>), attached to the test
/// result and their path printed.
/// With <c>LUCBINH_UPDATE_DOCS_IMAGES=true</c> the ones a test publishes (the task pane after a report, after an
/// issue) also replace their docs/images/addin-taskpane*.png.
/// </summary>
internal static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, TestContext context, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        context.AddResultFile(path);
        context.WriteLine("screenshot: " + path);
        Console.WriteLine("screenshot: " + path);
        return path;
    }

    public static void PublishToDocs(string path, string name)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("LUCBINH_UPDATE_DOCS_IMAGES"), "true", StringComparison.OrdinalIgnoreCase))
        {
            File.Copy(path, Path.Combine(RepoPaths.Root, "docs", "images", name + ".png"), overwrite: true);
        }
    }
}
