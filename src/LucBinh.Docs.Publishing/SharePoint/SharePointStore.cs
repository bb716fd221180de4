using Azure.Core;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;
using LucBinh.Docs.Publishing.Configuration;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using System.Text;

namespace LucBinh.Docs.Publishing.SharePoint;

/// <summary>
/// Stores reports in a SharePoint document library through Microsoft Graph. It plans and orders the steps; each Graph
/// concern has its own class: <see cref="SiteLocator"/> (site and library, once), <see cref="LibraryFolders"/>
/// (folders and lookups), <see cref="FileUploads"/> (one PUT or a resumable upload session), <see cref="MetadataFields"/>
/// (library columns), <see cref="SharingLinks"/> (organisation link) and <see cref="PdfRenditions"/> (Graph's PDF).
/// Size and quickXorHash are verified; the same name with the same content is "already stored", so a retry never makes
/// a duplicate. Behaviour is pinned by the tests against the fake Graph (LucBinh.Docs.Publishing.Tests).
/// </summary>
public sealed class SharePointStore : IReportStore, IDisposable
{
    private readonly PublishingOptions _options;
    private readonly GraphServiceClient _graph;
    private readonly PlanTemplates _templates;
    private readonly SiteLocator _site;
    private readonly LibraryFolders _folders;
    private readonly FileUploads _uploads;
    private readonly MetadataFields _metadata;
    private readonly SharingLinks _links;
    private readonly PdfRenditions _renditions;

    public SharePointStore(PublishingOptions options, TokenCredential credential, HttpMessageHandler? finalHandler = null, TimeProvider? time = null)
        : this(options, GraphClients.CreateGraph(options.Graph, credential, finalHandler), GraphClients.CreateUploadAdapter(options.Graph, finalHandler), time)
    {
    }

    internal SharePointStore(PublishingOptions options, GraphServiceClient graph, IRequestAdapter uploadAdapter, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _graph = graph;
        var clock = time ?? TimeProvider.System;
        if (options.SharePoint.SiteUrl is null)
        {
            throw new LucBinhException(PublishingDiagnostics.Error("PUB001", "SharePoint:SiteUrl", string.Empty));
        }

        var sp = options.SharePoint;
        _templates = new PlanTemplates("SharePoint", sp.Folder, sp.FileName, sp.Metadata);
        _site = new SiteLocator(graph, sp.SiteUrl!);
        _folders = new LibraryFolders(graph);
        _uploads = new FileUploads(graph, uploadAdapter, options.Graph, _folders, clock, Site);
        _metadata = new MetadataFields(graph, clock);
        _links = new SharingLinks(graph);
        _renditions = new PdfRenditions(graph);
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
            SharePoint = new SharePointPlan { Metadata = _templates.Metadata(report.Data), Link = SharePoint.Link, Pdf = SharePoint.Pdf },
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

    /// <summary>The library folder a document waits in while Graph converts it (removed right after).</summary>
    public const string ConversionFolder = "_lucbinh-chuyen-doi-pdf";

    /// <summary>
    /// Graph's PDF of a document that is not filed yet (<c>Pdf:Converter</c> = <c>sharepoint</c>): the .docx is put in
    /// <see cref="ConversionFolder"/> under a fresh name, its rendition read, and the item deleted whatever happened,
    /// so the library keeps only what is filed. Not PDF/A: the rendition is Graph's.
    /// </summary>
    /// <exception cref="LucBinhException">PUB312 when Graph does not convert it; the Graph failure otherwise (throttling, sign-in…).</exception>
    public async Task<byte[]> ConvertToPdfAsync(byte[] document, string displayName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            var library = await _site.LibraryAsync(SharePoint.Library, cancellationToken).ConfigureAwait(false);
            var parentId = await _folders.FindAsync(library, ConversionFolder, cancellationToken).ConfigureAwait(false)
                ?? await _folders.CreateAsync(library, ConversionFolder, cancellationToken).ConfigureAwait(false);
            var plan = new StorePlan
            {
                Store = Kind,
                SourcePath = displayName,
                Folder = ConversionFolder,
                FileName = Guid.NewGuid().ToString("N") + Path.GetExtension(displayName),
                Size = document.LongLength,
                Sha256 = ContentHash.Sha256(document),
                ConflictBehavior = ConflictBehavior.Fail,
                Target = Destination,
            };
            var item = await _uploads.SimpleAsync(library, parentId, plan, document, QuickXorHash.Compute(document), null, cancellationToken).ConfigureAwait(false);
            try
            {
                var warnings = new List<Diagnostic>();
                return await _renditions.PdfAsync(library, item, warnings, cancellationToken).ConfigureAwait(false)
                    ?? throw new LucBinhException(PublishingDiagnostics.Error("PUB312", displayName, warnings.SelectMany(w => w.Arguments).FirstOrDefault()));
            }
            finally
            {
                await _graph.Drives[library.DriveId].Items[item.Id].DeleteAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not LucBinhException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var failure = e as PublishException ?? GraphFailures.Translate(e, Site, _options.Graph.MaxRetries, _options.Graph.TimeoutSeconds, cancellationToken);
            throw new LucBinhException(failure.Diagnostic, failure);
        }
    }

    public void Dispose() => _site.Dispose();

    private async Task<StoredReport> StoreCoreAsync(StorePlan plan, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var library = await _site.LibraryAsync(SharePoint.Library, cancellationToken).ConfigureAwait(false);
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
        var parentId = await _folders.FindAsync(library, plan.Folder, cancellationToken).ConfigureAwait(false);
        DriveItem? item = null;
        var already = false;
        if (parentId is not null && await _folders.ChildAsync(library, parentId, plan.FileName, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            if (existing.Size == plan.Size && existing.File?.Hashes?.QuickXorHash == quickXor)
            {
                (item, already) = (existing, true);
                progress?.Report(new StoreProgress(plan.FileName, plan.Size, plan.Size));
                await _uploads.AbandonAsync(plan.ResumeUploadUrl).ConfigureAwait(false);
            }
            else if (plan.ConflictBehavior == ConflictBehavior.Fail)
            {
                await _uploads.AbandonAsync(plan.ResumeUploadUrl).ConfigureAwait(false);
                throw new PublishException(PublishingDiagnostics.Error("PUB108", plan.Folder.Length == 0 ? SharePoint.Library : plan.Folder, plan.FileName), queueable: false);
            }
        }

        if (item is null)
        {
            parentId ??= await _folders.CreateAsync(library, plan.Folder, cancellationToken).ConfigureAwait(false);
            item = plan.Size <= _options.Graph.SimpleUploadLimit && plan.ResumeUploadUrl is null
                ? await _uploads.SimpleAsync(library, parentId, plan, content, quickXor, progress, cancellationToken).ConfigureAwait(false)
                : await _uploads.SessionAsync(library, parentId, plan, quickXor, progress, cancellationToken).ConfigureAwait(false);
            Verify(plan, item, quickXor);
        }

        var location = (plan.Folder.Length == 0 ? string.Empty : plan.Folder + "/") + (item.Name ?? plan.FileName);
        await _metadata.SetAsync(library, item, plan, warnings, cancellationToken).ConfigureAwait(false);
        var after = plan.SharePoint ?? new SharePointPlan();
        var link = await _links.CreateAsync(library, item, after.Link, warnings, cancellationToken).ConfigureAwait(false);
        StoredReport? pdf = null;
        if (after.Pdf)
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
    private static StorePlan FitPath(SharePointLibrary library, StorePlan plan)
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

    /// <summary>
    /// Graph's PDF of the stored document (<see cref="PdfRenditions"/>), stored beside it as <c>{name}.pdf</c> with the
    /// same conflict behaviour. A failed conversion is a warning.
    /// </summary>
    private async Task<StoredReport?> StorePdfAsync(SharePointLibrary library, DriveItem item, StorePlan plan, List<Diagnostic> warnings, CancellationToken cancellationToken)
    {
        if (await _renditions.PdfAsync(library, item, warnings, cancellationToken).ConfigureAwait(false) is not { } pdf)
        {
            return null;
        }

        var (stem, _) = SharePointNames.Split(item.Name ?? plan.FileName);
        var temp = Path.Combine(Path.GetTempPath(), "lucbinh-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(temp, pdf, cancellationToken).ConfigureAwait(false);
        try
        {
            var pdfPlan = plan with
            {
                SourcePath = temp,
                FileName = stem + ".pdf",
                Size = pdf.LongLength,
                Sha256 = ContentHash.Sha256(pdf),
                SharePoint = null,
                ResumeUploadUrl = null,
                RenamedFrom = [],
            };
            var stored = await StoreCoreAsync(pdfPlan, null, cancellationToken).ConfigureAwait(false);
            warnings.AddRange(stored.Warnings);
            return stored with { Warnings = [] };
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The site, library and (optionally) write steps of <see cref="SharePointCheck"/>.</summary>
    internal async Task<IReadOnlyList<CheckStep>> CheckAsync(bool writeProbe, CancellationToken cancellationToken)
    {
        var steps = new List<CheckStep>();
        SharePointLibrary library;
        try
        {
            library = await _site.LibraryAsync(SharePoint.Library, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var problem = GraphFailures.Translate(e, Site, _options.Graph.MaxRetries, _options.Graph.TimeoutSeconds, cancellationToken).Diagnostic;
            var siteFailed = problem.Code != "PUB107";
            steps.Add(new CheckStep("Check.Site", siteFailed ? CheckStatus.Failed : CheckStatus.Ok, null, siteFailed ? problem : null));
            steps.Add(new CheckStep("Check.Library", siteFailed ? CheckStatus.Skipped : CheckStatus.Failed, null, siteFailed ? null : problem));
            steps.Add(new CheckStep("Check.Write", CheckStatus.Skipped));
            return steps;
        }

        steps.Add(new CheckStep("Check.Site", CheckStatus.Ok, library.SiteId));
        steps.Add(new CheckStep("Check.Library", CheckStatus.Ok, library.ServerRelativePath));
        if (!writeProbe)
        {
            steps.Add(new CheckStep("Check.Write", CheckStatus.Skipped));
            return steps;
        }

        var name = $".lucbinh-docs-check-{Guid.NewGuid():N}.txt";
        try
        {
            var plan = new StorePlan
            {
                Store = Kind,
                SourcePath = string.Empty,
                Folder = string.Empty,
                FileName = name,
                Size = 0,
                Sha256 = string.Empty,
                ConflictBehavior = ConflictBehavior.Fail,
            };
            var content = Encoding.UTF8.GetBytes("lucbinh-docs sharepoint check\n");
            var item = await _uploads.PutOnceAsync(library, library.RootId, plan with { Size = content.Length }, content, null, cancellationToken).ConfigureAwait(false);
            await _graph.Drives[library.DriveId].Items[item.Id].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            steps.Add(new CheckStep("Check.Write", CheckStatus.Ok, name));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            steps.Add(new CheckStep("Check.Write", CheckStatus.Failed, name,
                GraphFailures.Translate(e, Site, _options.Graph.MaxRetries, _options.Graph.TimeoutSeconds, cancellationToken).Diagnostic));
        }

        return steps;
    }

    /// <summary>The register list step of <c>sharepoint check</c> (with <paramref name="fix"/>: created when missing).</summary>
    internal async Task<CheckStep> CheckRegisterAsync(string listName, bool fix, CancellationToken cancellationToken)
    {
        try
        {
            return await Register.SharePointRegisterList.CheckAsync(_graph, _site, listName, fix, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new CheckStep("Check.Register", CheckStatus.Failed, listName,
                GraphFailures.Translate(e, Site, _options.Graph.MaxRetries, _options.Graph.TimeoutSeconds, cancellationToken).Diagnostic);
        }
    }
}
