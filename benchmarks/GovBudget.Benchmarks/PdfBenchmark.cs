using BenchmarkDotNet.Attributes;
using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;

namespace GovBudget.Benchmarks;

/// <summary>
/// Reading the three real PDFs (24–26 pages each, from tests/GovBudget.Tests/TestData/real) and checking each with the
/// standard pack (loaded once, as a run does): what `govbudget check file.pdf` costs, and how much it allocates.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmark
{
    private readonly Dictionary<string, byte[]> files = [];
    private Disclosure document = null!;
    private RulePack pack = null!;

    [Params("shanghai-putuo-caizhengju-2025-budget.pdf", "shanghai-putuo-shehuigongzuobu-2024-final.pdf", "jiangsu-gaojirenminfayuan-2019-budget.pdf")]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "real", File));
        files[File] = bytes;
        document = PdfDisclosureReader.Read(bytes, File).Document;
        pack = RulePack.Standard(document.Kind);
    }

    [Benchmark(Baseline = true)]
    public int Read() => PdfDisclosureReader.Read(files[File], File).Document.Tables.Length;

    [Benchmark]
    public int ReadAndCheck()
    {
        var read = PdfDisclosureReader.Read(files[File], File).Document;
        return pack.Check(read).Findings.Count;
    }

    [Benchmark]
    public int CheckOnly() => pack.Check(document).Findings.Count;
}
