using GovBudget.Cli.Output;
using GovBudget.Rules.Findings;

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

    /// <summary>Adds up a dataset's departments as they are checked: nothing of a department is kept but its code
    /// (in its not-applicable set) and its counts.</summary>
    internal sealed class Builder(string source)
    {
        private readonly Dictionary<(string Rule, Severity Severity), (int Findings, int Departments)> byRule = [];
        private readonly List<(string Rule, Severity Severity)> ruleOrder = [];

        // Keyed by the ids joined: the sets are few, the departments many.
        private readonly Dictionary<string, (List<string> Rules, List<string> Departments)> sets = new(StringComparer.Ordinal);
        private readonly List<string> setOrder = [];
        private int departments;
        private int withErrors;
        private int withWarningsOnly;
        private int errors;
        private int warnings;

        public void Add(CheckedDocument e)
        {
            departments++;
            var counts = FindingCounts.Of(e);
            withErrors += counts.Errors > 0 ? 1 : 0;
            withWarningsOnly += counts.Errors == 0 && counts.Warnings > 0 ? 1 : 0;
            errors += counts.Errors;
            warnings += counts.Warnings;
            foreach (var rule in e.Findings.GroupBy(f => (f.Finding.RuleId, f.Finding.Severity)))
            {
                if (!byRule.TryGetValue(rule.Key, out var tally))
                {
                    ruleOrder.Add(rule.Key);
                }

                byRule[rule.Key] = (tally.Findings + rule.Count(), tally.Departments + 1);
            }

            var key = string.Join('\u001f', e.NotApplicable);
            if (!sets.TryGetValue(key, out var set))
            {
                set = ([.. e.NotApplicable], []);
                sets.Add(key, set);
                setOrder.Add(key);
            }

            set.Departments.Add(e.Department?.Code ?? e.Source);
        }

        public DatasetSummary Build(int shapes, bool compiled, TimeSpan load, TimeSpan check) =>
            new(source, departments, shapes, compiled, load, check, new Outcome(withErrors, withWarningsOnly, errors, warnings),
                [.. ruleOrder
                    .Select(k => new RuleTally(k.Rule, k.Severity, byRule[k].Findings, byRule[k].Departments))
                    .OrderByDescending(t => t.Findings).ThenBy(t => t.Rule, StringComparer.Ordinal)],
                [.. setOrder.Select(k => new NotApplicableSet(sets[k].Rules, sets[k].Departments))]);
    }
}
