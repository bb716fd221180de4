using System.Globalization;
using LucBinh.Docs.Data;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Generation.Catalogue;
using LucBinh.Docs.IO;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.Templating;
using LucBinh.Docs.Tracker;
using LucBinh.Docs.Tracker.Schema;

namespace LucBinh.Docs.Issuing;

/// <summary>
/// Issues one document: everything that can fail for a reason in the inputs is checked first (the report job of
/// generate and check with a trial render, the kind, the numbering settings, LibreOffice, the output folder); only then
/// is the next number of the kind reserved in the register. The final document is rendered without watermark with that
/// number and the issue date, converted to PDF/A, written into the output folder atomically, filed in the store, and
/// the entry completed with the file names and the content hash. A failure after the reservation leaves the entry
/// "chưa phát hành": the next issue of the same document (same <see cref="DocumentKey"/>) gets the same number, or
/// <c>register cancel</c> gives it up. The number is never given to another document.
/// </summary>
public sealed class DocumentIssuer(IDocumentRegister register, RegisterOptions numbering, ReportPublisher? publisher = null, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public IDocumentRegister Register { get; } = register;

    public IPdfConverter PdfConverter { get; init; } = new LibreOfficePdfConverter();

    /// <summary>
    /// A test seam: runs right after the number is reserved, before anything is written (the crash tests kill the
    /// process here, or throw, to prove that a retry keeps the number).
    /// </summary>
    public Func<RegisterEntry, CancellationToken, Task>? AfterReserve { get; init; }

    /// <exception cref="LucBinhException">
    /// The inputs or settings are wrong (nothing reserved); or a step after the reservation failed, with ISS020 saying
    /// the number is kept for a retry and how to cancel it.
    /// </exception>
    public async Task<IssueResult> IssueAsync(IssueRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request, cancellationToken);
        var entry = await Register.ReserveAsync(prepared.Number, cancellationToken).ConfigureAwait(false);
        var alreadyIssued = entry.Status == RegisterStatus.Issued;
        if (entry.Status == RegisterStatus.Cancelled)
        {
            throw new LucBinhException(SqliteRegisterDiagnostics.Error("ISS044", null, entry.Symbol, entry.Scope, entry.CancelReason));
        }

        try
        {
            if (AfterReserve is { } hook)
            {
                await hook(entry, cancellationToken).ConfigureAwait(false);
            }

            return await CompleteAsync(request, prepared, entry, alreadyIssued, cancellationToken).ConfigureAwait(false);
        }
        catch (LucBinhException e)
        {
            throw new LucBinhException([.. e.Diagnostics, Kept(entry)], e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LucBinhException([IssuingDiagnostics.Error("ISS021", null, e.Message), Kept(entry)], e);
        }
    }

    private async Task<IssueResult> CompleteAsync(IssueRequest request, Prepared prepared, RegisterEntry entry, bool alreadyIssued, CancellationToken cancellationToken)
    {
        // The same job as the preparation, on the data it read: the reserved entry's number, and its date (a retry on a
        // later day issues the document as it was numbered).
        var result = ReportJob.Run(prepared.Job with
        {
            PrepareData = data => Stamp(data, entry.Number, entry.Request.IssueDate),
        }, cancellationToken);
        var document = result.DocumentsOrThrow()[0].Document;
        var diagnostics = new List<Diagnostic>(prepared.Warnings);
        diagnostics.AddRange(result.Diagnostics.Where(w => !diagnostics.Any(x => x.Code == w.Code && x.Message() == w.Message())));

        var baseName = Path.GetFileNameWithoutExtension(OutputNaming.FileName(prepared.Job.Data!));
        var stem = OutputNaming.Sanitize(entry.Symbol + " " + baseName);
        var documentPath = Path.Combine(prepared.OutputFolder, stem + ".docx");
        var pdfPath = request.Pdf ? Path.Combine(prepared.OutputFolder, stem + ".pdf") : null;
        var pdf = request.Pdf ? await PdfConverter.ConvertAsync(document, Path.GetFileName(documentPath), cancellationToken).ConfigureAwait(false) : null;
        AtomicFile.Write(documentPath, document);
        if (pdf is not null && pdfPath is not null)
        {
            AtomicFile.Write(pdfPath, pdf);
        }

        var filing = new List<PublishOutcome>();
        var location = prepared.OutputFolder;
        if (publisher is not null)
        {
            foreach (var path in new[] { documentPath, pdfPath }.OfType<string>())
            {
                var outcome = await publisher.PublishAsync(new ReportToStore(path, prepared.Job.Data!), null, cancellationToken).ConfigureAwait(false);
                filing.Add(outcome);
                diagnostics.AddRange(outcome.Diagnostics);
            }

            if (filing.Any(o => o.Status is PublishStatus.Failed))
            {
                diagnostics.Add(Kept(entry));
                return new IssueResult(IssueStatus.NotFiled, entry, documentPath, pdfPath, filing, diagnostics);
            }

            if (filing.FirstOrDefault(o => o.Succeeded && o.Path(documentPath) is not null) is { } stored)
            {
                location = stored.Path(documentPath)!;
            }
        }

        var files = new IssuedFiles(Path.GetFileName(documentPath), pdfPath is null ? null : Path.GetFileName(pdfPath), ContentHash.Sha256(document), location);
        var completed = await Register.CompleteAsync(entry, files, cancellationToken).ConfigureAwait(false);
        var pending = filing.Any(o => o.Status is PublishStatus.Queued or PublishStatus.NotTried);
        if (alreadyIssued)
        {
            diagnostics.Insert(0, IssuingDiagnostics.Warning("ISS005", null, completed.Symbol, VietnameseDate(completed.Request.IssueDate)));
        }

        var status = pending ? IssueStatus.IssuedFilingPending : alreadyIssued ? IssueStatus.AlreadyIssued : IssueStatus.Issued;
        return new IssueResult(status, completed, documentPath, pdfPath, filing, diagnostics);
    }

    /// <summary>Everything before the reservation: a problem found here costs no number.</summary>
    private Prepared Prepare(IssueRequest request, CancellationToken cancellationToken)
    {
        // Loaded once, with the blocks of its folder: the trial render and the final one use the same template.
        var templateFile = request.Template ?? TemplateFile.FromPath(request.TemplatePath ?? throw new ArgumentException("A template is required.", nameof(request)));
        var blocks = templateFile.Includes is { } includes ? new BlockFingerprint(includes) : null;
        templateFile = templateFile with { Includes = blocks };
        var templateName = templateFile.Name;
        var tracker = request.DataPath is null
            ? request.Workbook ?? (request.TrackerPath is { } trackerPath ? new JobFile(InputFile.ReadAll(trackerPath), Path.GetFullPath(trackerPath)) : null)
            : null;
        var dataBytes = tracker?.Content ?? (request.DataPath is { } dataPath ? InputFile.ReadAll(dataPath) : throw new ArgumentException("A tracker or a data file is required.", nameof(request)));
        var source = request.DataPath ?? (request.Workbook is null ? request.TrackerPath : null);
        var manifest = request.Manifest ?? request.Template?.Manifest ?? (request.TemplatePath is { } path ? ManifestBeside(path) : null);
        var job = new ReportJobInput
        {
            LoadedTemplate = templateFile.Load(request.Limits.Template),
            Trackers = tracker is null ? [] : [tracker],
            Data = request.DataPath is null ? null : ReportData.LoadJson(request.DataPath),
            Period = request.Period,
            Strict = request.Strict,
            Limits = request.Limits,
            Schema = templateFile.Schema ?? manifest?.Schema,
            ResourceFolder = source is null ? null : Path.GetDirectoryName(Path.GetFullPath(source)),
        };

        // The report job of generate/check: the same verdict. Its trial render has a stand-in number, so the template's
        // and data's problems are found before a number is spent; the tracker's own number is noted, then replaced.
        var warnings = new List<Diagnostic>();
        var issueDate = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var trial = ReportJob.Run(job with
        {
            PrepareData = data =>
            {
                var info = InfoOf(data);
                if (info[TrackerKeys.Number] is { } typed && !(typed is string s && string.IsNullOrWhiteSpace(s)))
                {
                    warnings.Add(IssuingDiagnostics.Warning("ISS007", null, Convert.ToString(typed, CultureInfo.InvariantCulture)));
                }

                issueDate = info[TrackerKeys.IssueDate] is DateOnly given ? given : issueDate;
                Stamp(data, 99, issueDate);
            },
        }, cancellationToken);
        if (trial.Blocked)
        {
            throw new LucBinhException([.. trial.Errors]);
        }

        warnings.InsertRange(0, trial.Diagnostics);
        var data = trial.Data!;
        var kind = DocumentKinds.Resolve(manifest, data, templateName);
        if (numbering.Numbering == NumberingPeriod.Term && numbering.TermStart is null)
        {
            throw IssuingDiagnostics.Failure("ISS002", null);
        }

        if (request.Pdf && !PdfConverter.IsAvailable)
        {
            throw LucBinhException.Common("IO032", new FileLocation(templateName), null, OutputNaming.FileName(data));
        }

        var scope = numbering.ScopeOf(issueDate);
        var outputFolder = Path.GetFullPath(request.FolderPerScope ? Path.Combine(request.OutputFolder, scope) : request.OutputFolder);
        if (File.Exists(outputFolder))
        {
            throw LucBinhException.Common("IO003", new FileLocation(outputFolder), null, outputFolder, IssuingDiagnostics.Text("Text.NotAFolder", Localization.UiLanguage.Vietnamese));
        }

        try
        {
            Directory.CreateDirectory(outputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw LucBinhException.Common("IO003", new FileLocation(outputFolder), e, outputFolder, e.Message);
        }

        var key = DocumentKey.Compute(templateFile.Content, dataBytes,
        [
            new("kind", kind.Code),
            new("symbol", kind.SymbolSuffix),
            new("period", request.Period is { } p ? p.From.ToString("O", CultureInfo.InvariantCulture) + "/" + p.To.ToString("O", CultureInfo.InvariantCulture) : null),
            new("strict", request.Strict ? "1" : "0"),
            new("data-kind", request.DataPath is null ? "tracker" : "json"),
            .. blocks?.Value() is { } included ? [new KeyValuePair<string, string?>("blocks", included)] : Array.Empty<KeyValuePair<string, string?>>(),
        ]);
        var number = new NumberRequest(kind.Code, scope, key, issueDate, Summary(data))
        {
            SymbolSuffix = kind.SymbolSuffix,
            KindName = kind.Name,
            Signer = InfoOf(data)["nguoi_ky"] as string,
            Recipients = Recipients(data),
        };
        // The final render reuses the data read and checked here (no second read of the tracker), the period applied.
        return new Prepared(job with { Data = data, Trackers = [], Period = null }, number, outputFolder, warnings);
    }

    /// <summary>Trích yếu: the tracker's <c>trich_yeu</c> when it has one, else the report's name.</summary>
    private static string Summary(DataRecord data)
    {
        var info = data[TrackerKeys.Info] as DataRecord;
        return info?["trich_yeu"] is string { Length: > 0 } summary ? summary.Trim()
            : Path.GetFileNameWithoutExtension(OutputNaming.FileName(data));
    }

    /// <summary>Nơi nhận as one line, from the tracker's list (<c>noi_nhan</c>).</summary>
    private static string? Recipients(DataRecord data)
    {
        if (data["noi_nhan"] is not DataList list)
        {
            return null;
        }

        var lines = list.OfType<DataRecord>().Select(r => r["noi_nhan"] as string).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
        return lines.Count == 0 ? null : string.Join("; ", lines);
    }

    private static Diagnostic Kept(RegisterEntry entry) =>
        IssuingDiagnostics.Error("ISS020", null, entry.Symbol, entry.Scope, entry.KindCode, entry.Number);

    private static string VietnameseDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The general information sheet's record, made when the data has none (the number and date go there).</summary>
    private static DataRecord InfoOf(DataRecord data)
    {
        if (data[TrackerKeys.Info] is not DataRecord info)
        {
            info = new DataRecord();
            data.Set(TrackerKeys.Info, info, TrackerKeys.InfoSheet);
        }

        return info;
    }

    private static void Stamp(DataRecord data, decimal number, DateOnly issueDate)
    {
        var info = InfoOf(data);
        info.Set(TrackerKeys.Number, number);
        info.Set(TrackerKeys.IssueDate, issueDate);
    }

    private sealed record Prepared(
        ReportJobInput Job,
        NumberRequest Number,
        string OutputFolder,
        IReadOnlyList<Diagnostic> Warnings);

    /// <summary>The manifest beside the template (the catalogue's reader: its errors stop the issue, located in the manifest).</summary>
    private static TemplateManifest ManifestBeside(string templatePath)
    {
        var entry = TemplateCatalogue.Describe(templatePath);
        entry.ThrowIfInvalid();
        return entry.Manifest;
    }
}

internal static class PublishOutcomeExtensions
{
    /// <summary>Where the store put this outcome's file, when it is the given document.</summary>
    public static string? Path(this PublishOutcome outcome, string documentPath) =>
        outcome.Plan is { } plan && string.Equals(plan.SourcePath, System.IO.Path.GetFullPath(documentPath), StringComparison.Ordinal)
            ? outcome.Stored?.WebUrl?.IsFile == true ? System.IO.Path.GetDirectoryName(outcome.Stored.Location) : outcome.Stored?.WebUrl?.ToString() ?? outcome.Stored?.Location
            : null;
}
