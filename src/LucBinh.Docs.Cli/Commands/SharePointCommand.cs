using System.CommandLine;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.SharePoint;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// <c>lucbinh-docs sharepoint check [--probe] [--register] [--fix]</c>: verifies configuration, sign-in, site, library,
/// (with --probe, one test file written then deleted) write permission and (with --register) the register list of
/// outgoing documents, which --fix creates with its columns when missing; one line per step.
/// </summary>
internal static class SharePointCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var probe = new Option<bool>("--probe") { Description = text["Option.Probe"] };
        var register = new Option<bool>("--register") { Description = text["Option.RegisterCheck"] };
        var fix = new Option<bool>("--fix") { Description = text["Option.FixRegister"] };
        var config = CommonOptions.Config(text);
        var check = new Command("check", text["SharePoint.Check.Description"]) { probe, register, fix, config };
        check.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = Publisher.Configuration(parse.GetValue(config) ?? []);
            var steps = await SharePointCheck.RunAsync(
                configuration,
                o => CredentialFactory.Create(o, error.WriteLine),
                parse.GetValue(probe),
                register: parse.GetValue(fix) ? RegisterCheck.Fix : parse.GetValue(register) ? RegisterCheck.Check : RegisterCheck.None,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var step in steps)
            {
                var status = PublishingDiagnostics.Catalog.Get("Check." + step.Status, text.Language);
                output.WriteLine($"{PublishingDiagnostics.Catalog.Get(step.Step, text.Language)}: {status}{(step.Detail is null ? string.Empty : " — " + step.Detail)}");
                if (step.Problem is not null)
                {
                    DiagnosticPrinter.Print(output, [step.Problem], text);
                }
            }

            return steps.Any(s => s.Status == CheckStatus.Failed) ? ExitCodes.InputError : ExitCodes.Success;
        });
        return new Command("sharepoint", text["SharePoint.Description"]) { check };
    }
}
