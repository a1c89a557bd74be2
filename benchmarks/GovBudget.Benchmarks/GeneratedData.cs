using System.Collections.Concurrent;
using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Checking;

namespace GovBudget.Benchmarks;

/// <summary>Generated datasets shared by the benchmarks (generation is not measured).</summary>
internal static class GeneratedData
{
    /// <summary>1% of departments carry one injected error, so every engine has failures to find and count.</summary>
    public const double ErrorRate = 0.01;

    private static readonly ConcurrentDictionary<int, Dataset> Cache = new();

    public static Dataset Departments(int count) =>
        Cache.GetOrAdd(count, n => DatasetGenerator.Generate(n, seed: 42, ErrorRate, layouts: Math.Max(1, n / 10)).Dataset);

    public static RulePack Identities() =>
        RulePack.Load(Path.Combine(AppContext.BaseDirectory, "identities.rules"));

    public static RulePack Standard() => RulePack.Standard(DisclosureKind.Budget);
}
