using System.CommandLine;
using System.Text;
using GovBudget.Cli.Commands;

namespace GovBudget.Cli;

/// <summary>The <c>govbudget</c> command.</summary>
internal static class Program
{
    /// <summary>Exit codes: 0 success, 1 error findings (check), 2 unusable input or usage.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line with the given output streams (tests call this directly).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("govbudget: read and check Chinese government budget disclosures (部门预算/决算公开)")
        {
            ImportCommand.Create(stdout, stderr),
            EvalCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            GenerateCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"govbudget: {error.Message}");
            }

            stderr.WriteLine("Try 'govbudget --help'.");
            return ExitCodes.Unusable;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
#pragma warning disable CA1031 // The tool must never crash: report anything unexpected and exit 2.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"govbudget: internal error: {e.Message}");
            return ExitCodes.Unusable;
        }
    }
}
