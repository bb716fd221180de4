using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;

namespace LucBinh.Docs.Publishing;

/// <summary>
/// The default store, needing no configuration: without a root folder a report stays where the generator wrote it
/// (storing is then only a record of it); with <c>Local:Folder</c> each report is copied under that root (a synced
/// OneDrive or a shared folder), in the Liquid folder and file name given, atomically. A file with the same name and
/// the same content counts as already stored; a different one follows the conflict behaviour.
/// </summary>
public sealed class LocalFolderStore : IReportStore
{
    private readonly string? _root;
    private readonly PlanTemplates _templates;
    private readonly ConflictBehavior _conflict;

    public LocalFolderStore(string? root = null, string folder = "", string fileName = "", ConflictBehavior conflict = ConflictBehavior.Rename)
    {
        _root = root is null ? null : Path.GetFullPath(root);
        _templates = new PlanTemplates("Local", folder, fileName);
        _conflict = conflict;
    }

    public string Kind => "local";

    public string Destination => _root ?? string.Empty;

    public StorePlan Plan(ReportToStore report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var content = InputFile.ReadAll(report.FilePath);
        var (folder, fileName, renamed) = _root is null
            ? (string.Empty, Path.GetFileName(report.FilePath), (IReadOnlyList<string>)[])
            : _templates.Names(report);
        return new StorePlan
        {
            Store = Kind,
            SourcePath = Path.GetFullPath(report.FilePath),
            Folder = folder,
            FileName = fileName,
            Size = content.LongLength,
            Sha256 = ContentHash.Sha256(content),
            ConflictBehavior = _conflict,
            RenamedFrom = renamed,
            Target = _root,
        };
    }

    public Task<StoredReport> StoreAsync(StorePlan plan, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        var warnings = plan.RenamedFrom.Select(r => PublishingDiagnostics.Warning("PUB115", r.Split(" → ")[0], r.Split(" → ")[^1])).ToList();
        if (_root is null)
        {
            progress?.Report(new StoreProgress(plan.FileName, plan.Size, plan.Size));
            return Task.FromResult(new StoredReport(Kind, plan.SourcePath, new Uri(plan.SourcePath), null, plan.Size, false, warnings));
        }

        // A plan read back from an outbox manifest names its own folder and file: they must stay under the root.
        if (!Outbox.OutboxManifestRules.IsRelativeFolder(plan.Folder) || !Outbox.OutboxManifestRules.IsPlainFileName(plan.FileName))
        {
            throw new PublishException(PublishingDiagnostics.Error("PUB111", 0, "invalidPath", plan.RelativePath), queueable: false);
        }

        var folder = Path.Combine([_root, .. plan.Folder.Split('/', StringSplitOptions.RemoveEmptyEntries)]);
        var target = Path.Combine(folder, plan.FileName);
        var (stem, extension) = SharePoint.SharePointNames.Split(plan.FileName);
        for (var n = 1; File.Exists(target); n++)
        {
            if (ContentHash.Sha256OfFile(target) == plan.Sha256)
            {
                return Task.FromResult(new StoredReport(Kind, target, new Uri(target), null, plan.Size, true, warnings));
            }

            if (_conflict == ConflictBehavior.Replace)
            {
                break;
            }

            if (_conflict == ConflictBehavior.Fail)
            {
                throw new PublishException(PublishingDiagnostics.Error("PUB108", folder, plan.FileName), queueable: false);
            }

            target = Path.Combine(folder, $"{stem} {n}{extension}");
        }

        try
        {
            var content = InputFile.ReadAll(plan.SourcePath);
            AtomicFile.Write(target, content);
        }
        catch (LucBinhException e) when (e.Diagnostics.Count > 0)
        {
            // A share that is offline or a full disk may recover: the report waits in the outbox.
            throw new PublishException(e.Diagnostics[0], queueable: true, e);
        }

        progress?.Report(new StoreProgress(plan.FileName, plan.Size, plan.Size));
        return Task.FromResult(new StoredReport(Kind, target, new Uri(target), null, plan.Size, false, warnings));
    }
}
