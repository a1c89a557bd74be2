using GovBudget.Datasets;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Checking;

/// <summary>What checking a dataset gave: per department its findings (null when it has none), and the time taken.</summary>
public sealed class DatasetFindings
{
    private readonly CompiledPack? compiled;

    internal DatasetFindings(Dataset dataset, DocumentFindings?[] departments, CompiledPack? compiled, TimeSpan elapsed)
    {
        Dataset = dataset;
        Departments = departments;
        this.compiled = compiled;
        Elapsed = elapsed;
    }

    /// <summary>The dataset checked.</summary>
    public Dataset Dataset { get; }

    /// <summary>Per department, in dataset order: its findings, or null when every rule passed or did not apply.</summary>
    public IReadOnlyList<DocumentFindings?> Departments { get; }

    /// <summary>The wall-clock time of the check (planning, evaluation and interpretation of failures).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>How many shapes were planned (0 when interpreted).</summary>
    public int PlannedShapes => compiled?.PlannedShapes ?? 0;

    /// <summary>The ids of the rules that did not apply to department <paramref name="index"/>.</summary>
    public IReadOnlyList<string> NotApplicable(int index) =>
        Departments[index]?.NotApplicable
        ?? compiled?.NotApplicable(Dataset.Departments[index].Shape, Dataset.Departments[index].Year)
        ?? [];

    /// <summary>The rules that did not apply to department <paramref name="index"/>, and why.</summary>
    public IReadOnlyList<NotApplicableCheck> NotApplicableReasons(int index) =>
        Departments[index]?.NotApplicableReasons
        ?? compiled?.NotApplicableReasons(Dataset.Departments[index].Shape, Dataset.Departments[index].Year)
        ?? [];

    /// <summary>Every finding of the dataset.</summary>
    public IEnumerable<Finding> Findings => Departments.Where(d => d is not null).SelectMany(d => d!.Findings);

    /// <summary>Findings counted by rule and severity, most frequent first.</summary>
    public IReadOnlyList<(string Rule, Severity Severity, int Count)> CountsByRule =>
        [.. Findings.GroupBy(f => (f.RuleId, f.Severity)).Select(g => (g.Key.RuleId, g.Key.Severity, g.Count()))
            .OrderByDescending(x => x.Item3).ThenBy(x => x.RuleId, StringComparer.Ordinal)];
}
