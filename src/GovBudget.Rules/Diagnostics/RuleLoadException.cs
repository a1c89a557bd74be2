namespace GovBudget.Rules.Diagnostics;

/// <summary>Rule files that cannot be used: every problem found, each with file, line and column.</summary>
public sealed class RuleLoadException : Exception
{
    /// <summary>Creates the exception from one or more diagnostics.</summary>
    public RuleLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Diagnostics = diagnostics;
    }

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }
}
