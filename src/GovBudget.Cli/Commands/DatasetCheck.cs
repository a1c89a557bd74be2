using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Evaluation;
using GovBudget.Rules.Packs;
using GovBudget.Rules.Waivers;
using Spectre.Console;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary>Checks a dataset (long-format CSV) department by department, with a progress display on a terminal from
/// the first byte read: bytes read, then departments checked, each with counts, elapsed and remaining time.</summary>
internal static class DatasetCheck
{
    public static (IReadOnlyList<CheckedDocument> Entries, DatasetSummary Summary)? Run(
        string path, PackChoice packs, bool compile, WaiverRun waivers, TextWriter stderr, out int failure)
    {
        Outcome outcome;
        if (!Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error))
        {
            // Interactive: stderr is a terminal even when the report on stdout goes to a file or a pipe.
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
            Outcome? shown = null;
            var counts = new DatasetProgressColumn();
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), counts,
                    new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx => shown = Phases(path, packs, compile, waivers, DatasetProgress.Start(ctx, counts, path)));
            outcome = shown!;
        }
        else
        {
            outcome = Phases(path, packs, compile, waivers, progress: null);
        }

        // Written once the live display has ended: a line printed under it would be overdrawn.
        failure = outcome.Failure;
        if (outcome.Error is not null)
        {
            stderr.WriteLine(outcome.Error);
        }

        return outcome.Result;
    }

    private sealed record Outcome(
        (IReadOnlyList<CheckedDocument> Entries, DatasetSummary Summary)? Result, string? Error, int Failure);

    private static Outcome Phases(string path, PackChoice packs, bool compile, WaiverRun waivers, DatasetProgress? progress)
    {
        Dataset dataset;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            dataset = DatasetCsv.Read(path, progress?.Reading);
        }
        catch (DatasetFormatException e)
        {
            return new Outcome(null, T("Err.Line", e.Message), ExitCodes.Unusable);
        }
        catch (IOException e)
        {
            return new Outcome(null, T("Err.InFile", path, e.Message), ExitCodes.Unusable);
        }
#pragma warning disable CA1031 // Whatever the reader does, the dataset is reported unusable and the run goes on.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new Outcome(null, DocumentLoader.FaultLine(path, T("Err.Stage.ReadingDataset"), e), ExitCodes.InternalFault);
        }

        var load = clock.Elapsed;
        var kind = dataset.Departments.Count > 0 ? dataset.Departments[0].Kind : DisclosureKind.Budget;
        var pack = packs.For(kind);
        DatasetFindings result;
        try
        {
            result = packs.Check(dataset, kind, compile, progress?.Checking(dataset.Departments.Count));
        }
        catch (Exception e) when (Limit(e) is { } limit)
        {
            return new Outcome(null, T("Err.InFile", path, limit.Diagnostic), ExitCodes.Unusable);
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

        var summary = DatasetSummary.Of(path, dataset.ShapeCount, compile, load, result.Elapsed, entries);
        return new Outcome((entries, summary), null, ExitCodes.Unusable);
    }

    // A rule past its bindings limit on some department (possibly thrown on a worker thread).
    private static RuleLimitException? Limit(Exception e) => e switch
    {
        RuleLimitException limit => limit,
        AggregateException all => all.Flatten().InnerExceptions.OfType<RuleLimitException>().FirstOrDefault(),
        _ => null,
    };
}
