using GovBudget.Documents;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Waivers;

/// <summary>
/// One document's findings after waivers: every finding of the check, each open or accepted, followed by the
/// problems of waivers that matched in this document (<see cref="WaiverRuleIds"/>).
/// </summary>
public sealed class WaivedFindings
{
    internal WaivedFindings(DocumentFindings @checked, IReadOnlyList<CheckedFinding> findings)
    {
        Checked = @checked;
        Findings = findings;
    }

    /// <summary>The findings of <paramref name="checked"/> with no waiver applied: every one open.</summary>
    public static WaivedFindings Unwaived(DocumentFindings @checked)
    {
        ArgumentNullException.ThrowIfNull(@checked);
        return new(@checked, [.. @checked.Findings.Select(f => new CheckedFinding(f, null))]);
    }

    /// <summary>What the check gave before waivers (with the rules that passed and those that did not apply).</summary>
    public DocumentFindings Checked { get; }

    /// <summary>The document checked.</summary>
    public Disclosure Document => Checked.Document;

    /// <summary>The check's findings in rule order, each open or accepted, then the waiver problems.</summary>
    public IReadOnlyList<CheckedFinding> Findings { get; }

    /// <summary>The findings no waiver accepts, waiver problems included.</summary>
    public IEnumerable<Finding> Open => Findings.Where(f => !f.IsAccepted).Select(f => f.Finding);

    /// <summary>Whether any finding is an error (a waiver never accepts one).</summary>
    public bool HasErrors => Findings.Any(f => f.Finding.Severity == Severity.Error);

    /// <summary>A copy with <paramref name="problems"/> added after the findings.</summary>
    internal WaivedFindings WithProblems(IEnumerable<Finding> problems) =>
        new(Checked, [.. Findings, .. problems.Select(p => new CheckedFinding(p, null))]);
}
