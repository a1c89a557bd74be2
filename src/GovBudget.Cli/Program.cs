using System.CommandLine;
using System.Text;
using GovBudget.Cli.Commands;
using GovBudget.Cli.Usage;
using GovBudget.Localization;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli;

/// <summary>The <c>govbudget</c> command.</summary>
internal static class Program
{
    /// <summary>Exit codes: 0 success, 1 error findings (check), 2 unusable input or usage, 3 an internal fault.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line with the given output streams (tests call this directly).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Read before the commands are built: every message from here on, the parse errors' included, is in that language.
        using var language = MessageLanguages.Use(LanguageOption.Find(args));
        return RunIn(args, stdout, stderr);
    }

    private static int RunIn(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // A command named govbudget, not RootCommand: its name would be the executable's (GovBudget.Cli), and usage
        // lines must say what the user types.
        var root = new Command("govbudget", T("Help.Root"))
        {
            ImportCommand.Create(stdout, stderr),
            EvalCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            GenerateCommand.Create(stdout, stderr),
        };
        var help = new System.CommandLine.Help.HelpOption { Description = T("Help.HelpOption") };
        HelpLayout.Apply(help);
        root.Options.Add(help);
        root.Options.Add(UsageErrors.VersionAlone(new VersionOption { Description = T("Help.VersionOption") }));
        root.Options.Add(LanguageOption.Create());
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        // No command: said here, not by the library ("Required command was not provided", in English).
        root.SetAction(_ =>
        {
            stderr.WriteLine(T("Usage.NoCommand") + T("Err.Commands", string.Join(", ", commands)));
            stderr.WriteLine(T("Err.TryHelp"));
            return ExitCodes.Unusable;
        });
        UsageErrors.Apply(root);
        if (args.Length > 0 && !args[0].StartsWith('-') && !commands.Contains(args[0], StringComparer.Ordinal))
        {
            var nearest = Suggestions.Nearest(args[0], commands);
            stderr.WriteLine((nearest is null ? T("Err.UnknownCommand", args[0]) : T("Err.UnknownCommandSuggest", args[0], nearest)) + T("Err.Commands", string.Join(", ", commands)));
            stderr.WriteLine(T("Err.TryHelp"));
            return ExitCodes.Unusable;
        }

        var parse = root.Parse(args);
        var errors = parse.Errors.Select(e => e.Message).Concat(UsageErrors.Unmatched(parse)).ToList();
        if (errors.Count > 0 && parse.Action is not HelpLayout)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine(T("Err.Line", error));
            }

            stderr.WriteLine(T("Err.TryHelp"));
            return ExitCodes.Unusable;
        }

        try
        {
            // Without this, System.CommandLine catches an exception itself, prints its stack trace and exits 1, which a
            // pipeline cannot tell from "errors found".
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The tool must never crash: report anything unexpected on one line and exit 3.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine(T("Err.InternalError", e.GetType().Name, e.Message.ReplaceLineEndings(" ")));
            return ExitCodes.InternalFault;
        }
    }
}
