using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>
/// Uploads (one Graph concern): a small file in one PUT with its conflict behaviour in the query string, a larger one
/// through a resumable upload session sent by LargeFileUploadTask over the unauthenticated adapter (graph-notes §2).
/// A lost answer is checked against the library (same name, size and quickXorHash) before anything is sent again.
/// </summary>
internal sealed class FileUploads(GraphServiceClient graph, IRequestAdapter uploadAdapter, GraphOptions graphOptions, LibraryFolders folders, TimeProvider time, string site)
{
    public static Dictionary<string, object> ConflictData(ConflictBehavior behavior) =>
        new() { ["@microsoft.graph.conflictBehavior"] = Conflict(behavior) };

    public static string Conflict(ConflictBehavior behavior) => behavior switch
    {
        ConflictBehavior.Replace => "replace",
        ConflictBehavior.Fail => "fail",
        _ => "rename",
    };

    /// <summary>
    /// <c>PUT /drives/{d}/items/{parent}:/{name}:/content?@microsoft.graph.conflictBehavior=…</c>: conflict behaviour
    /// goes only in the query string for PUT, and its default there is replace, so it is always sent (graph-notes §2, §3).
    /// The body is a byte array, so the RetryHandler can resend it after a 429/503.
    /// </summary>
    public async Task<DriveItem> SimpleAsync(SharePointLibrary library, string parentId, StorePlan plan, byte[] content, string quickXor, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new StoreProgress(plan.FileName, 0, plan.Size));
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return await PutOnceAsync(library, parentId, plan, content, progress, cancellationToken).ConfigureAwait(false);
                }
                catch (ODataError e) when (attempt < 3 && (e.ResponseStatusCode == 423 || (e.ResponseStatusCode == 409 && e.Error?.Code == "resourceModified")))
                {
                    // resourceModified/locked right after a previous write (onedrive-api-docs#1414): wait and try again.
                    await Task.Delay(graphOptions.ResumeDelay * Math.Pow(2, attempt), time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (GraphFailures.IsTransport(e, cancellationToken))
        {
            // The PUT may have been applied with its answer lost: look before sending it again.
            if (await folders.ChildAsync(library, parentId, plan.FileName, cancellationToken).ConfigureAwait(false) is { } stored
                && stored.Size == plan.Size && stored.File?.Hashes?.QuickXorHash == quickXor)
            {
                progress?.Report(new StoreProgress(plan.FileName, plan.Size, plan.Size));
                return stored;
            }

            await Task.Delay(graphOptions.ResumeDelay, time, cancellationToken).ConfigureAwait(false);
            return await PutOnceAsync(library, parentId, plan, content, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<DriveItem> PutOnceAsync(SharePointLibrary library, string parentId, StorePlan plan, byte[] content, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(content, writable: false);
        var request = graph.Drives[library.DriveId].Items[parentId].ItemWithPath(LibraryFolders.Escape(plan.FileName)).Content.ToPutRequestInformation(body);
        request.URI = new Uri(request.URI + "?@microsoft.graph.conflictBehavior=" + Conflict(plan.ConflictBehavior));
        try
        {
            var item = await graph.RequestAdapter.SendAsync(request, DriveItem.CreateFromDiscriminatorValue, GraphFailures.ErrorMapping, cancellationToken).ConfigureAwait(false)
                ?? throw new PublishException(PublishingDiagnostics.Error("PUB111", 200, "empty", plan.FileName), queueable: true);
            progress?.Report(new StoreProgress(plan.FileName, plan.Size, plan.Size));
            return item;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409 && e.Error?.Code == "nameAlreadyExists")
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB108", plan.Folder, plan.FileName), queueable: false, e);
        }
    }

    /// <summary>
    /// An upload session (graph-notes §2): fragments of Graph:FragmentSize (a multiple of 320 KiB) sent by
    /// LargeFileUploadTask through the unauthenticated adapter; after a dropped connection or a lost acknowledgement the
    /// task is resumed (<c>GET {uploadUrl}</c> → nextExpectedRanges) with a doubling wait, never re-sent blindly
    /// (that gets 416); an expired or vanished session (404) starts over once; a session given up is DELETEd, or kept
    /// for the outbox to resume when the service cannot even be reached.
    /// </summary>
    public async Task<DriveItem> SessionAsync(SharePointLibrary library, string parentId, StorePlan plan, string quickXor, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(plan.SourcePath, FileMode.Open, FileAccess.Read, FileShare.Read);
        var sliceProgress = new SyncProgress<long>(lastByte => progress?.Report(new StoreProgress(plan.FileName, lastByte + 1, plan.Size)));
        progress?.Report(new StoreProgress(plan.FileName, 0, plan.Size));
        var resuming = plan.ResumeUploadUrl is not null;
        UploadSession? session = resuming
            ? new UploadSession { UploadUrl = plan.ResumeUploadUrl, NextExpectedRanges = ["0-"], ExpirationDateTime = time.GetUtcNow().AddHours(1) }
            : null;
        for (var start = 0; ; start++)
        {
            session ??= await CreateSessionAsync(library, parentId, plan, cancellationToken).ConfigureAwait(false);
            var task = new LargeFileUploadTask<DriveItem>(session, stream, graphOptions.FragmentSize, uploadAdapter);
            Exception? failure = null;
            var restart = false;
            for (var attempt = 0; attempt <= graphOptions.UploadResumes; attempt++)
            {
                try
                {
                    var result = resuming || attempt > 0
                        ? await task.ResumeAsync(sliceProgress, 2, cancellationToken).ConfigureAwait(false)
                        : await task.UploadAsync(sliceProgress, 2, cancellationToken).ConfigureAwait(false);
                    if (result.UploadSucceeded && result.ItemResponse is { } item)
                    {
                        return item;
                    }

                    failure = new PublishException(PublishingDiagnostics.Error("PUB111", 200, "uploadIncomplete", plan.FileName), queueable: true);
                }
                catch (Exception e) when (IsSessionGone(e))
                {
                    failure = e;
                    restart = true;
                    break;
                }
                catch (ServiceException e) when (e.ResponseStatusCode == 409)
                {
                    // Name conflict detected at commit: with "fail" it is final; otherwise a new session applies the behaviour again.
                    await DeleteSessionAsync(task).ConfigureAwait(false);
                    if (plan.ConflictBehavior == ConflictBehavior.Fail || start > 0)
                    {
                        throw new PublishException(PublishingDiagnostics.Error("PUB108", plan.Folder, plan.FileName), queueable: plan.ConflictBehavior != ConflictBehavior.Fail, e);
                    }

                    failure = e;
                    restart = true;
                    break;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await DeleteSessionAsync(task).ConfigureAwait(false);
                    throw;
                }
                catch (Exception e) when (IsRetriable(e, cancellationToken))
                {
                    failure = e;
                }

                resuming = true;
                if (attempt < graphOptions.UploadResumes)
                {
                    await Task.Delay(graphOptions.ResumeDelay * Math.Pow(2, attempt), time, cancellationToken).ConfigureAwait(false);
                }
            }

            if (restart && start == 0)
            {
                // The session is gone: it may have committed with its acknowledgement lost (a GET on a committed
                // session's URL finds nothing). Same name + same content there means done; never upload it twice.
                if (await folders.ChildAsync(library, parentId, plan.FileName, cancellationToken).ConfigureAwait(false) is { } stored
                    && stored.Size == plan.Size && stored.File?.Hashes?.QuickXorHash == quickXor)
                {
                    return stored;
                }

                session = null;
                resuming = false;
                stream.Position = 0;
                continue;
            }

            var translated = GraphFailures.Translate(failure!, site, graphOptions.MaxRetries, graphOptions.TimeoutSeconds, cancellationToken);
            var deleted = await DeleteSessionAsync(task).ConfigureAwait(false);
            throw deleted || !translated.Offline
                ? translated
                : new PublishException(translated.Diagnostic, translated.Queueable, translated.InnerException) { Offline = true, ResumeUploadUrl = session.UploadUrl };
        }
    }

    private async Task<UploadSession> CreateSessionAsync(SharePointLibrary library, string parentId, StorePlan plan, CancellationToken cancellationToken)
    {
        // A new body object per call: models track changes, and a reused one serialises as {} (graph-notes §4).
        var body = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties
            {
                Name = plan.FileName,
                FileSize = plan.Size,
                AdditionalData = ConflictData(plan.ConflictBehavior),
            },
        };
        try
        {
            return await graph.Drives[library.DriveId].Items[parentId].ItemWithPath(LibraryFolders.Escape(plan.FileName)).CreateUploadSession
                .PostAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new PublishException(PublishingDiagnostics.Error("PUB111", 200, "empty", plan.FileName), queueable: true);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB108", plan.Folder, plan.FileName), queueable: false, e);
        }
    }

    /// <summary>DELETE {uploadUrl} (no Authorization); false when the service could not be reached.</summary>
    private static async Task<bool> DeleteSessionAsync(LargeFileUploadTask<DriveItem> task)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await task.DeleteSessionAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (ServiceException e) when (e.ResponseStatusCode == 404)
        {
            return true; // already gone
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or ServiceException or ApiException)
        {
            return false;
        }
    }

    /// <summary>A session the outbox kept is no longer needed (the report turned out to be stored, or cannot be).</summary>
    public async Task AbandonAsync(string? uploadUrl)
    {
        if (uploadUrl is null)
        {
            return;
        }

        var session = new UploadSession { UploadUrl = uploadUrl, NextExpectedRanges = ["0-"], ExpirationDateTime = time.GetUtcNow().AddHours(1) };
        using var empty = new MemoryStream([0]);
        await DeleteSessionAsync(new LargeFileUploadTask<DriveItem>(session, empty, graphOptions.FragmentSize, uploadAdapter)).ConfigureAwait(false);
    }

    private static bool IsSessionGone(Exception e) =>
        (e is ServiceException service && service.ResponseStatusCode == 404)
        || (e is ClientException client && client.Message.Contains("expired", StringComparison.OrdinalIgnoreCase));

    private static bool IsRetriable(Exception e, CancellationToken cancellationToken) =>
        GraphFailures.IsTransport(e, cancellationToken)
        || (e is ServiceException service && service.ResponseStatusCode is 416 or 429 or >= 500)
        || e is AggregateException;

    /// <summary>Reports progress synchronously (Progress&lt;T&gt; posts to the thread pool and can reorder reports).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
