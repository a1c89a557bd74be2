using System.Diagnostics;
using GovBudget.Datasets;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Packs;

namespace GovBudget.Rules.Compilation;

/// <summary>Checks every department of a dataset, in parallel across the machine's cores.</summary>
public static class DatasetChecker
{
    /// <summary>
    /// Checks each department with <paramref name="pack"/>, compiled unless <paramref name="compile"/> is false (then
    /// the reference interpreter runs on each department's object model). <paramref name="progress"/> is called from
    /// any thread with the number of departments done so far.
    /// </summary>
    public static DatasetFindings Check(Dataset dataset, RulePack pack, bool compile = true, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(pack);
        return Check(dataset, pack, compile ? new CompiledPack(pack) : null, progress);
    }

    /// <summary>
    /// Checks each department with a pack compiled once for several datasets (its layouts' plans are kept between
    /// them); <paramref name="progress"/> as in <see cref="Check(Dataset, RulePack, bool, Action{int}?)"/>.
    /// </summary>
    public static DatasetFindings Check(Dataset dataset, CompiledPack compiled, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(compiled);
        return Check(dataset, compiled.Pack, compiled, progress);
    }

    private static DatasetFindings Check(Dataset dataset, RulePack pack, CompiledPack? compiled, Action<int>? progress)
    {
        var clock = Stopwatch.StartNew();
        var results = new DocumentFindings?[dataset.Departments.Count];
        var done = 0;
        Parallel.For(0, dataset.Departments.Count, i =>
        {
            var department = dataset.Departments[i];
            results[i] = compiled is null ? pack.Check(department.ToDisclosure()) : compiled.CheckFast(department);
            var n = Interlocked.Increment(ref done);
            if (progress is not null && n % 256 == 0)
            {
                progress(n);
            }
        });
        progress?.Invoke(done);
        return new DatasetFindings(dataset, results, compiled, clock.Elapsed);
    }
}
