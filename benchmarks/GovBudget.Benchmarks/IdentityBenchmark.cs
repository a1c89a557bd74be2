using BenchmarkDotNet.Attributes;
using GovBudget.Datasets;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;

namespace GovBudget.Benchmarks;

/// <summary>
/// The fixed identity set (identities.rules) over 1,000 / 10,000 / 100,000 departments on one thread: hand-written C#
/// over the int64 arrays (the baseline), the same identities as compiled rules, and as interpreted rules (1,000 and
/// 10,000 only: at 100,000 one interpreted pass takes minutes). Each returns the number of failing bindings, and the
/// global setup checks that all three agree.
/// </summary>
[MemoryDiagnoser]
public class IdentityBenchmark
{
    private Dataset dataset = null!;
    private HandWrittenIdentities handWritten = null!;
    private CompiledPack compiled = null!;
    private RulePack interpreted = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Departments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        dataset = GeneratedData.Departments(Departments);
        handWritten = new HandWrittenIdentities();
        interpreted = GeneratedData.Identities();
        compiled = new CompiledPack(interpreted);
        var expected = HandWritten();
        var fromCompiled = Compiled();
        if (expected != fromCompiled || expected == 0)
        {
            throw new InvalidOperationException($"hand-written found {expected} failures, compiled {fromCompiled}");
        }

        if (Departments <= 10_000 && Interpreted() != expected)
        {
            throw new InvalidOperationException($"hand-written found {expected} failures, interpreted {Interpreted()}");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var failures = 0;
        foreach (var d in dataset.Departments)
        {
            failures += handWritten.Failures(d);
        }

        return failures;
    }

    [Benchmark]
    public int Compiled()
    {
        var failures = 0;
        foreach (var d in dataset.Departments)
        {
            failures += compiled.CheckFast(d)?.Findings.Count ?? 0;
        }

        return failures;
    }

    [Benchmark]
    public int Interpreted()
    {
        if (Departments > 10_000)
        {
            return -1; // not measured at this size: see the class summary
        }

        var failures = 0;
        foreach (var d in dataset.Departments)
        {
            failures += interpreted.Check(d.ToDisclosure()).Findings.Count;
        }

        return failures;
    }
}
