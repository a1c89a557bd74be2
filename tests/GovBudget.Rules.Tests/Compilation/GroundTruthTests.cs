using GovBudget.Datasets;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Tests.Compilation;

/// <summary>On a generated dataset, the findings hit every injected error and nothing else.</summary>
public sealed class GroundTruthTests
{
    private static readonly Lazy<GeneratedDataset> Generated = new(() => DatasetGenerator.Generate(3000, seed: 7, errorRate: 0.05));

    [Fact]
    public void Every_injected_error_is_found_and_nothing_else()
    {
        var generated = Generated.Value;
        generated.Truth.Should().HaveCountGreaterThan(100);
        var result = DatasetChecker.Check(generated.Dataset, RulePack.Standard(DisclosureKind.Budget));
        var injected = generated.Truth.ToDictionary(t => t.Department);
        for (var i = 0; i < generated.Dataset.Departments.Count; i++)
        {
            var department = generated.Dataset.Departments[i].Department.Code!;
            var findings = result.Departments[i]?.Findings ?? [];
            if (!injected.TryGetValue(department, out var error))
            {
                findings.Should().BeEmpty($"department {department} has no injected error");
                continue;
            }

            var column = error.Column.Contains(':', StringComparison.Ordinal) ? error.Column[(error.Column.IndexOf(':', StringComparison.Ordinal) + 1)..] : error.Column;
            Func<Findings.FindingCell, bool> namesIt = c => c.Table == error.Table.CanonicalName && c.Row == error.Row && c.Column == column;
            findings.Where(f => f.Severity == Severity.Error && f.Cells.Any(namesIt)).Should().NotBeEmpty($"the error injected at {error} is found");
            findings.Where(f => !f.Cells.Any(namesIt)).Should().BeEmpty($"every finding of {department} is about the injected cell {error}");
        }
    }

    [Fact]
    public void Compiled_and_interpreted_dataset_checks_agree()
    {
        var sample = new Dataset(Generated.Value.Dataset.Departments.Take(300));
        var pack = RulePack.Standard(DisclosureKind.Budget);
        var compiled = DatasetChecker.Check(sample, pack);
        var interpreted = DatasetChecker.Check(sample, pack, compile: false);
        for (var i = 0; i < sample.Departments.Count; i++)
        {
            var a = compiled.Departments[i]?.Findings ?? [];
            var b = interpreted.Departments[i]!.Findings;
            a.Should().BeEquivalentTo(b, o => o.WithStrictOrdering());
        }
    }
}
