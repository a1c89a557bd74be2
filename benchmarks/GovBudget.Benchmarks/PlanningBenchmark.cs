using BenchmarkDotNet.Attributes;
using GovBudget.Datasets;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Packs;

namespace GovBudget.Benchmarks;

/// <summary>
/// Planning: 200 departments, each its own layout, through a compiled pack that has seen none of them, so every
/// department pays the planning of a new layout (issue 16: at most 50 µs per layout). Divide the mean by 200.
/// </summary>
[MemoryDiagnoser]
public class PlanningBenchmark
{
    private const int Layouts = 200;
    private Dataset dataset = null!;
    private RulePack pack = null!;
    private CompiledPack compiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        dataset = DatasetGenerator.Generate(Layouts, seed: 7, GeneratedData.ErrorRate, layouts: Layouts).Dataset;
        pack = GeneratedData.Standard();
    }

    /// <summary>A pack compiled afresh, outside the measurement, so that it has planned no layout yet.</summary>
    [IterationSetup]
    public void Fresh() => compiled = new CompiledPack(pack);

    /// <summary>Plans and checks 200 new layouts with the standard pack.</summary>
    [Benchmark]
    public int StandardPack200Layouts()
    {
        var findings = 0;
        foreach (var d in dataset.Departments)
        {
            findings += compiled.CheckFast(d)?.Findings.Count ?? 0;
        }

        return compiled.PlannedShapes + findings;
    }
}
