using GovBudget.Cli.Output;
using GovBudget.Rules.Syntax;

namespace GovBudget.Cli.Commands;

/// <summary>What a dataset check prints as its summary: how many departments failed, findings and departments by rule,
/// and each distinct set of not-applicable checks once (a dataset's departments mostly share a few).</summary>
internal sealed record DatasetSummary(
    string Source,
    int Departments,
    int Shapes,
    bool Compiled,
    TimeSpan Load,
    TimeSpan Check,
    DatasetSummary.Outcome Result,
    IReadOnlyList<DatasetSummary.RuleTally> ByRule,
    IReadOnlyList<DatasetSummary.NotApplicableSet> NotApplicableSets)
{
    /// <summary>Departments with an open error (they fail the run), with an open warning only, and the open findings
    /// of each severity, counted as each department's own summary counts them (a waived finding is not open).</summary>
    internal sealed record Outcome(int WithErrors, int WithWarningsOnly, int Errors, int Warnings);

    /// <summary>One rule's findings (all, accepted or not) and the departments they are in.</summary>
    internal sealed record RuleTally(string Rule, Severity Severity, int Findings, int Departments);

    /// <summary>A set of not-applicable check ids and the departments (codes, in input order) that have exactly it.</summary>
    internal sealed record NotApplicableSet(IReadOnlyList<string> Rules, IReadOnlyList<string> Departments);

    public static DatasetSummary Of(string source, int shapes, bool compiled, TimeSpan load, TimeSpan check, IReadOnlyList<CheckedDocument> entries)
    {
        var counts = entries.Select(FindingCounts.Of).ToList();
        var outcome = new Outcome(
            counts.Count(c => c.Errors > 0),
            counts.Count(c => c.Errors == 0 && c.Warnings > 0),
            counts.Sum(c => c.Errors),
            counts.Sum(c => c.Warnings));

        var byRule = entries
            .SelectMany((e, i) => e.Findings.Select(f => (f.Finding.RuleId, f.Finding.Severity, Department: i)))
            .GroupBy(f => (f.RuleId, f.Severity))
            .Select(g => new RuleTally(g.Key.RuleId, g.Key.Severity, g.Count(), g.Select(f => f.Department).Distinct().Count()))
            .OrderByDescending(t => t.Findings).ThenBy(t => t.Rule, StringComparer.Ordinal)
            .ToList();

        // Keyed by the ids joined: the sets are few, the departments many.
        var sets = new Dictionary<string, (List<string> Rules, List<string> Departments)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in entries)
        {
            var ids = e.NotApplicable.ToList();
            var key = string.Join('\u001f', ids);
            if (!sets.TryGetValue(key, out var set))
            {
                set = (ids, []);
                sets.Add(key, set);
                order.Add(key);
            }

            set.Departments.Add(e.Department?.Code ?? e.Source);
        }

        return new DatasetSummary(source, entries.Count, shapes, compiled, load, check, outcome, byRule,
            [.. order.Select(k => new NotApplicableSet(sets[k].Rules, sets[k].Departments))]);
    }
}
