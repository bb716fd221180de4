using LucBinh.Docs.Generation;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Hosting;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;

namespace LucBinh.Docs.Web.Storage;

/// <summary>
/// Stores a generated report with the same library as <c>generate --publish</c>: the store of <c>Store:Kind</c> from
/// <see cref="PublishingServices"/> (SharePoint when <c>SharePoint:SiteUrl</c> is set, else the local folder; the
/// credential from <see cref="GraphCredentialProvider"/>, on behalf of the signed-in user when so configured); a report that could not be stored for a reason that may pass waits in the outbox, unless it was to be stored
/// on behalf of the user (then it is only returned, PUB207). The report is written to a
/// folder of its own under the work folder only for the store to read it, and that folder is deleted at the end.
/// </summary>
public sealed class ReportFiler(PublishingServices publishing, GraphCredentialProvider credentials, WebOptions web, ILogger<ReportFiler> log)
{
    public PublishingOptions Options { get; } = publishing.Options;

    public async Task<PublishOutcome> FileAsync(GeneratedReport report, string? userAssertion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var folder = Path.Combine(web.ResolvedWorkFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, report.FileName);
            await File.WriteAllBytesAsync(path, report.Document, cancellationToken).ConfigureAwait(false);
            var credential = publishing.StoreNeedsCredential ? credentials(Options, userAssertion) : null;
            // On behalf of the user, nothing could send a queued report later (the user's token lives as long as the
            // request): the report fails with PUB207 and is returned instead of waiting in the outbox for ever.
            var keep = !(Options.SharePointEnabled && Options.Auth.Mode == AuthMode.OnBehalfOf);
            var publisher = publishing.CreatePublisher(credential, keepFailuresInOutbox: keep);
            try
            {
                var outcome = await publisher.PublishAsync(new ReportToStore(path, report.Data), null, cancellationToken).ConfigureAwait(false);
                StorageLog.Filed(log, publisher.Store.Kind, outcome.Status, report.Document.Length);
                return outcome;
            }
            finally
            {
                (publisher.Store as IDisposable)?.Dispose();
            }
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            StorageLog.NotDeleted(log, e.GetType().Name);
        }
    }
}
