using System.CommandLine;
using System.Globalization;
using LucBinh.Docs.Generation;
using LucBinh.Docs.Issuing;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Register;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// <c>lucbinh-docs issue</c>: the next number of the document's kind from the register, the final .docx and its PDF/A
/// in <c>--out</c>, filed in the configured store and recorded (docs/issuing.md). Exit 0 issued, 1 a problem (the
/// number, if one was taken, is kept for a retry), 4 issued with the filing waiting in the outbox.
/// </summary>
internal static class IssueCommand
{
    /// <summary>
    /// Test seam for the crash tests: when set, the process writes the reserved number into this file and waits there
    /// (up to two minutes) so that a test can kill it between the reservation and the filing.
    /// </summary>
    public const string HoldAfterReserveVariable = "LUCBINH_TEST_HOLD_AFTER_RESERVE";

    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var tracker = CommonOptions.Tracker(text);
        var template = CommonOptions.Template(text);
        var data = CommonOptions.Data(text);
        var period = CommonOptions.Period(text);
        var strict = CommonOptions.Strict(text);
        var config = CommonOptions.Config(text);
        var outFolder = new Option<string?>("--out", "-o") { Description = Text(text, "Cli.Issue.Out") };
        var noPdf = new Option<bool>("--no-pdf") { Description = Text(text, "Cli.Issue.NoPdf") };
        var command = new Command("issue", Text(text, "Cli.Issue.Description")) { tracker, template, data, outFolder, period, strict, noPdf, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var choice = TemplateChoice.Resolve(parse.GetValue(template), text, error); // an id or a path, with its manifest
            var publishing = Publisher.Services(parse.GetValue(config) ?? [], error);
            var options = publishing.Options;
            var register = publishing.CreateRegister();
            var publisher = publishing.CreatePublisher();
            try
            {
                var issuer = new DocumentIssuer(register, options.Register, publisher)
                {
                    AfterReserve = HoldAfterReserve(),
                    PdfConverter = PdfConverters.For(options, publisher.Store),
                };
                var result = await issuer.IssueAsync(new IssueRequest
                {
                    TemplatePath = choice.TemplatePath,
                    Manifest = choice.Entry.Manifest,
                    DataPath = parse.GetValue(data),
                    TrackerPath = parse.GetValue(data) is null ? choice.Tracker(parse.GetValue(tracker)) : null,
                    OutputFolder = parse.GetValue(outFolder) ?? DefaultFiles.OutputFolder,
                    Period = parse.GetValue(period) is { } spec ? ReportPeriod.Parse(spec) : null,
                    Strict = parse.GetValue(strict),
                    Pdf = !parse.GetValue(noPdf),
                }, cancellationToken).ConfigureAwait(false);
                DiagnosticPrinter.Print(error, result.Diagnostics, text);
                var date = result.Entry.Request.IssueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                var key = result.Status switch
                {
                    IssueStatus.AlreadyIssued => "Text.AlreadyIssued",
                    IssueStatus.IssuedFilingPending => "Text.FilingPending",
                    IssueStatus.NotFiled => "Text.NotFiled",
                    _ => "Text.Issued",
                };
                output.WriteLine(result.Status == IssueStatus.NotFiled
                    ? Text(text, key, result.Entry.Symbol, result.DocumentPath)
                    : Text(text, key, result.Entry.Symbol, date, result.DocumentPath));
                if (result.PdfPath is { } pdf)
                {
                    output.WriteLine(Text(text, "Text.Pdf", pdf));
                }

                output.WriteLine(Text(text, "Text.Register", register.Destination));
                return result.Status switch
                {
                    IssueStatus.NotFiled => ExitCodes.InputError,
                    IssueStatus.IssuedFilingPending => ExitCodes.KeptInOutbox,
                    _ => ExitCodes.Success,
                };
            }
            finally
            {
                (publisher.Store as IDisposable)?.Dispose();
            }
        });
        return command;
    }

    internal static string Text(CliText text, string key, params object?[] arguments) =>
        IssuingDiagnostics.Text(key, text.Language, arguments);

    private static Func<RegisterEntry, CancellationToken, Task>? HoldAfterReserve()
    {
        if (Environment.GetEnvironmentVariable(HoldAfterReserveVariable) is not { Length: > 0 } marker)
        {
            return null;
        }

        return async (entry, cancellationToken) =>
        {
            await File.WriteAllTextAsync(marker, entry.Number.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
        };
    }
}
