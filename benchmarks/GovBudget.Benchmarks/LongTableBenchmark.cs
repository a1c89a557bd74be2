using System.Text;
using BenchmarkDotNet.Attributes;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;

namespace GovBudget.Benchmarks;

/// <summary>
/// The standard pack on one document whose tables print a 款 row many times (the sample with its 22102 rows repeated):
/// each binding of such a row resolves its children, so the cost must grow with the rows, not with their square.
/// </summary>
[MemoryDiagnoser]
public class LongTableBenchmark
{
    private Disclosure document = null!;
    private RulePack pack = null!;
    private CompiledPack compiled = null!;

    /// <summary>How many extra copies of each 22102 row the tables print.</summary>
    [Params(0, 500, 2_000)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", "shijiazhuang-data-bureau-2023-budget.txt"));
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var copies = line.Split('\t') is [_, "22102", ..] ? Copies + 1 : 1;
            for (var i = 0; i < copies; i++)
            {
                text.Append(line).Append('\n');
            }
        }

        document = DisclosureTextReader.Read(text.ToString(), "long-table.txt").Document;
        pack = RulePack.Standard(DisclosureKind.Budget);
        compiled = new CompiledPack(pack);
        if (Interpreted() != Compiled())
        {
            throw new InvalidOperationException("the engines disagree");
        }
    }

    [Benchmark(Baseline = true)]
    public int Interpreted() => pack.Check(document).Findings.Count;

    [Benchmark]
    public int Compiled() => compiled.Check(document).Findings.Count;
}
