using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Waivers;
using Spectre.Console;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Commands;

/// <summary>Checks a dataset (long-format CSV) department by department, with a progress display on a terminal from
/// the first byte read: bytes read, then departments checked, each with counts, elapsed and remaining time.</summary>
internal static class DatasetCheck
{
    /// <summary>Hands each department's result to <paramref name="emit"/> as soon as it is checked, in the file's order,
    /// and keeps none of them; returns the dataset's summary, or null (the reason on stderr) when the file is unusable.</summary>
    public static DatasetSummary? Run(
        string path, PackChoice packs, bool compile, WaiverRun waivers, TextWriter stderr, Action<CheckedDocument> emit, out int failure)
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
                .Start(ctx => shown = Phases(path, packs, compile, waivers, emit, DatasetProgress.Start(ctx, counts, path)));
            outcome = shown!;
        }
        else
        {
            outcome = Phases(path, packs, compile, waivers, emit, progress: null);
        }

        // Written once the live display has ended: a line printed under it would be overdrawn.
        failure = outcome.Failure;
        if (outcome.Error is not null)
        {
            stderr.WriteLine(outcome.Error);
        }

        return outcome.Result;
    }

    private sealed record Outcome(DatasetSummary? Result, string? Error, int Failure);

    // Read and checked together: departments stream from the file into the checker, which hands each result over in
    // the file's order, and each result goes on to the report at once; only the summary's counts stay.
    private static Outcome Phases(string path, PackChoice packs, bool compile, WaiverRun waivers, Action<CheckedDocument> emit, DatasetProgress? progress)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reading = new System.Diagnostics.Stopwatch();
        var summary = new DatasetSummary.Builder(path);
        var shapes = new HashSet<ulong>(); // the layouts' keys hashed: the shapes themselves are not kept
        int? checks = null; // how many checks the first department's kind's pack runs: every department is checked with it
        var checking = progress?.Checking();
        try
        {
            var departments = Timed(DatasetCsv.ReadDepartments(path, progress?.Reading), reading, n => checking?.Read(n));
            foreach (var (d, findings, notApplicable) in packs.CheckEach(departments, compile, n => checking?.Checked(n)))
            {
                shapes.Add(KeyHash(d.Shape.Key));
                checks ??= packs.For(d.Kind).Checks.Count;
                IReadOnlyList<CheckedFinding> waived = findings is null ? [] : waivers.Apply(findings).Findings;
                // Every check of the pack, rules and built-in checks, did not apply, found something or passed.
                var entry = new CheckedDocument(path, d.Department, d.Year, d.Kind, waived, notApplicable,
                    checks.Value - notApplicable.Count - (findings?.Findings.Select(f => f.RuleId).Distinct().Count() ?? 0), [], null)
                {
                    Document = waived.Count > 0 ? d.ToDisclosure : null, // only a department with findings shows its tables
                    InDataset = true,
                };
                summary.Add(entry);
                emit(entry);
            }
        }
        catch (Exception e) when (Limit(e) is { } limit)
        {
            return new Outcome(null, T("Err.InFile", path, limit.Diagnostic), ExitCodes.Unusable);
        }
        catch (Exception e) when (Unreadable(path, e) is { } error)
        {
            return error;
        }

        // Reading and checking overlap: 读取 is the time spent reading, 检查 the wall time until the last result.
        return new Outcome(summary.Build(shapes.Count, compile, reading.Elapsed, clock.Elapsed), null, ExitCodes.Unusable);
    }

    // FNV-1a over the layout's structural key: 64 bits tell the layouts of any real run apart.
    private static ulong KeyHash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }

    // Counts the departments read and times the reading (the time spent in the reader, not in the checker).
    private static IEnumerable<DenseDocument> Timed(IEnumerable<DenseDocument> departments, System.Diagnostics.Stopwatch reading, Action<int> read)
    {
        var n = 0;
        reading.Start();
        foreach (var d in departments)
        {
            reading.Stop();
            read(++n);
            yield return d;
            reading.Start();
        }

        reading.Stop();
    }

    private static Outcome? Unreadable(string path, Exception e) => e switch
    {
        DatasetFormatException format => new Outcome(null, T("Err.Line", format.Message), ExitCodes.Unusable),
        IOException io => new Outcome(null, T("Err.InFile", path, io.Message), ExitCodes.Unusable),
        RuleLimitException or AggregateException or OutOfMemoryException => null,
        _ => new Outcome(null, DocumentLoader.FaultLine(path, T("Err.Stage.ReadingDataset"), e), ExitCodes.InternalFault),
    };

    // A rule past its bindings limit on some department (possibly thrown on a worker thread).
    private static RuleLimitException? Limit(Exception e) => e switch
    {
        RuleLimitException limit => limit,
        AggregateException all => all.Flatten().InnerExceptions.OfType<RuleLimitException>().FirstOrDefault(),
        _ => null,
    };
}
