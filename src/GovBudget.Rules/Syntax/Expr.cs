using GovBudget.Rules.Diagnostics;

namespace GovBudget.Rules.Syntax;

/// <summary>An expression of the rule language, as written. Immutable.</summary>
/// <param name="Span">Where the expression starts.</param>
internal abstract record Expr(SourceSpan Span);

/// <summary>A plain number, written with a decimal point (0.01, 100.0); or a small integer where one is expected (round's digits).</summary>
/// <param name="Value">The value.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Span">Where it is.</param>
internal sealed record NumberExpr(decimal Value, string Text, SourceSpan Span) : Expr(Span);

/// <summary><c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
internal sealed record BoolExpr(bool Value, SourceSpan Span) : Expr(Span);

/// <summary>A quoted string: a row label in value position ("本年收入合计"), or text where a function expects it.</summary>
/// <param name="Value">The text without quotes.</param>
/// <param name="Span">Where it is.</param>
internal sealed record StringExpr(string Value, SourceSpan Span) : Expr(Span);

/// <summary>
/// A reference to cells: <c>301</c>, <c>301xx</c>, <c>3011x..30113</c>, <c>c</c>, <c>301[人员经费]</c>,
/// <c>三公经费表::"公务接待费"[合计]</c>, <c>收入:"本年收入合计"</c>.
/// </summary>
/// <param name="Table">The table named before <c>::</c>, or null for the rule's table.</param>
/// <param name="Row">Which rows.</param>
/// <param name="Column">The column in brackets, or null for the context column.</param>
/// <param name="Span">Where it is.</param>
internal sealed record CellExpr(string? Table, RowSelector Row, NameSyntax? Column, SourceSpan Span) : Expr(Span);

/// <summary>A function call: <c>sum(children(301))</c>.</summary>
/// <param name="Name">The function's name.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Span">Where it is.</param>
internal sealed record CallExpr(string Name, IReadOnlyList<Expr> Arguments, SourceSpan Span) : Expr(Span);

/// <summary><c>-x</c> or <c>not x</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Span">Where it is.</param>
internal sealed record UnaryExpr(UnaryOperator Operator, Expr Operand, SourceSpan Span) : Expr(Span);

/// <summary>A binary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Span">Where the operator is.</param>
internal sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, SourceSpan Span) : Expr(Span);

/// <summary><c>if c then a else b</c>.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">The value when true.</param>
/// <param name="Else">The value when false.</param>
/// <param name="Span">Where it is.</param>
internal sealed record IfExpr(Expr Condition, Expr Then, Expr Else, SourceSpan Span) : Expr(Span);

/// <summary>Unary operators.</summary>
internal enum UnaryOperator
{
    /// <summary><c>-</c>.</summary>
    Negate,

    /// <summary><c>not</c>.</summary>
    Not,
}

/// <summary>Binary operators, loosest first.</summary>
internal enum BinaryOperator
{
    /// <summary><c>or</c>.</summary>
    Or,

    /// <summary><c>and</c>.</summary>
    And,

    /// <summary><c>==</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>+</c>.</summary>
    Add,

    /// <summary><c>-</c>.</summary>
    Subtract,

    /// <summary><c>*</c>.</summary>
    Multiply,

    /// <summary><c>/</c>.</summary>
    Divide,
}
