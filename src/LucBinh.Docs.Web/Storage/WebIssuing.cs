using LucBinh.Docs.Generation;
using LucBinh.Docs.Issuing;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Hosting;
using LucBinh.Docs.Publishing.Register;
using LucBinh.Docs.Web.Auth;
using LucBinh.Docs.Web.Configuration;

namespace LucBinh.Docs.Web.Storage;

/// <summary>
/// Issuing from the task pane with the same library as <c>lucbinh-docs issue</c>: the register of <c>Register:Kind</c>
/// and the store of <c>Store:Kind</c> from <see cref="PublishingServices"/>, the PDF converter of <c>Pdf:Converter</c>,
/// the files written into <see cref="WebOptions.ResolvedIssuedFolder"/> and filed. The uploaded workbook stays in
/// memory. A document issued twice (two clicks, a retry) keeps its number: the register finds it by its key.
/// </summary>
public sealed class WebIssuing(PublishingServices publishing, GraphCredentialProvider credentials, WebOptions web)
{
    public PublishingOptions Options { get; } = publishing.Options;

    public string Folder => web.ResolvedIssuedFolder;

    /// <summary>How the PDF converter is chosen (<c>Pdf:Converter</c>); a test stands in a converter that is missing.</summary>
    public Func<PublishingOptions, Publishing.IReportStore, IPdfConverter> PdfConverterFor { get; init; } = PdfConverters.For;

    /// <exception cref="Diagnostics.LucBinhException">The inputs, the settings or a step after the reservation failed (see <see cref="DocumentIssuer"/>).</exception>
    public async Task<IssueResult> IssueAsync(TemplateFile template, JobFile workbook, ReportPeriod? period, ProcessingLimits limits, string? userAssertion, CancellationToken cancellationToken)
    {
        var credential = publishing.StoreNeedsCredential || publishing.Registry.RegisterNeedsCredential(publishing.Kinds.Register)
            ? credentials(Options, userAssertion)
            : null;
        var register = publishing.CreateRegister(credential);
        // As for reports: on behalf of the user nothing could send a queued filing later, so a filing that fails is
        // not queued; the issue then ends "not filed" (WEB044) and pressing again issues the same number.
        var publisher = publishing.CreatePublisher(credential, keepFailuresInOutbox: !(Options.SharePointEnabled && Options.Auth.Mode == AuthMode.OnBehalfOf));
        try
        {
            var issuer = new DocumentIssuer(register, Options.Register, publisher) { PdfConverter = PdfConverterFor(Options, publisher.Store) };
            return await issuer.IssueAsync(new IssueRequest
            {
                Template = template,
                Workbook = workbook,
                OutputFolder = Folder,
                FolderPerScope = true,
                Period = period,
                Limits = limits,
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            (publisher.Store as IDisposable)?.Dispose();
            (register as IDisposable)?.Dispose();
        }
    }

    /// <summary>
    /// Where an issued entry's PDF is kept here: its scope's folder, the name the register records. Null when the
    /// entry names no PDF, or a scope or name (from a register other hosts also write) would lead elsewhere.
    /// </summary>
    public string? PdfPath(RegisterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Files?.PdfFile is not { Length: > 0 } name || name != Path.GetFileName(name)
            || entry.Scope.Length == 0 || !entry.Scope.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(Folder, entry.Scope, name));
        return path.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    /// <summary>The register's entry of an issued document, when there is one.</summary>
    public async Task<RegisterEntry?> FindAsync(string kindCode, string scope, int number, string? userAssertion, CancellationToken cancellationToken)
    {
        var credential = publishing.Registry.RegisterNeedsCredential(publishing.Kinds.Register) ? credentials(Options, userAssertion) : null;
        var register = publishing.CreateRegister(credential);
        try
        {
            var entries = await register.ListAsync(new RegisterQuery { KindCode = kindCode, Scope = scope }, cancellationToken).ConfigureAwait(false);
            return entries.FirstOrDefault(e => e.Number == number && e.Status == RegisterStatus.Issued);
        }
        finally
        {
            (register as IDisposable)?.Dispose();
        }
    }
}
