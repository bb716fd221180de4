using System.CommandLine;
using System.Globalization;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Issuing;
using LucBinh.Docs.IO;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Register;

namespace LucBinh.Docs.Cli.Commands;

/// <summary>
/// <c>lucbinh-docs register [--kind BC] [--year 2026] [--scope 2025-2030] [--out so-dang-ky.xlsx]</c> lists the
/// register of outgoing documents (a table in the terminal) or exports it to Excel;
/// <c>register cancel --kind BC --number 12 --reason "…"</c> gives a number up ("bị hủy"), never to be given again.
/// </summary>
internal static class RegisterCommand
{
    public static Command Create(CliText text, TextWriter output, TextWriter error)
    {
        var kind = new Option<string?>("--kind") { Description = IssueCommand.Text(text, "Cli.Register.Kind") };
        var year = new Option<int?>("--year") { Description = IssueCommand.Text(text, "Cli.Register.Year") };
        var scope = new Option<string?>("--scope") { Description = IssueCommand.Text(text, "Cli.Register.Scope") };
        var outFile = new Option<string?>("--out", "-o") { Description = IssueCommand.Text(text, "Cli.Register.Out") };
        var config = CommonOptions.Config(text);
        var command = new Command("register", IssueCommand.Text(text, "Cli.Register.Description")) { kind, year, scope, outFile, config };
        command.Subcommands.Add(CancelCommand(text, output));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var register = Open(parse.GetValue(config));
            var query = new RegisterQuery { KindCode = parse.GetValue(kind), Year = parse.GetValue(year), Scope = parse.GetValue(scope) };
            var entries = await register.ListAsync(query, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(outFile) is { } path)
            {
                AtomicFile.Write(path, stream => RegisterExport.Write(entries, stream, text.Language));
                output.WriteLine(IssueCommand.Text(text, "Text.Exported", Path.GetFullPath(path), entries.Count));
                return ExitCodes.Success;
            }

            if (entries.Count == 0)
            {
                output.WriteLine(IssueCommand.Text(text, "Text.Empty", register.Destination));
                return ExitCodes.Success;
            }

            PrintTable(output, entries, text);
            output.WriteLine(IssueCommand.Text(text, "Text.Register", register.Destination));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CancelCommand(CliText text, TextWriter output)
    {
        var kind = new Option<string>("--kind") { Description = IssueCommand.Text(text, "Cli.Register.Kind"), Required = true };
        var number = new Option<int>("--number") { Description = IssueCommand.Text(text, "Cli.Cancel.Number"), Required = true };
        var reason = new Option<string>("--reason") { Description = IssueCommand.Text(text, "Cli.Cancel.Reason"), Required = true };
        var scope = new Option<string?>("--scope") { Description = IssueCommand.Text(text, "Cli.Register.Scope") };
        var config = CommonOptions.Config(text);
        var command = new Command("cancel", IssueCommand.Text(text, "Cli.Cancel.Description")) { kind, number, reason, scope, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var register = Open(parse.GetValue(config));
            var kindCode = parse.GetValue(kind)!;
            var chosenScope = parse.GetValue(scope);
            if (chosenScope is null)
            {
                // Without --scope: the one scope that has this number (numbers repeat only across terms or years).
                var scopes = (await register.ListAsync(new RegisterQuery { KindCode = kindCode }, cancellationToken).ConfigureAwait(false))
                    .Where(e => e.Number == parse.GetValue(number)).Select(e => e.Scope).Distinct(StringComparer.Ordinal).ToList();
                if (scopes.Count > 1)
                {
                    throw IssuingDiagnostics.Failure("ISS022", null, parse.GetValue(number), kindCode, string.Join(", ", scopes));
                }

                chosenScope = scopes.Count == 1 ? scopes[0] : "—";
            }

            var cancelled = await register.CancelAsync(kindCode, chosenScope, parse.GetValue(number), parse.GetValue(reason)!, cancellationToken).ConfigureAwait(false);
            output.WriteLine(IssueCommand.Text(text, "Text.Cancelled", cancelled.Symbol, cancelled.Scope, cancelled.CancelReason));
            return ExitCodes.Success;
        });
        return command;
    }

    private static IDocumentRegister Open(string[]? configArguments)
    {
        var options = PublishingOptionsReader.Read(Publisher.Configuration(configArguments ?? []));
        return DocumentRegisters.Create(options);
    }

    /// <summary>A plain table: number, symbol, date, status, summary (cut to fit), files.</summary>
    private static void PrintTable(TextWriter output, IReadOnlyList<RegisterEntry> entries, CliText text)
    {
        var titles = IssueCommand.Text(text, "Text.Columns").Split('|');
        var rows = entries.Select(e => new[]
        {
            e.Number.ToString("00", CultureInfo.InvariantCulture),
            e.Symbol,
            e.Request.IssueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            SqliteRegisterDiagnostics.Text("Status." + e.Status, text.Language),
            Cut(e.Request.Summary, 48),
            e.Files is { } f ? string.Join("; ", new[] { f.DocumentFile, f.PdfFile }.OfType<string>()) : e.CancelReason ?? string.Empty,
        }).ToList();
        var widths = Enumerable.Range(0, titles.Length - 1).Select(i => Math.Max(titles[i].Length, rows.Max(r => r[i].Length))).ToList();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i < widths.Count ? c.PadRight(widths[i]) : c)).TrimEnd();
        output.WriteLine(Line(titles));
        output.WriteLine(Line([.. widths.Select(w => new string('-', w)), "----"]));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
    }

    private static string Cut(string value, int length) =>
        value.Length <= length ? value : value[..(length - 1)] + "…";
}
