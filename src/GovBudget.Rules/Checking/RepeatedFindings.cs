using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Checking;

/// <summary>
/// One defect printed twice (a narrative sentence the disclosure repeats in two places) is one finding with both
/// places: findings of one rule with the same severity and message become the first of them, with every cell of all.
/// Without this one defect counted as two errors.
/// </summary>
internal static class RepeatedFindings
{
    /// <summary>The findings with repeats merged, in the order of their first occurrence.</summary>
    public static List<Finding> Merge(IEnumerable<Finding> findings)
    {
        var merged = new List<Finding>();
        var at = new Dictionary<(string, Severity, string), int>();
        foreach (var f in findings)
        {
            var key = (f.RuleId, f.Severity, f.Message);
            if (f.IsInternalFault || !at.TryGetValue(key, out var i))
            {
                at[key] = merged.Count;
                merged.Add(f);
                continue;
            }

            var first = merged[i];
            merged[i] = first with { Cells = [.. first.Cells.Concat(f.Cells).Distinct()] };
        }

        return merged;
    }
}
