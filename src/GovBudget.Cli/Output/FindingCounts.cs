using GovBudget.Cli.Commands;
using GovBudget.Rules.Findings;

namespace GovBudget.Cli.Output;

/// <summary>
/// What a document's check found, counted once for every report format: errors, warnings and infos still open (a
/// finding a waiver accepts is counted apart), the checks passed and not applicable.
/// </summary>
internal sealed record FindingCounts(int Errors, int Warnings, int Infos, int Accepted, int OpenUncertain, int Passed, int NotApplicable)
{
    public static FindingCounts Of(CheckedDocument r)
    {
        var open = r.Findings.Where(f => !f.IsAccepted).Select(f => f.Finding).ToList();
        return new FindingCounts(
            open.Count(f => f.Severity == Severity.Error),
            open.Count(f => f.Severity == Severity.Warning),
            open.Count(f => f.Severity == Severity.Info),
            r.Findings.Count - open.Count,
            open.Count(f => f.Uncertain),
            r.Passed,
            r.NotApplicable.Count)
        {
            Applicable = r.Passed + r.Findings.Select(f => f.Finding.RuleId).Except(r.NotApplicable, StringComparer.Ordinal).Count(),
        };
    }

    /// <summary>
    /// The checks that applied: those passed and those that found something (each rule id once). A waiver problem
    /// counts as a check of its own, so this is meant for a document checked without waivers (import).
    /// </summary>
    public int Applicable { get; init; }
}
