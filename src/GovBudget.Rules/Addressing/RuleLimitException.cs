using GovBudget.Rules.Diagnostics;

namespace GovBudget.Rules.Addressing;

/// <summary>
/// A rule that, on this document, would go past a resource limit: its <c>for each</c> quantifiers bind more
/// combinations than <see cref="MaxBindings"/>. The rule file is at fault (nested quantifiers multiply), not the
/// document, so the check stops with this error rather than running for hours.
/// </summary>
public sealed class RuleLimitException : Exception
{
    /// <summary>The most variable bindings one rule's quantifiers may produce on one document (each value of each variable counts).</summary>
    public const int MaxBindings = 100_000;

    /// <summary>Creates the exception for a rule at its place.</summary>
    public RuleLimitException(RuleDiagnostic diagnostic)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).ToString()) => Diagnostic = diagnostic;

    /// <summary>The rule's place and the limit it went past.</summary>
    public RuleDiagnostic Diagnostic { get; }
}
