using BenchmarkDotNet.Attributes;
using GovBudget.Datasets;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;

namespace GovBudget.Benchmarks;

/// <summary>
/// Planning (issue 16: at most 50 µs per new layout, and own layouts within 1.5× of 1,000 layouts). Every benchmark
/// checks through a pack compiled afresh outside the measurement, so each new layout it meets is planned inside it.
/// </summary>
[MemoryDiagnoser]
public class PlanningBenchmark
{
    private const int Layouts = 200;
    private const int Departments = 10_000;
    private const int SharedLayouts = 1_000;
    private Dataset dataset = null!;
    private Dataset ownLayouts = null!;
    private Dataset sharedLayouts = null!;
    private RulePack pack = null!;
    private CompiledPack compiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        dataset = DatasetGenerator.Generate(Layouts, seed: 7, GeneratedData.ErrorRate, layouts: Layouts).Dataset;
        ownLayouts = DatasetGenerator.Generate(Departments, seed: 42, GeneratedData.ErrorRate, layouts: Departments).Dataset;
        sharedLayouts = DatasetGenerator.Generate(Departments, seed: 42, GeneratedData.ErrorRate, layouts: SharedLayouts).Dataset;
        pack = GeneratedData.Standard();
    }

    /// <summary>A pack compiled afresh, outside the measurement, so that it has planned no layout yet.</summary>
    [IterationSetup]
    public void Fresh() => compiled = new CompiledPack(pack);

    /// <summary>Plans and checks 200 new layouts with the standard pack: divide the mean by 200 for one layout.</summary>
    [Benchmark]
    public int StandardPack200Layouts() => CheckAll(dataset);

    /// <summary>10,000 departments, each its own layout, one thread.</summary>
    [Benchmark]
    public int OwnLayouts10K() => CheckAll(ownLayouts);

    /// <summary>10,000 departments drawn from 1,000 layouts, one thread: the baseline of the 1.5× target.</summary>
    [Benchmark(Baseline = true)]
    public int SharedLayouts10K() => CheckAll(sharedLayouts);

    private int CheckAll(Dataset data)
    {
        var findings = 0;
        foreach (var d in data.Departments)
        {
            findings += compiled.CheckFast(d)?.Findings.Count ?? 0;
        }

        return compiled.PlannedShapes + findings;
    }
}
