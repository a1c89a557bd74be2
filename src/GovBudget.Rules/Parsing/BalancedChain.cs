using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Parsing;

/// <summary>
/// Builds the tree of a chain of operators of one precedence (<c>a + b - c …</c>, <c>a and b and …</c>). A short chain
/// is the usual left-nested tree; a long one is balanced, so that its depth is the logarithm of its length and no walk
/// over it can overflow the stack. Balancing keeps the operands in written order and the value exact: amounts are
/// decimals, so <c>a - b - c</c> and <c>a - (b + c)</c> are the same number, and <c>and</c>/<c>or</c> are associative.
/// </summary>
internal static class BalancedChain
{
    /// <summary>The longest chain built left-nested, as written (every standard rule's chains are shorter).</summary>
    public const int LeftNestedOperands = 16;

    /// <summary>The chain's tree.</summary>
    /// <param name="first">The first operand.</param>
    /// <param name="rest">Each following operator (with its place) and operand, in order.</param>
    public static Expr Build(Expr first, IReadOnlyList<((BinaryOperator Op, SourceSpan At) Operator, Expr Operand)> rest)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(rest);
        if (rest.Count < LeftNestedOperands || !rest.All(p => Regroups(p.Operator.Op)))
        {
            var tree = first;
            foreach (var (op, operand) in rest)
            {
                tree = new BinaryExpr(op.Op, tree, operand, op.At);
            }

            return tree;
        }

        var operands = new Expr[rest.Count + 1];
        var operators = new (BinaryOperator Op, SourceSpan At)[rest.Count + 1];
        operands[0] = first;
        for (var i = 0; i < rest.Count; i++)
        {
            operators[i + 1] = rest[i].Operator;
            operands[i + 1] = rest[i].Operand;
        }

        return Balance(operands, operators, 0, operands.Length, flip: false);
    }

    // and/or regroup with themselves; + and - with each other (a - b - c = a - (b + c)). * and / do not: decimal
    // division rounds, so regrouping could change a value.
    private static bool Regroups(BinaryOperator op) => op is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.And or BinaryOperator.Or;

    // operands[from..to) joined by operators[from+1..to); with flip, each + and - stands for its opposite because the
    // range is the right operand of a subtraction. Recursion depth is log2 of the chain's length.
    private static Expr Balance(Expr[] operands, (BinaryOperator Op, SourceSpan At)[] operators, int from, int to, bool flip)
    {
        if (to - from == 1)
        {
            return operands[from];
        }

        var middle = from + ((to - from) / 2);
        var (op, at) = operators[middle];
        var joining = flip ? Opposite(op) : op;
        var left = Balance(operands, operators, from, middle, flip);
        var right = Balance(operands, operators, middle, to, flip ^ (joining == BinaryOperator.Subtract));
        return new BinaryExpr(joining, left, right, at);
    }

    private static BinaryOperator Opposite(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => BinaryOperator.Subtract,
        BinaryOperator.Subtract => BinaryOperator.Add,
        _ => op,
    };
}
