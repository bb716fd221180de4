using LucBinh.Docs.Data;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Hosting;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// Publishing as the commands use it: configuration from appsettings.json, the user file, user secrets,
/// <c>LUCBINH_*</c> and <c>--config KEY=VALUE</c>; the store of <c>Store:Kind</c> (<see cref="PublishingFactory"/>: SharePoint
/// when <c>SharePoint:SiteUrl</c> is set, else the local folder) behind the outbox; outcomes printed in the user's language; one exit code for the whole run.
/// </summary>
internal sealed class Publisher
{
    private readonly CliText _text;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly ReportPublisher _publisher;

    private Publisher(CliText text, TextWriter output, TextWriter error, ReportPublisher publisher)
    {
        _text = text;
        _output = output;
        _error = error;
        _publisher = publisher;
    }

    public static Publisher Create(string[] configArguments, CliText text, TextWriter output, TextWriter error)
    {
        var configuration = Configuration(configArguments);
        var publishing = PublishingFactory.Create(configuration, options => CredentialFactory.Create(options, error.WriteLine));
        return new Publisher(text, output, error, publishing.CreatePublisher());
    }

    public static Microsoft.Extensions.Configuration.IConfigurationRoot Configuration(string[] configArguments)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var argument in configArguments)
        {
            if (PublishingConfiguration.ParseOverride(argument) is { } pair)
            {
                overrides[pair.Key] = pair.Value;
            }
        }

        return PublishingConfiguration.Build(new PublishingConfigurationSources { Overrides = overrides });
    }

    /// <summary>Stores each report; the exit code is the worst outcome: failed (1) over kept in the outbox (4) over stored (0).</summary>
    public async Task<int> PublishAsync(IEnumerable<(string Path, DataRecord Data)> reports, CancellationToken cancellationToken)
    {
        var outcomes = new List<PublishOutcome>();
        try
        {
            foreach (var (path, data) in reports)
            {
                var outcome = await _publisher.PublishAsync(new ReportToStore(path, data), Progress(), cancellationToken).ConfigureAwait(false);
                Print(outcome);
                outcomes.Add(outcome);
            }
        }
        finally
        {
            (_publisher.Store as IDisposable)?.Dispose();
        }

        return ExitCode(outcomes);
    }

    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<PublishOutcome> outcomes;
        try
        {
            outcomes = await _publisher.PublishPendingAsync(Progress(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            (_publisher.Store as IDisposable)?.Dispose();
        }

        foreach (var outcome in outcomes)
        {
            Print(outcome);
        }

        _output.WriteLine(PublishText.PendingSummary(outcomes, _publisher.Outbox.Folder, _text.Language));
        return ExitCode(outcomes);
    }

    private void Print(PublishOutcome outcome)
    {
        DiagnosticPrinter.Print(_error, outcome.Diagnostics, _text);
        foreach (var line in PublishText.Describe(outcome, _text.Language))
        {
            _output.WriteLine(line);
        }
    }

    private Progress<StoreProgress> Progress() => new(p =>
    {
        // Progress goes to the error stream so that scripts reading the output see only results.
        _error.Write("\r" + PublishText.Progress(p, _text.Language));
    });

    private static int ExitCode(IReadOnlyCollection<PublishOutcome> outcomes) =>
        outcomes.Any(o => o.Status == PublishStatus.Failed) ? ExitCodes.InputError
        : outcomes.Any(o => o.Status is PublishStatus.Queued or PublishStatus.NotTried) ? ExitCodes.KeptInOutbox
        : ExitCodes.Success;
}
