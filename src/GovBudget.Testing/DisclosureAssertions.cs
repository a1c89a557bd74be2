using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;

namespace GovBudget.Testing;

/// <summary>Assertions on a disclosure: <c>document.Should().SatisfyRules(pack)</c>.</summary>
public sealed class DisclosureAssertions : ReferenceTypeAssertions<Disclosure, DisclosureAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    public DisclosureAssertions(Disclosure subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "document";

    /// <summary>
    /// Checks the document with <paramref name="pack"/> and asserts that no finding is at or above
    /// <paramref name="failOn"/> (default: errors); the message lists each such finding with its cells, expected and
    /// actual values. Continue with <c>.Which</c> for all findings.
    /// </summary>
    public AndWhichConstraint<DisclosureAssertions, DocumentFindings> SatisfyRules(
        RulePack pack, Severity failOn = Severity.Error, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var findings = Subject is null ? null : pack.Check(Subject);
        var offending = findings?.Findings.Where(f => f.Severity >= failOn).ToList() ?? [];
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:document} to satisfy the rules{reason}, but found <null>.")
            .Then
            .ForCondition(offending.Count == 0)
            .FailWith("Expected {context:document} {0} to satisfy the rules{reason}, but {1} finding(s) at or above {2}:" + Environment.NewLine + "{3}",
                Subject!.ToString(), offending.Count, new Verbatim(failOn.ToString().ToLowerInvariant()), new Verbatim(FindingFormatter.Format(offending)));
        return new AndWhichConstraint<DisclosureAssertions, DocumentFindings>(this, findings!);
    }
}
