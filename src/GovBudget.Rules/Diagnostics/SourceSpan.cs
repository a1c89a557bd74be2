namespace GovBudget.Rules.Diagnostics;

/// <summary>Where something is in a rule file: file, 1-based line and column.</summary>
/// <param name="File">The rule file's name or path as given.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>"standard.rules:12:5".</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
