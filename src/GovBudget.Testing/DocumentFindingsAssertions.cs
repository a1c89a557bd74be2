using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using GovBudget.Rules.Findings;

namespace GovBudget.Testing;

/// <summary>Assertions on what checking a document gave: <c>findings.Should().ContainError("BE-CLASS")</c>.</summary>
public sealed class DocumentFindingsAssertions : ReferenceTypeAssertions<DocumentFindings, DocumentFindingsAssertions>
{
    /// <summary>Creates the assertions for <paramref name="subject"/>.</summary>
    public DocumentFindingsAssertions(DocumentFindings subject)
        : base(subject)
    {
    }

    /// <inheritdoc/>
    protected override string Identifier => "findings";

    /// <summary>Asserts an error finding of rule <paramref name="ruleId"/>; continue with <c>.Which</c> to inspect it.</summary>
    public AndWhichConstraint<DocumentFindingsAssertions, Finding> ContainError(string ruleId, string because = "", params object[] becauseArgs) =>
        Contain(ruleId, Severity.Error, because, becauseArgs);

    /// <summary>Asserts a warning finding of rule <paramref name="ruleId"/>.</summary>
    public AndWhichConstraint<DocumentFindingsAssertions, Finding> ContainWarning(string ruleId, string because = "", params object[] becauseArgs) =>
        Contain(ruleId, Severity.Warning, because, becauseArgs);

    /// <summary>Asserts that no finding is an error; the message lists the errors found.</summary>
    public AndConstraint<DocumentFindingsAssertions> NotContainErrors(string because = "", params object[] becauseArgs) =>
        NotContainAtOrAbove(Severity.Error, because, becauseArgs);

    /// <summary>Asserts that no finding is at or above <paramref name="severity"/>; the message lists those found.</summary>
    public AndConstraint<DocumentFindingsAssertions> NotContainAtOrAbove(Severity severity, string because = "", params object[] becauseArgs)
    {
        var offending = Subject?.Findings.Where(f => f.Severity >= severity).ToList() ?? [];
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:findings} to be checked findings{reason}, but found <null>.")
            .Then
            .ForCondition(offending.Count == 0)
            .FailWith("Expected {context:findings} of {0} to have no {1} finding{reason}, but found {2}:" + Environment.NewLine + "{3}",
                Subject!.Document.ToString(), new Verbatim(severity.ToString().ToLowerInvariant()), offending.Count, new Verbatim(FindingFormatter.Format(offending)));
        return new AndConstraint<DocumentFindingsAssertions>(this);
    }

    /// <summary>
    /// Asserts that rule <paramref name="ruleId"/> applied to the document: a rule that did not (its table, row, column or
    /// phrase is absent) checked nothing, which is not a pass. The message gives the reason and its detail.
    /// </summary>
    public AndConstraint<DocumentFindingsAssertions> HaveApplied(string ruleId, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var why = Subject?.NotApplicableReasons.FirstOrDefault(r => r.Rule == ruleId);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:findings} to be checked findings{reason}, but found <null>.")
            .Then
            .ForCondition(why is null)
            .FailWith("Expected rule {0} to apply to {1}{reason}, but it did not ({2}): {3}",
                ruleId, Subject!.Document.ToString(), new Verbatim(why?.ReasonName ?? string.Empty), new Verbatim(why?.Detail ?? string.Empty));
        return new AndConstraint<DocumentFindingsAssertions>(this);
    }

    private AndWhichConstraint<DocumentFindingsAssertions, Finding> Contain(string ruleId, Severity severity, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var match = Subject?.Findings.FirstOrDefault(f => f.RuleId == ruleId && f.Severity == severity);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:findings} to be checked findings{reason}, but found <null>.")
            .Then
            .ForCondition(match is not null)
            .FailWith("Expected {context:findings} to contain {0} of rule {1}{reason}, but found {2}",
                new Verbatim(severity == Severity.Error ? "an error" : severity == Severity.Warning ? "a warning" : "an info finding"), ruleId,
                new Verbatim(Subject!.Findings.Count == 0 ? "no finding." : Environment.NewLine + FindingFormatter.Format(Subject.Findings)));
        return new AndWhichConstraint<DocumentFindingsAssertions, Finding>(this, match!);
    }
}
