using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.IO;

namespace LucBinh.Docs.Publishing.Outbox;

/// <summary>
/// A local folder holding every report that could not be stored, one sub-folder per report with a copy of the file
/// and <c>manifest.json</c> (the <see cref="StorePlan"/>: where, under which name, with which metadata, link and
/// content hash, plus the attempts and the last error). The same name with the same content is never queued twice,
/// and <see cref="ReportPublisher.PublishPendingAsync"/> removes an entry only once its report is stored.
/// Files are written atomically, so a crash leaves either no entry or a whole one.
/// </summary>
public sealed class ReportOutbox
{
    public const string ManifestName = "manifest.json";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private readonly TimeProvider _time;
    private readonly IReadOnlyList<Uri>? _uploadHosts;

    /// <param name="folder">The outbox folder.</param>
    /// <param name="time">The clock of entry ids and attempts.</param>
    /// <param name="uploadHosts">
    /// Where a kept upload session may point (the SharePoint site, Graph): a manifest's <c>resumeUploadUrl</c> elsewhere is
    /// dropped on reading. Null: only https (or http on loopback) is required here; the SharePoint store checks the host.
    /// </param>
    public ReportOutbox(string folder, TimeProvider? time = null, IReadOnlyList<Uri>? uploadHosts = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Folder = Path.GetFullPath(folder);
        _time = time ?? TimeProvider.System;
        _uploadHosts = uploadHosts;
    }

    public string Folder { get; }

    /// <summary>The waiting reports, oldest first. Damaged entries are skipped with a warning (PUB203) in <paramref name="warnings"/>.</summary>
    public IReadOnlyList<OutboxEntry> Pending(ICollection<Diagnostic>? warnings = null)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var entries = new List<OutboxEntry>();
        foreach (var directory in Directory.EnumerateDirectories(Folder).Order(StringComparer.Ordinal))
        {
            var manifest = Path.Combine(directory, ManifestName);
            if (!File.Exists(manifest))
            {
                continue; // an entry being written, or a folder someone put here
            }

            try
            {
                var data = JsonSerializer.Deserialize<OutboxManifest>(File.ReadAllBytes(manifest), Json)
                    ?? throw new JsonException("empty manifest");
                if (Untrusted(data) is { } why)
                {
                    warnings?.Add(PublishingDiagnostics.Warning("PUB203", directory, why));
                    continue;
                }

                var source = Path.Combine(directory, data.ContentFile);
                if (!File.Exists(source))
                {
                    warnings?.Add(PublishingDiagnostics.Warning("PUB206", source, directory));
                    continue;
                }

                var resume = OutboxManifestRules.TrustedUploadUrl(data.Plan.ResumeUploadUrl, _uploadHosts);
                entries.Add(new OutboxEntry(Path.GetFileName(directory), directory, data with { Plan = data.Plan with { SourcePath = source, ResumeUploadUrl = resume } }));
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
            {
                warnings?.Add(PublishingDiagnostics.Warning("PUB203", directory, e.Message));
            }
        }

        return [.. entries.OrderBy(e => e.Manifest.Created).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Queues a report: copies its file and writes its manifest. When an entry with the same store, path and content is
    /// already waiting, that entry is updated instead and <paramref name="alreadyPending"/> is true.
    /// </summary>
    /// <exception cref="LucBinhException">The outbox folder cannot be written (IO003).</exception>
    public OutboxEntry Add(StorePlan plan, Diagnostic reason, out bool alreadyPending)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reason);
        var existing = Pending().FirstOrDefault(e => SameReport(e.Manifest.Plan, plan));
        if (existing is not null)
        {
            alreadyPending = true;
            return RecordFailure(existing, reason, plan.ResumeUploadUrl ?? existing.Manifest.Plan.ResumeUploadUrl);
        }

        alreadyPending = false;
        var now = _time.GetUtcNow();
        var id = $"{now:yyyyMMdd-HHmmss}-{plan.Sha256[..12]}";
        var directory = Path.Combine(Folder, id);
        for (var n = 2; Directory.Exists(directory); n++)
        {
            directory = Path.Combine(Folder, $"{id}-{n}");
        }

        var content = InputFile.ReadAll(plan.SourcePath);
        var contentFile = plan.FileName;
        AtomicFile.Write(Path.Combine(directory, contentFile), content);
        var manifest = new OutboxManifest
        {
            ContentFile = contentFile,
            OriginalPath = plan.SourcePath,
            Plan = plan with { SourcePath = Path.Combine(directory, contentFile) },
            Created = now,
            Attempts = 1,
            LastAttempt = now,
            LastError = Describe(reason),
        };
        Write(directory, manifest);
        return new OutboxEntry(Path.GetFileName(directory), directory, manifest);
    }

    /// <summary>Counts a failed retry and remembers its cause (and an upload session to resume).</summary>
    public OutboxEntry RecordFailure(OutboxEntry entry, Diagnostic reason, string? resumeUploadUrl)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(reason);
        var now = _time.GetUtcNow();
        var manifest = entry.Manifest with
        {
            Attempts = entry.Manifest.Attempts + 1,
            LastAttempt = now,
            LastError = Describe(reason),
            Plan = entry.Manifest.Plan with { ResumeUploadUrl = resumeUploadUrl },
        };
        Write(entry.Directory, manifest);
        return entry with { Manifest = manifest };
    }

    /// <summary>Removes an entry whose report is stored.</summary>
    public void Complete(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(entry.Directory)), Folder, StringComparison.Ordinal))
        {
            throw new ArgumentException("The entry is not in this outbox.", nameof(entry));
        }

        // The manifest goes first: a half-removed entry is then ignored rather than retried.
        File.Delete(Path.Combine(entry.Directory, ManifestName));
        Directory.Delete(entry.Directory, recursive: true);
    }

    /// <summary>
    /// A manifest is read back from disk, where anyone with access to the folder may have edited it: the report file
    /// must be a plain name inside the entry's own folder, and the target folder and name must stay inside the store.
    /// </summary>
    private static string? Untrusted(OutboxManifest data) =>
        data.Plan is null ? "plan missing"
        : !OutboxManifestRules.IsPlainFileName(data.ContentFile) ? "contentFile is not a file name inside the entry"
        : !OutboxManifestRules.IsPlainFileName(data.Plan.FileName) ? "fileName is not a plain file name"
        : !OutboxManifestRules.IsRelativeFolder(data.Plan.Folder) ? "folder leaves the store"
        : null;

    private static bool SameReport(StorePlan a, StorePlan b) =>
        a.Store == b.Store
        && a.Sha256 == b.Sha256
        && string.Equals(a.Folder.Normalize(NormalizationForm.FormC), b.Folder.Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.FileName.Normalize(NormalizationForm.FormC), b.FileName.Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);

    private static string Describe(Diagnostic reason) => reason.Code + ": " + reason.Message(Localization.UiLanguage.English);

    private static void Write(string directory, OutboxManifest manifest) =>
        AtomicFile.Write(Path.Combine(directory, ManifestName), JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
}
