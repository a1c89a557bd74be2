using System.CommandLine;
using System.Globalization;
using GovBudget.Datasets;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary>
/// <c>govbudget generate --departments N --seed S --error-rate R [--layouts L] &lt;out.csv&gt;</c>: write a generated
/// multi-department dataset and its truth file.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Argument<string>("out.csv") { Description = "the dataset file to write; the truth file goes beside it (x.csv → x.truth.csv)" };
        var departments = new Option<int>("--departments") { Description = "how many departments", Required = true };
        var seed = new Option<int>("--seed") { Description = "the seed: the same arguments give the same files", DefaultValueFactory = _ => 1 };
        var errorRate = new Option<double>("--error-rate")
        {
            Description = "the probability (0 to 1) that a department gets one injected error",
            DefaultValueFactory = _ => 0.0,
        };
        var layouts = new Option<int?>("--layouts") { Description = "how many distinct layouts departments draw from (default: one per department, as in real data)" };
        var command = new Command("generate", "generate a multi-department budget dataset (long-format CSV) with injected errors and their truth file")
        {
            output, departments, seed, errorRate, layouts,
        };
        command.SetAction(parse => Run(
            parse.GetValue(output)!, parse.GetValue(departments), parse.GetValue(seed), parse.GetValue(errorRate), parse.GetValue(layouts), stdout, stderr));
        return command;
    }

    private static int Run(string path, int departments, int seed, double errorRate, int? layouts, TextWriter stdout, TextWriter stderr)
    {
        if (departments < 0)
        {
            return Usage(stderr, T("Generate.Departments", departments));
        }

        if (double.IsNaN(errorRate) || errorRate is < 0 or > 1)
        {
            return Usage(stderr, T("Generate.ErrorRate", errorRate));
        }

        if (layouts is < 1)
        {
            return Usage(stderr, T("Generate.Layouts", layouts));
        }

        GenerationSummary summary;
        try
        {
            summary = DatasetGenerator.WriteCsv(path, departments, seed, errorRate, layouts ?? DatasetGenerator.DefaultLayouts(departments));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(T("Err.CannotWrite", path, e.Message));
            return ExitCodes.Unusable;
        }

        stdout.WriteLine(T("Generate.Done", summary.Departments, summary.Facts, summary.InjectedErrors, summary.Shapes, summary.DatasetPath, summary.TruthPath));
        return ExitCodes.Success;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine(T("Err.Line", message));
        stderr.WriteLine(T("Err.TryGenerateHelp"));
        return ExitCodes.Unusable;
    }
}
