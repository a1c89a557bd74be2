using GovBudget.Documents;
using GovBudget.Rules.Findings;

namespace GovBudget.Testing;

/// <summary>The <c>Should()</c> entry points for GovBudget types.</summary>
public static class GovBudgetAssertionExtensions
{
    /// <summary>Assertions on a disclosure.</summary>
    public static DisclosureAssertions Should(this Disclosure document) => new(document);

    /// <summary>Assertions on the findings of a check.</summary>
    public static DocumentFindingsAssertions Should(this DocumentFindings findings) => new(findings);
}
