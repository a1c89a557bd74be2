namespace GovBudget.Rules.Diagnostics;

/// <summary>A problem in a rule file: where it is, what was found and what was expected.</summary>
/// <param name="Span">File, line and column.</param>
/// <param name="Message">What is wrong.</param>
public sealed record RuleDiagnostic(SourceSpan Span, string Message)
{
    /// <summary>"standard.rules:12:5: unknown table '基本表'; expected …".</summary>
    public override string ToString() => $"{Span}: {Message}";
}
