using GovBudget.Rules.Diagnostics;

namespace GovBudget.Rules.Syntax;

/// <summary>
/// One <c>for each</c> binding of a rule: <c>for each c in 类</c> (codes), <c>for each row r</c> (rows),
/// <c>for each column k</c> or <c>for each column k in [基本支出, 项目支出]</c> (columns).
/// </summary>
/// <param name="Kind">What is iterated.</param>
/// <param name="Variable">The variable's name.</param>
/// <param name="Codes">For <see cref="QuantifierKind.Codes"/>: the set expression.</param>
/// <param name="Columns">For <see cref="QuantifierKind.Columns"/>: the listed columns, or empty for every amount column.</param>
/// <param name="Side">For rows and columns: the side of a two-sided table, or null for both.</param>
/// <param name="Span">Where it is.</param>
internal sealed record Quantifier(
    QuantifierKind Kind,
    string Variable,
    Expr? Codes,
    IReadOnlyList<NameSyntax> Columns,
    string? Side,
    SourceSpan Span);

/// <summary>What a quantifier iterates.</summary>
internal enum QuantifierKind
{
    /// <summary>Codes present in the table.</summary>
    Codes,

    /// <summary>Rows of the table.</summary>
    Rows,

    /// <summary>Amount columns of the table.</summary>
    Columns,
}
