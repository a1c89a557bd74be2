using System.Globalization;
using Xunit.Abstractions;

namespace GovBudget.Rules.Tests.Fuzz;

/// <summary>
/// Runs the cases of one input family in-process, each within a time and an allocation budget, and fails listing every
/// case that crashed (an exception the family does not document), hung or allocated past its budget, each with the
/// seed that replays it: <c>GOVBUDGET_FUZZ_REPLAY=family:seed dotnet test --filter FullyQualifiedName~Fuzz</c>.
/// <c>GOVBUDGET_FUZZ_SCALE=10</c> runs ten times the cases (with other seeds).
/// </summary>
internal sealed class FuzzRun(string family, ITestOutputHelper output)
{
    /// <summary>The longest a case may run: a hang, not a slow case (the slowest cases take well under a second).</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(20);

    /// <summary>The most a case may allocate (PDF cases read a real disclosure, about 100 MB).</summary>
    public const long AllocationBudget = 1L << 30;

    private readonly List<string> failures = [];

    /// <summary>What the running case is (set by the case before it runs, so that a hang can say what hung).</summary>
    public string Current { get; set; } = string.Empty;

    /// <summary>Runs <paramref name="cases"/> cases from <paramref name="baseSeed"/>, or the one case being replayed.</summary>
    /// <param name="cases">How many cases (times GOVBUDGET_FUZZ_SCALE).</param>
    /// <param name="baseSeed">The family's fixed seed.</param>
    /// <param name="exercise">Builds the case from its random source and runs it; returns a short description.</param>
    /// <param name="expected">Whether an exception is one the family documents for bad input.</param>
    public int Run(int cases, int baseSeed, Func<Random, string> exercise, Func<Exception, bool> expected)
    {
        var seeds = Replayed() is { } one ? [one] : Enumerable.Range(0, cases * Scale()).Select(i => unchecked((baseSeed * 7919) + i)).ToList();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            var outcome = RunOne(seed, exercise, expected);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        output.WriteLine($"{family}: {seeds.Count} cases: " + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{family}: {failures.Count} of {seeds.Count} cases failed:\n" + string.Join("\n", failures.Take(20)));
        }

        return seeds.Count;
    }

    private string RunOne(int seed, Func<Random, string> exercise, Func<Exception, bool> expected)
    {
        string? description = null;
        Current = string.Empty;
        long allocated = 0;
        Exception? thrown = null;
        var task = Task.Factory.StartNew(
            () =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    description = exercise(new Random(seed));
                }
#pragma warning disable CA1031 // every exception is an outcome to classify
                catch (Exception e)
#pragma warning restore CA1031
                {
                    thrown = e;
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var replay = $"replay: GOVBUDGET_FUZZ_REPLAY={family}:{seed.ToString(CultureInfo.InvariantCulture)}";
        if (!task.Wait(TimeBudget))
        {
            failures.Add($"hang (over {TimeBudget.TotalSeconds:0} s): {Current}; {replay}");
            return "hang";
        }

        if (allocated > AllocationBudget)
        {
            failures.Add($"allocated {allocated / (1 << 20):N0} MiB (budget {AllocationBudget / (1 << 20):N0} MiB): {description ?? Current}; {replay}");
            return "over budget";
        }

        if (thrown is null)
        {
            return "accepted";
        }

        if (expected(thrown))
        {
            return "rejected (" + thrown.GetType().Name + ")";
        }

        failures.Add($"crash: {thrown.GetType().Name}: {thrown.Message.ReplaceLineEndings(" ")}; {Current}; {replay}\n{thrown.StackTrace}");
        return "crash";
    }

    private int? Replayed()
    {
        var value = Environment.GetEnvironmentVariable("GOVBUDGET_FUZZ_REPLAY");
        return value is not null && value.StartsWith(family + ":", StringComparison.Ordinal)
            && int.TryParse(value[(family.Length + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : null;
    }

    private static int Scale() =>
        int.TryParse(Environment.GetEnvironmentVariable("GOVBUDGET_FUZZ_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1;
}
