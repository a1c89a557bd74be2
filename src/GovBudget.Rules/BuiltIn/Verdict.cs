using GovBudget.Rules.Findings;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// What a narrative check made of one statement: it held, it is a finding, or it could not be examined (no base to
/// compare with). A check that examined nothing did not apply: it must not be counted as passed.
/// </summary>
internal readonly record struct Verdict(bool Examined, Finding? Finding)
{
    public static Verdict Held { get; } = new(true, null);

    public static Verdict NotExamined { get; } = new(false, null);

    public static implicit operator Verdict(Finding finding) => new(true, finding);
}
