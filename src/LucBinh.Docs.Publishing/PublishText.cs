using System.Globalization;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// The lines the CLI prints for a publishing result, in the user's language (diagnostics are printed by the host's own
/// diagnostic printer): what was stored where, the document's address and the sharing link.
/// </summary>
public static class PublishText
{
    public static IReadOnlyList<string> Describe(PublishOutcome outcome, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var lines = new List<string>();
        if (outcome.Stored is not { } stored)
        {
            return lines;
        }

        var name = outcome.Plan?.FileName ?? stored.Location;
        lines.Add(PublishingDiagnostics.Text(stored.AlreadyStored ? "Text.AlreadyStored" : "Text.Stored", language, name, stored.Location));
        if (stored.WebUrl is { } web && stored.Store != "local")
        {
            lines.Add(PublishingDiagnostics.Text("Text.WebUrl", language, web.AbsoluteUri));
        }

        if (stored.SharingLink is { } link)
        {
            lines.Add(PublishingDiagnostics.Text("Text.Link", language, link.AbsoluteUri));
        }

        if (stored.Pdf is { } pdf)
        {
            lines.Add(PublishingDiagnostics.Text("Text.Stored", language, Path.GetFileName(pdf.Location), pdf.Location));
        }

        return lines;
    }

    /// <summary>One progress line (<c>Đang tải lên «x.docx»: 40% (2048 / 5120 KB)</c>), for a line that rewrites itself.</summary>
    public static string Progress(StoreProgress progress, UiLanguage language) =>
        PublishingDiagnostics.Text("Text.Progress", language, progress.FileName, Math.Floor(progress.Percent),
            (progress.BytesSent / 1024).ToString("N0", language.Culture()), (progress.TotalBytes / 1024).ToString("N0", language.Culture()));

    /// <summary>The closing line of <c>publish --pending</c>.</summary>
    public static string PendingSummary(IReadOnlyList<PublishOutcome> outcomes, string outboxFolder, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var stored = outcomes.Count(o => o.Succeeded);
        var waiting = outcomes.Count(o => o.Status is PublishStatus.Queued or PublishStatus.NotTried);
        return stored == 0 && waiting == 0
            ? PublishingDiagnostics.Text("Text.PendingNone", language)
            : PublishingDiagnostics.Text("Text.PendingSummary", language, stored.ToString(CultureInfo.InvariantCulture), waiting.ToString(CultureInfo.InvariantCulture), outboxFolder);
    }
}
