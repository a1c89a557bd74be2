using BenchmarkDotNet.Attributes;
using GovBudget.Datasets;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;

namespace GovBudget.Benchmarks;

/// <summary>End to end for 10,000 departments: read the CSV, compile the standard pack, plan, check in parallel.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmark
{
    private string path = null!;
    private RulePack pack = null!;

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), "govbudget-bench-10000.csv");
        using (var writer = new StreamWriter(path))
        {
            DatasetCsv.Write(writer, GeneratedData.Departments(10_000).Departments);
        }

        pack = GeneratedData.Standard();
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark]
    public int LoadAndCheck10K()
    {
        var dataset = DatasetCsv.Read(path);
        return DatasetChecker.Check(dataset, pack).Findings.Count();
    }

    [Benchmark]
    public int Load10K() => DatasetCsv.Read(path).Departments.Count;
}
