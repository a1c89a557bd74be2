namespace GovBudget.Rules.Syntax;

/// <summary>
/// The severity word a rule is written with. The binder maps it to a finding's severity, so the syntax tree needs
/// nothing outside the rule text.
/// </summary>
internal enum SeverityKeyword
{
    /// <summary><c>info</c>.</summary>
    Info = 0,

    /// <summary><c>warning</c> or <c>提示性</c>.</summary>
    Warning = 1,

    /// <summary><c>error</c> or <c>强制性</c>.</summary>
    Error = 2,
}
