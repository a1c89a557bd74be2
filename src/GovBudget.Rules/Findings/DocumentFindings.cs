using GovBudget.Documents;

namespace GovBudget.Rules.Findings;

/// <summary>What checking one document gave: findings, and the rules that did not apply to it.</summary>
/// <param name="Document">The document checked.</param>
/// <param name="Findings">The findings, in rule order.</param>
/// <param name="NotApplicable">Ids of rules whose tables the document lacks (or whose narrative figure it does not state).</param>
/// <param name="Passed">Ids of rules that applied and found nothing.</param>
public sealed record DocumentFindings(
    Disclosure Document,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> NotApplicable,
    IReadOnlyList<string> Passed)
{
    /// <summary>
    /// Every not-applicable check with its reason, in the order of <see cref="NotApplicable"/> (one entry per id).
    /// </summary>
    public IReadOnlyList<NotApplicableCheck> NotApplicableReasons { get; init; } = [];

    /// <summary>Whether a rule or check failed to run on the document (a finding with <see cref="Finding.IsInternalFault"/>).</summary>
    public bool HasInternalFaults => Findings.Any(f => f.IsInternalFault);

    /// <summary>
    /// The profile of mandated tables the document was checked against (PUB-TABLES), and why it was chosen; null when
    /// the pack does not check the published tables.
    /// </summary>
    public Profiles.ProfileChoice? Profile { get; init; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
