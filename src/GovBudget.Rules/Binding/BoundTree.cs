namespace GovBudget.Rules.Binding;

/// <summary>Walks bound expressions, so that questions about a rule ("does it read the narrative?") need no walker of their own.</summary>
internal static class BoundTree
{
    /// <summary>Every node of <paramref name="root"/>, itself included, parents before children.</summary>
    public static IEnumerable<BoundExpr> Nodes(BoundExpr root)
    {
        var stack = new Stack<BoundExpr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            switch (node)
            {
                case BoundCall c:
                    foreach (var a in c.Arguments)
                    {
                        stack.Push(a);
                    }

                    break;
                case BoundUnary u:
                    stack.Push(u.Operand);
                    break;
                case BoundBinary b:
                    stack.Push(b.Left);
                    stack.Push(b.Right);
                    break;
                case BoundIf i:
                    stack.Push(i.Condition);
                    stack.Push(i.Then);
                    stack.Push(i.Else);
                    break;
            }
        }
    }

    /// <summary>Every node of a rule's check and filter.</summary>
    public static IEnumerable<BoundExpr> Nodes(BoundRule rule) =>
        rule.Where is { } where ? Nodes(rule.Check).Concat(Nodes(where)) : Nodes(rule.Check);
}
