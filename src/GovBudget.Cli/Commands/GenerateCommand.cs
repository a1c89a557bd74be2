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
        var output = new Argument<string>("out.csv") { Description = T("Help.Generate.Out") };
        var departments = new Option<int>("--departments") { Description = T("Help.Generate.Departments"), Required = true };
        var seed = new Option<int>("--seed") { Description = T("Help.Generate.Seed"), DefaultValueFactory = _ => 1 };
        var errorRate = new Option<double>("--error-rate")
        {
            Description = T("Help.Generate.ErrorRate"),
            DefaultValueFactory = _ => 0.0,
        };
        var layouts = new Option<int?>("--layouts") { Description = T("Help.Generate.Layouts") };
        var command = new Command("generate", T("Help.Generate"))
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
