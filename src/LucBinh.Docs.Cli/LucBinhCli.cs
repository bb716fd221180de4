using System.CommandLine;
using System.Text;
using LucBinh.Docs.Cli.Commands;
using LucBinh.Docs.Diagnostics;
using LucBinh.Docs.Localization;

namespace LucBinh.Docs.Cli;

/// <summary>
/// The <c>lucbinh-docs</c> command line. Messages are Vietnamese unless <c>--lang en</c> (or <c>LUCBINH_LANG=en</c>) asks
/// for English. Every problem with the user's files ends in a message and exit code 1, never a stack trace.
/// </summary>
public static class LucBinhCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        TrySetUtf8Console();
        var text = new CliText(LanguageOf(args));
        var root = BuildRoot(text, output, error);
        try
        {
            var parse = root.Parse(args);
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (LucBinhException e)
        {
            DiagnosticPrinter.Print(error, e.Diagnostics, text);
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine(text.Format("Internal", e.GetType().Name, e.Message));
            return ExitCodes.InternalError;
        }
    }

    internal static RootCommand BuildRoot(CliText text, TextWriter output, TextWriter error)
    {
        var root = new RootCommand(text["Root.Description"]);
        root.Options.Add(CommonOptions.Language(text));
        root.Subcommands.Add(GenerateCommand.Create(text, output, error));
        root.Subcommands.Add(DataCommand.Create(text, output, error));
        root.Subcommands.Add(CheckCommand.Create(text, output, error));
        root.Subcommands.Add(InitTrackerCommand.Create(text, output, error));
        root.Subcommands.Add(TemplatesCommand.Create(text, output, error));
        root.Subcommands.Add(PublishCommand.Create(text, output, error));
        root.Subcommands.Add(SharePointCommand.Create(text, output, error));
        root.Subcommands.Add(IssueCommand.Create(text, output, error));
        root.Subcommands.Add(RegisterCommand.Create(text, output, error));
        return root;
    }

    /// <summary>The language is needed before parsing (help texts are built in it), so it is read from the raw arguments.</summary>
    internal static UiLanguage LanguageOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                return UiLanguages.Parse(args[i + 1]);
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                return UiLanguages.Parse(args[i]["--lang=".Length..]);
            }
        }

        return UiLanguages.Parse(Environment.GetEnvironmentVariable("LUCBINH_LANG"));
    }

    private static void TrySetUtf8Console()
    {
        try
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }
        catch (IOException)
        {
            // Output is redirected to something without an encoding to set; UTF-8 is already the .NET default there.
        }
    }
}
