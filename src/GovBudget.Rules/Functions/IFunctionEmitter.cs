using System.Linq.Expressions;
using GovBudget.Rules.Binding;

namespace GovBudget.Rules.Functions;

/// <summary>
/// What the rule compiler gives a function's emission. Numbers are int64 fixed point (0.0001 元 for money, 0.0001
/// for plain numbers) inside a loop over the bindings; a binding compiled code cannot decide exactly is left to the
/// interpreter.
/// </summary>
internal interface IFunctionEmitter
{
    /// <summary>The rule table's unit in 0.0001 元, which a plain number next to money is multiplied by.</summary>
    Expression LiteralFactor { get; }

    /// <summary>An argument that is not a set of rows, and whether it is money.</summary>
    (Expression Value, bool Money) Number(BoundExpr argument);

    /// <summary>An aggregate of the cells of a set of rows in the current binding (money, except <see cref="SetAggregate.Size"/>).</summary>
    Expression Set(BoundCells rows, SetAggregate aggregate);

    /// <summary>A term that depends on the document's shape only, computed when the rule is planned.</summary>
    Expression Shape(BoundCells rows, ShapeTerm term);

    /// <summary>A variable holding <paramref name="value"/>, computed once per binding before the rule's conditions.</summary>
    ParameterExpression Hoist(Expression value);

    /// <summary>Leaves each binding where <paramref name="holds"/> (over hoisted values) is false to the interpreter.</summary>
    void DeferUnless(Expression holds);

    /// <summary>The exception that leaves the whole rule to the interpreter, for an emission to throw.</summary>
    Exception NotCompilable();
}
