using System.Collections.Concurrent;
using System.Diagnostics;
using GovBudget.Datasets;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Checking;

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

    /// <summary>
    /// Checks departments as they come (from <see cref="DatasetCsv.ReadDepartments"/>, say) and hands each result over in
    /// input order, holding only a few batches of departments: memory does not grow with their number. The
    /// departments are read on one thread while the batch before is checked on the others, so reading and checking
    /// overlap. <paramref name="progress"/> is called with the number of departments checked so far, after each batch.
    /// A reading error (a <see cref="DatasetFormatException"/>) is raised where the enumeration reaches it, after the
    /// results of the departments before it.
    /// </summary>
    public static IEnumerable<DepartmentResult> CheckEach(IEnumerable<DenseDocument> departments, CompiledPack compiled, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(compiled);
        return Pipeline(departments, d => compiled.CheckFast(d) is { } f
            ? new DepartmentResult(d, f, f.NotApplicableReasons)
            : new DepartmentResult(d, null, compiled.NotApplicableReasons(d.Shape, d.Year)), progress);
    }

    /// <summary>As <see cref="CheckEach(IEnumerable{DenseDocument}, CompiledPack, Action{int}?)"/>, with the reference
    /// interpreter on each department's object model.</summary>
    public static IEnumerable<DepartmentResult> CheckEach(IEnumerable<DenseDocument> departments, RulePack pack, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(pack);
        return Pipeline(departments, d => pack.Check(d.ToDisclosure()) is var f && f.Findings.Count > 0
            ? new DepartmentResult(d, f, f.NotApplicableReasons)
            : new DepartmentResult(d, null, f.NotApplicableReasons), progress);
    }

    // Departments read and checked a batch at a time: large enough to spread over the cores, small enough to keep.
    private const int BatchSize = 256;
    private const int BatchesAhead = 2;

    private static IEnumerable<DepartmentResult> Pipeline(IEnumerable<DenseDocument> departments, Func<DenseDocument, DepartmentResult> check, Action<int>? progress)
    {
        using var batches = new BlockingCollection<DenseDocument[]>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            try
            {
                var batch = new List<DenseDocument>(BatchSize);
                using var each = departments.GetEnumerator();
                while (true)
                {
                    bool more;
                    try
                    {
                        more = each.MoveNext();
                    }
                    catch
                    {
                        // The departments read before the error are checked and handed over before it is raised.
                        batches.Add([.. batch], stop.Token);
                        throw;
                    }

                    if (more)
                    {
                        batch.Add(each.Current);
                    }

                    if (batch.Count == BatchSize || (!more && batch.Count > 0))
                    {
                        batches.Add([.. batch], stop.Token);
                        batch.Clear();
                    }

                    if (!more)
                    {
                        break;
                    }
                }
            }
            finally
            {
                batches.CompleteAdding();
            }
        });

        try
        {
            var done = 0;
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                var results = new DepartmentResult[batch.Length];
                Parallel.For(0, batch.Length, i => results[i] = check(batch[i]));
                done += batch.Length;
                progress?.Invoke(done);
                foreach (var result in results)
                {
                    yield return result;
                }
            }

            reader.GetAwaiter().GetResult(); // the reading error, unwrapped, after the departments read before it
        }
        finally
        {
            // Stopped early (a checking error, or the caller stopped): let the reader end before the collection goes.
            stop.Cancel();
            Task.WhenAny(reader).Wait();
        }
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
