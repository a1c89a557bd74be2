using BenchmarkDotNet.Attributes;
using GovBudget.Datasets;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;

namespace GovBudget.Benchmarks;

/// <summary>The whole standard pack over 10,000 departments (and 100,000 compiled, in parallel as govbudget check runs it).</summary>
[MemoryDiagnoser]
public class StandardPackBenchmark
{
    private Dataset dataset = null!;
    private Dataset large = null!;
    private RulePack pack = null!;
    private CompiledPack compiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        dataset = GeneratedData.Departments(10_000);
        large = GeneratedData.Departments(100_000);
        pack = GeneratedData.Standard();
        compiled = new CompiledPack(pack);
        var a = Compiled();
        var b = Interpreted();
        if (a != b || a == 0)
        {
            throw new InvalidOperationException($"compiled found {a} findings, interpreted {b}");
        }

        ParallelCompiled100K();
    }

    [Benchmark(Baseline = true)]
    public int Interpreted()
    {
        var findings = 0;
        foreach (var d in dataset.Departments)
        {
            findings += pack.Check(d.ToDisclosure()).Findings.Count;
        }

        return findings;
    }

    [Benchmark]
    public int Compiled()
    {
        var findings = 0;
        foreach (var d in dataset.Departments)
        {
            findings += compiled.CheckFast(d)?.Findings.Count ?? 0;
        }

        return findings;
    }

    /// <summary>100,000 departments on every core, shapes already planned: the "under 1 s of evaluation" target.</summary>
    [Benchmark]
    public int ParallelCompiled100K()
    {
        var findings = 0;
        Parallel.ForEach(large.Departments, () => 0, (d, _, n) => n + (compiled.CheckFast(d)?.Findings.Count ?? 0),
            n => Interlocked.Add(ref findings, n));
        return findings;
    }
}
