using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Evaluation;
using GovBudget.Rules.Packs;
using GovBudget.Rules.Waivers;
using Spectre.Console;

namespace GovBudget.Cli.Commands;

/// <summary>Checks a dataset (long-format CSV) department by department, with a progress bar on a terminal.</summary>
internal static class DatasetCheck
{
    public static (IReadOnlyList<CheckedDocument> Entries, DatasetSummary Summary)? Run(
        string path, PackChoice packs, bool compile, WaiverRun waivers, TextWriter stderr, out int failure)
    {
        failure = ExitCodes.Unusable;
        Dataset dataset;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            dataset = DatasetCsv.Read(path);
        }
        catch (DatasetFormatException e)
        {
            stderr.WriteLine($"govbudget: {e.Message}");
            return null;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"govbudget: {path}: {e.Message}");
            return null;
        }
#pragma warning disable CA1031 // Whatever the reader does, the dataset is reported unusable and the run goes on.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            failure = ExitCodes.InternalFault;
            stderr.WriteLine(DocumentLoader.FaultLine(path, "reading the dataset", e));
            return null;
        }

        var load = clock.Elapsed;
        var kind = dataset.Departments.Count > 0 ? dataset.Departments[0].Kind : DisclosureKind.Budget;
        var pack = packs.For(kind);
        DatasetFindings result;
        try
        {
            result = CheckAll(path, dataset, pack, compile, stderr);
        }
        catch (Exception e) when (Limit(e) is { } limit)
        {
            stderr.WriteLine($"govbudget: {path}: {limit.Diagnostic}");
            return null;
        }

        var entries = new List<CheckedDocument>(dataset.Departments.Count);
        for (var i = 0; i < dataset.Departments.Count; i++)
        {
            var d = dataset.Departments[i];
            var findings = result.Departments[i];
            var notApplicable = result.NotApplicableReasons(i);
            IReadOnlyList<CheckedFinding> waived = findings is null ? [] : waivers.Apply(findings).Findings;
            entries.Add(new CheckedDocument(path, d.Department, d.Year, d.Kind, waived, notApplicable,
                pack.Rules.Count - notApplicable.Count - (findings?.Findings.Select(f => f.RuleId).Distinct().Count() ?? 0), [], null)
            { Document = waived.Count > 0 ? d.ToDisclosure : null }); // only a department with findings shows its tables
        }

        var summary = new DatasetSummary(path, dataset.Departments.Count, dataset.ShapeCount, result.PlannedShapes, compile,
            load, result.Elapsed, result.CountsByRule);
        return (entries, summary);
    }

    private static DatasetFindings CheckAll(string path, Dataset dataset, RulePack pack, bool compile, TextWriter stderr)
    {
        DatasetFindings result;
        if (!Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error) && dataset.Departments.Count > 0)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            DatasetFindings? found = null;
            console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask($"检查 {Path.GetFileName(path)}", maxValue: dataset.Departments.Count);
                found = DatasetChecker.Check(dataset, pack, compile, n => task.Value = n);
            });
            result = found!;
        }
        else
        {
            result = DatasetChecker.Check(dataset, pack, compile);
        }

        return result;
    }

    // A rule past its bindings limit on some department (possibly thrown on a worker thread).
    private static RuleLimitException? Limit(Exception e) => e switch
    {
        RuleLimitException limit => limit,
        AggregateException all => all.Flatten().InnerExceptions.OfType<RuleLimitException>().FirstOrDefault(),
        _ => null,
    };
}

/// <summary>What a dataset check prints as its summary.</summary>
internal sealed record DatasetSummary(
    string Source,
    int Departments,
    int Shapes,
    int PlannedShapes,
    bool Compiled,
    TimeSpan Load,
    TimeSpan Check,
    IReadOnlyList<(string Rule, Rules.Syntax.Severity Severity, int Count)> CountsByRule);
