using GovBudget.Documents;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Binding;

/// <summary>A checked expression: names resolved, types known. Immutable; shared by every evaluation.</summary>
/// <param name="Type">The type.</param>
/// <param name="Span">Where it was written.</param>
internal abstract record BoundExpr(BoundType Type, SourceSpan Span)
{
    /// <summary>Calls the visitor's method for this kind of node.</summary>
    internal abstract T Accept<T>(IBoundVisitor<T> visitor);
}

/// <summary>A plain number.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BoundNumber(decimal Value, SourceSpan Span) : BoundExpr(BoundType.Number, Span)
{
    internal override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitNumber(this);
}

/// <summary>A constant true/false.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BoundBoolean(bool Value, SourceSpan Span) : BoundExpr(BoundType.Boolean, Span)
{
    internal override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitBoolean(this);
}

/// <summary>A constant text.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BoundText(string Value, SourceSpan Span) : BoundExpr(BoundType.Text, Span)
{
    internal override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitText(this);
}

/// <summary>Cells: rows of a table in a column.</summary>
/// <param name="Table">The table's kind, or null for the rule's table.</param>
/// <param name="Rows">Which rows.</param>
/// <param name="Column">The column.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BoundCells(TableKind? Table, BoundRows Rows, BoundColumn Column, SourceSpan Span)
    : BoundExpr(Rows.IsSet ? BoundType.Rows : BoundType.Number, Span)
{
    internal override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitCells(this);
}

/// <summary>A column reference: the context column, a named one, or a column variable.</summary>
/// <param name="Name">The name for a named column (canonical or quoted as printed), else null.</param>
/// <param name="Slot">The slot of a column variable, or -1.</param>
internal sealed record BoundColumn(string? Name, int Slot)
{
    /// <summary>The context column.</summary>
    public static BoundColumn Context { get; } = new(null, -1);
}

/// <summary>A call of a built-in function.</summary>
/// <param name="Function">The function.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="ResultType">The result type.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BoundCall(BuiltinFunction Function, IReadOnlyList<BoundExpr> Arguments, BoundType ResultType, SourceSpan Span)
    : BoundExpr(ResultType, Span)
{
    internal override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitCall(this);
}

/// <summary>A unary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
/// <param name="ResultType">The result type.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BoundUnary(UnaryOperator Operator, BoundExpr Operand, BoundType ResultType, SourceSpan Span)
    : BoundExpr(ResultType, Span)
{
    internal override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitUnary(this);
}

/// <summary>A binary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="ResultType">The result type.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BoundBinary(BinaryOperator Operator, BoundExpr Left, BoundExpr Right, BoundType ResultType, SourceSpan Span)
    : BoundExpr(ResultType, Span)
{
    internal override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitBinary(this);
}

/// <summary>A conditional.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">The value when true.</param>
/// <param name="Else">The value when false.</param>
/// <param name="Span">Where it was written.</param>
internal sealed record BoundIf(BoundExpr Condition, BoundExpr Then, BoundExpr Else, SourceSpan Span) : BoundExpr(Then.Type, Span)
{
    internal override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitIf(this);
}
