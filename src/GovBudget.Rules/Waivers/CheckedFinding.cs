using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Waivers;

/// <summary>A finding after waivers were applied: still open, or accepted by a waiver (and shown as accepted).</summary>
/// <param name="Finding">The finding.</param>
/// <param name="AcceptedBy">The waiver that accepts it, or null when it is open.</param>
public sealed record CheckedFinding(Finding Finding, Waiver? AcceptedBy)
{
    /// <summary>Whether a waiver accepts the finding.</summary>
    public bool IsAccepted => AcceptedBy is not null;

    /// <summary>The finding, followed by "（已接受：reason）" when accepted.</summary>
    public override string ToString() => AcceptedBy is null ? Finding.ToString() : T("Waiver.Accepted", Finding, AcceptedBy.Reason);
}
