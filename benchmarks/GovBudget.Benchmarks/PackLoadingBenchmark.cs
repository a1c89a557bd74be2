using BenchmarkDotNet.Attributes;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;

namespace GovBudget.Benchmarks;

/// <summary>Parse + bind of the standard pack, and parse + bind + compile: what a run pays once.</summary>
[MemoryDiagnoser]
public class PackLoadingBenchmark
{
    [Benchmark(Baseline = true)]
    public int ParseAndBind() => RulePack.Standard(DisclosureKind.Budget).Sources.Count;

    [Benchmark]
    public int ParseBindAndCompile() => new CompiledPack(RulePack.Standard(DisclosureKind.Budget)).CompiledCount;
}
