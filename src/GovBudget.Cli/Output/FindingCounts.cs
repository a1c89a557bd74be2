using GovBudget.Cli.Commands;
using GovBudget.Rules.Syntax;

namespace GovBudget.Cli.Output;

/// <summary>
/// What a document's check found, counted once for every report format: errors, warnings and infos still open (a
/// finding a waiver accepts is counted apart), the rules passed and not applicable.
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
            r.NotApplicable.Count);
    }
}
