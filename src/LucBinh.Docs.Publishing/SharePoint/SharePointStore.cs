using Azure.Core;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>
/// Stores reports in a SharePoint document library through Microsoft Graph: resolves the site by URL and the library
/// by name once (ids cached for the life of the store), creates missing folders, uploads small files in one PUT and
/// larger ones through a resumable upload session, verifies size and quickXorHash, sets the library columns and creates
/// the organisation sharing link. The same name with the same content is "already stored", so a retry never makes a
/// duplicate. Behaviour is pinned by the tests against the fake Graph (LucBinh.Docs.Publishing.Tests).
/// </summary>
public sealed partial class SharePointStore : IReportStore, IDisposable
{
    private readonly PublishingOptions _options;
    private readonly GraphServiceClient _graph;
    private readonly IRequestAdapter _uploadAdapter;
    private readonly PlanTemplates _templates;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _resolveGate = new(1, 1);
    private readonly Dictionary<string, string> _folders = new(StringComparer.OrdinalIgnoreCase);
    private Library? _library;

    public SharePointStore(PublishingOptions options, TokenCredential credential, HttpMessageHandler? finalHandler = null, TimeProvider? time = null)
        : this(options, GraphClients.CreateGraph(options.Graph, credential, finalHandler), GraphClients.CreateUploadAdapter(options.Graph, finalHandler), time)
    {
    }

    internal SharePointStore(PublishingOptions options, GraphServiceClient graph, IRequestAdapter uploadAdapter, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _graph = graph;
        _uploadAdapter = uploadAdapter;
        _time = time ?? TimeProvider.System;
        if (options.SharePoint.SiteUrl is null)
        {
            throw new LucBinhException(PublishingDiagnostics.Error("PUB001", "SharePoint:SiteUrl", string.Empty));
        }

        var sp = options.SharePoint;
        _templates = new PlanTemplates("SharePoint", sp.Folder, sp.FileName, sp.Metadata);
    }

    public string Kind => "sharepoint";

    public string Destination => $"{_options.SharePoint.SiteUrl} › {_options.SharePoint.Library}";

    private SharePointOptions SharePoint => _options.SharePoint;

    private string Site => SharePoint.SiteUrl!.ToString();

    public StorePlan Plan(ReportToStore report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var content = InputFile.ReadAll(report.FilePath);
        var (folder, fileName, renamed) = _templates.Names(report);
        return new StorePlan
        {
            Store = Kind,
            SourcePath = Path.GetFullPath(report.FilePath),
            Folder = folder,
            FileName = fileName,
            Size = content.LongLength,
            Sha256 = ContentHash.Sha256(content),
            ConflictBehavior = SharePoint.ConflictBehavior,
            Metadata = _templates.Metadata(report.Data),
            Link = SharePoint.Link,
            Pdf = SharePoint.Pdf,
            Target = Destination,
            RenamedFrom = renamed,
        };
    }

    public async Task<StoredReport> StoreAsync(StorePlan plan, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);

        // An upload session from an outbox manifest is only resumed on this site's or Graph's host: the report's bytes
        // never go to an address someone wrote into the file.
        plan = plan with { ResumeUploadUrl = Outbox.OutboxManifestRules.TrustedUploadUrl(plan.ResumeUploadUrl, ReportStores.ExpectedUploadHosts(_options)) };
        try
        {
            var stored = await StoreCoreAsync(plan, progress, cancellationToken).ConfigureAwait(false);
            return stored;
        }
        catch (Exception e) when (e is not PublishException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw GraphFailures.Translate(e, Site, _options.Graph.MaxRetries, _options.Graph.TimeoutSeconds, cancellationToken);
        }
    }

    public void Dispose() => _resolveGate.Dispose();

    private async Task<StoredReport> StoreCoreAsync(StorePlan plan, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var library = await ResolveLibraryAsync(cancellationToken).ConfigureAwait(false);
        plan = FitPath(library, plan);
        var warnings = plan.RenamedFrom
            .Select(r => r.Split(" → "))
            .Select(p => PublishingDiagnostics.Warning("PUB115", p[0], p[^1]))
            .ToList();
        var content = await File.ReadAllBytesAsync(plan.SourcePath, cancellationToken).ConfigureAwait(false);
        if (content.LongLength != plan.Size || ContentHash.Sha256(content) != plan.Sha256)
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB109", plan.SourcePath, "local file changed"), queueable: false);
        }

        var quickXor = QuickXorHash.Compute(content);
        var parentId = await FindFolderAsync(library, plan.Folder, cancellationToken).ConfigureAwait(false);
        DriveItem? item = null;
        var already = false;
        if (parentId is not null && await GetChildAsync(library, parentId, plan.FileName, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            if (existing.Size == plan.Size && existing.File?.Hashes?.QuickXorHash == quickXor)
            {
                (item, already) = (existing, true);
                progress?.Report(new StoreProgress(plan.FileName, plan.Size, plan.Size));
                await AbandonSessionAsync(plan.ResumeUploadUrl).ConfigureAwait(false);
            }
            else if (plan.ConflictBehavior == ConflictBehavior.Fail)
            {
                await AbandonSessionAsync(plan.ResumeUploadUrl).ConfigureAwait(false);
                throw new PublishException(PublishingDiagnostics.Error("PUB108", plan.Folder.Length == 0 ? SharePoint.Library : plan.Folder, plan.FileName), queueable: false);
            }
        }

        if (item is null)
        {
            parentId ??= await CreateFoldersAsync(library, plan.Folder, cancellationToken).ConfigureAwait(false);
            item = plan.Size <= _options.Graph.SimpleUploadLimit && plan.ResumeUploadUrl is null
                ? await SimpleUploadAsync(library, parentId, plan, content, quickXor, progress, cancellationToken).ConfigureAwait(false)
                : await SessionUploadAsync(library, parentId, plan, quickXor, progress, cancellationToken).ConfigureAwait(false);
            Verify(plan, item, quickXor);
        }

        var location = (plan.Folder.Length == 0 ? string.Empty : plan.Folder + "/") + (item.Name ?? plan.FileName);
        await SetMetadataAsync(library, item, plan, warnings, cancellationToken).ConfigureAwait(false);
        var link = await CreateLinkAsync(library, item, plan.Link, warnings, cancellationToken).ConfigureAwait(false);
        StoredReport? pdf = null;
        if (plan.Pdf)
        {
            pdf = await StorePdfAsync(library, item, plan, warnings, cancellationToken).ConfigureAwait(false);
        }

        return new StoredReport(Kind, location, Uri.TryCreate(item.WebUrl, UriKind.Absolute, out var web) ? web : null, link, item.Size ?? plan.Size, already, warnings)
        {
            ItemId = item.Id,
            Pdf = pdf,
        };
    }

    /// <summary>
    /// The stored file must be the report: same size and, when Graph gives one (SharePoint may omit it right after an
    /// upload, graph-notes §1), the same quickXorHash. A mismatch keeps the report for another try.
    /// </summary>
    private static void Verify(StorePlan plan, DriveItem item, string quickXor)
    {
        if (item.Size != plan.Size)
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB109", item.Name ?? plan.FileName, $"{item.Size} ≠ {plan.Size} bytes"), queueable: true);
        }

        if (item.File?.Hashes?.QuickXorHash is { Length: > 0 } remote && remote != quickXor)
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB109", item.Name ?? plan.FileName, $"quickXorHash {remote} ≠ {quickXor}"), queueable: true);
        }
    }

    /// <summary>
    /// SharePoint limits the decoded server-relative path (site + library + folders + name) to 400 characters: the file
    /// name's stem is shortened to fit, and when even that is not enough the folder template must change (PUB110).
    /// </summary>
    private static StorePlan FitPath(Library library, StorePlan plan)
    {
        var prefix = library.ServerRelativePath.TrimEnd('/') + "/" + (plan.Folder.Length == 0 ? string.Empty : plan.Folder + "/");
        var full = prefix + plan.FileName;
        if (full.Length <= SharePointNames.MaxPathLength)
        {
            return plan;
        }

        var (stem, extension) = SharePointNames.Split(plan.FileName);
        var room = SharePointNames.MaxPathLength - prefix.Length;
        if (room - extension.Length < 16)
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB110", full, full.Length, SharePointNames.MaxPathLength), queueable: false);
        }

        var shorter = SharePointNames.Fit(stem, extension, room);
        return plan with { FileName = shorter, RenamedFrom = [.. plan.RenamedFrom, plan.FileName + " → " + shorter] };
    }

    private static string Escape(string path) => path.Replace("%", "%25", StringComparison.Ordinal);

    private static Dictionary<string, object> ConflictData(ConflictBehavior behavior) =>
        new() { ["@microsoft.graph.conflictBehavior"] = Conflict(behavior) };

    private static string Conflict(ConflictBehavior behavior) => behavior switch
    {
        ConflictBehavior.Replace => "replace",
        ConflictBehavior.Fail => "fail",
        _ => "rename",
    };

    private sealed record Library(string SiteId, string DriveId, string RootId, string ServerRelativePath);

    /// <summary>Reports progress synchronously (Progress&lt;T&gt; posts to the thread pool and can reorder reports).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
