using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Parsing;

/// <summary>
/// The one depth limit of a parsed expression tree. Every later walk over a rule (binder, interpreter, compiler,
/// printers) recurses once per level of this tree, so bounding it here bounds them all; it is measured without
/// recursion, so a hostile tree cannot overflow the stack while being measured. Long flat chains of <c>+ - and or</c>
/// are built balanced by the grammar (<see cref="BalancedChain"/>), so their depth is the logarithm of their length.
/// </summary>
internal static class ExpressionDepth
{
    /// <summary>
    /// The deepest tree accepted: the text's nesting limit (<see cref="NestingGuard.MaxDepth"/>), plus the comparison and
    /// the balanced chains a rule file of <see cref="RuleParser.MaxLength"/> characters can hold (log2 of 500,000
    /// operands is 19), with room to spare.
    /// </summary>
    public const int MaxDepth = NestingGuard.MaxDepth + 36;

    /// <summary>Returns a diagnostic at the first node deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static RuleDiagnostic? Check(Expr root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stack = new Stack<(Expr Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                return new RuleDiagnostic(node.Span,
                    RuleTexts.T("Parse.TooDeep", MaxDepth));
            }

            foreach (var child in Children(node))
            {
                stack.Push((child, depth + 1));
            }
        }

        return null;
    }

    /// <summary>Checks every expression of a rule: its <c>for each … in</c> sets, its filter and its condition.</summary>
    public static RuleDiagnostic? Check(RuleSyntax rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var q in rule.Quantifiers)
        {
            if (q.Codes is { } codes && Check(codes) is { } deep)
            {
                return deep;
            }
        }

        return (rule.Where is { } where ? Check(where) : null) ?? Check(rule.Check);
    }

    private static IEnumerable<Expr> Children(Expr node) => node switch
    {
        BinaryExpr b => [b.Left, b.Right],
        UnaryExpr u => [u.Operand],
        IfExpr i => [i.Condition, i.Then, i.Else],
        CallExpr c => c.Arguments,
        _ => [],
    };
}
