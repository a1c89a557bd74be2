using System.Linq.Expressions;
using System.Reflection;
using GovBudget.Amounts;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Compilation;

/// <summary>
/// Compiles a bound rule, once, into a delegate over a document's dense values and a shape's
/// <see cref="BindingTable"/>. The delegate loops over the bindings in int64 fixed point (0.0001 元) and returns -1
/// when every comparison of every binding holds exactly, or the first binding where one does not; the reference
/// interpreter then decides that document for that rule, so compiled and interpreted findings are identical.
/// </summary>
/// <remarks>
/// Compiled: + and −, sum/min/max over cells and row sets, abs, comparisons, and/or/not, if, exists, count, plain
/// numbers. Not compiled (the interpreter runs them): text, names, multiplication, division, round.
/// </remarks>
internal static class RuleCompiler
{
    private static readonly MethodInfo SingleMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Single))!;
    private static readonly MethodInfo SumMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Sum))!;
    private static readonly MethodInfo MinMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Min))!;
    private static readonly MethodInfo MaxMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Max))!;
    private static readonly MethodInfo DeferMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Defer))!;
    private static readonly MethodInfo ConstMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Constant))!;
    private static readonly MethodInfo AbsMethod = typeof(Math).GetMethod(nameof(Math.Abs), [typeof(long)])!;
    private static readonly PropertyInfo LiteralFactorProperty = typeof(BindingTable).GetProperty(nameof(BindingTable.LiteralFactor), BindingFlags.Instance | BindingFlags.NonPublic)!;
    private static readonly PropertyInfo CountProperty = typeof(BindingTable).GetProperty(nameof(BindingTable.Count))!;

    /// <summary>Compiles the rule, or returns null when it uses something only the interpreter evaluates.</summary>
    public static CompiledRule? Compile(BoundRule rule)
    {
        var builder = new Builder();
        try
        {
            var values = Expression.Parameter(typeof(long[]), "values");
            var table = Expression.Parameter(typeof(BindingTable), "table");
            var b = Expression.Variable(typeof(int), "b");
            var exit = Expression.Label(typeof(int), "exit");
            var next = Expression.Label("next");
            var done = Expression.Label("done");
            builder.Values = values;
            builder.Table = table;
            builder.BindingIndex = b;
            builder.Exit = exit;

            var check = builder.Boolean(rule.Check);
            var where = rule.Where is null ? null : builder.Boolean(rule.Where);
            var body = new List<Expression>
            {
                Expression.Assign(b, Expression.Constant(0)),
                Expression.Loop(
                    Expression.Block(
                        Expression.IfThen(Expression.GreaterThanOrEqual(b, Expression.Property(table, CountProperty)), Expression.Break(done)),
                        Expression.IfThen(Expression.Call(DeferMethod, table, b), Expression.Return(exit, b)),
                        where is null ? Expression.Empty() : Expression.IfThen(Expression.Not(where), Expression.Continue(next)),
                        Expression.IfThen(Expression.Not(check), Expression.Return(exit, b)),
                        Expression.Label(next),
                        Expression.PostIncrementAssign(b)),
                    done),
                Expression.Label(exit, Expression.Constant(-1)),
            };
            var lambda = Expression.Lambda<Func<long[], BindingTable, int>>(Expression.Block([b], body), values, table);
            return new CompiledRule(rule, lambda.Compile(), builder.Singles, builder.Sets, builder.Constants, builder.Sides);
        }
        catch (NotCompilableException)
        {
            return null;
        }
    }

    private sealed class NotCompilableException : Exception;

    /// <summary>Builds the expression tree and numbers the references it reads.</summary>
    private sealed class Builder
    {
        public ParameterExpression Values { get; set; } = null!;

        public ParameterExpression Table { get; set; } = null!;

        public ParameterExpression BindingIndex { get; set; } = null!;

        public LabelTarget Exit { get; set; } = null!;

        public List<BoundCells> Singles { get; } = [];

        public List<BoundCells> Sets { get; } = [];

        public List<BoundCall> Constants { get; } = [];

        public List<ComparisonSides> Sides { get; } = [];

        public Expression Boolean(BoundExpr e)
        {
            switch (e)
            {
                case BoundBoolean b:
                    return Expression.Constant(b.Value);
                case BoundUnary { Operator: UnaryOperator.Not } u:
                    return Expression.Not(Boolean(u.Operand));
                case BoundBinary { Operator: BinaryOperator.And } a:
                    return Expression.AndAlso(Boolean(a.Left), Boolean(a.Right));
                case BoundBinary { Operator: BinaryOperator.Or } o:
                    return Expression.OrElse(Boolean(o.Left), Boolean(o.Right));
                case BoundBinary c when c.Left.Type == BoundType.Number:
                    return Comparison(c);
                case BoundIf i when i.Type == BoundType.Boolean:
                    return Expression.Condition(Boolean(i.Condition), Boolean(i.Then), Boolean(i.Else));
                case BoundCall { Function: BuiltinFunction.Exists } call:
                    Constants.Add(call);
                    return Expression.NotEqual(Const(Constants.Count - 1), Expression.Constant(0L));
                default:
                    throw new NotCompilableException();
            }
        }

        // A comparison that does not hold exactly leaves the binding to the interpreter, which knows tolerances.
        private Expression Comparison(BoundBinary c)
        {
            var (singles0, sets0) = (Singles.Count, Sets.Count);
            var (left, leftMoney) = Number(c.Left);
            var (singles1, sets1) = (Singles.Count, Sets.Count);
            var (right, rightMoney) = Number(c.Right);
            Sides.Add(new ComparisonSides(
                [.. Enumerable.Range(singles0, singles1 - singles0)], [.. Enumerable.Range(sets0, sets1 - sets0)],
                [.. Enumerable.Range(singles1, Singles.Count - singles1)], [.. Enumerable.Range(sets1, Sets.Count - sets1)]));
            (left, right) = Align(left, leftMoney, right, rightMoney);
            Expression holds = c.Operator switch
            {
                BinaryOperator.Equal => Expression.Equal(left, right),
                BinaryOperator.NotEqual => Expression.NotEqual(left, right),
                BinaryOperator.Less => Expression.LessThan(left, right),
                BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(left, right),
                BinaryOperator.Greater => Expression.GreaterThan(left, right),
                BinaryOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(left, right),
                _ => throw new NotCompilableException(),
            };
            return Expression.Block(
                Expression.IfThen(Expression.Not(holds), Expression.Return(Exit, BindingIndex)),
                Expression.Constant(true));
        }

        private (Expression, Expression) Align(Expression left, bool leftMoney, Expression right, bool rightMoney)
        {
            var factor = Expression.Property(Table, LiteralFactorProperty);
            if (leftMoney && !rightMoney)
            {
                right = Expression.MultiplyChecked(right, factor);
            }
            else if (rightMoney && !leftMoney)
            {
                left = Expression.MultiplyChecked(left, factor);
            }

            return (left, right);
        }

        /// <summary>A number in fixed point (0.0001 of a 元 for money, 0.0001 for plain numbers) and whether it is money.</summary>
        private (Expression Value, bool Money) Number(BoundExpr e)
        {
            switch (e)
            {
                case BoundNumber n:
                {
                    var raw = n.Value * Amount.UnitsPerWhole;
                    if (raw != decimal.Truncate(raw))
                    {
                        throw new NotCompilableException(); // more than four decimals
                    }

                    return (Expression.Constant((long)raw), false);
                }

                case BoundCells { Type: BoundType.Number } cells:
                    Singles.Add(cells);
                    return (Expression.Call(SingleMethod, Values, Table, BindingIndex, Expression.Constant(Singles.Count - 1)), true);
                case BoundUnary { Operator: UnaryOperator.Negate } u:
                {
                    var (v, money) = Number(u.Operand);
                    return (Expression.NegateChecked(v), money);
                }

                case BoundBinary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b:
                {
                    var (l, lm) = Number(b.Left);
                    var (r, rm) = Number(b.Right);
                    (l, r) = Align(l, lm, r, rm);
                    return (b.Operator == BinaryOperator.Add ? Expression.AddChecked(l, r) : Expression.SubtractChecked(l, r), lm || rm);
                }

                case BoundIf i:
                {
                    var (t, tm) = Number(i.Then);
                    var (f, fm) = Number(i.Else);
                    if (tm != fm)
                    {
                        throw new NotCompilableException();
                    }

                    return (Expression.Condition(Boolean(i.Condition), t, f), tm);
                }

                case BoundCall call:
                    return Call(call);
                default:
                    throw new NotCompilableException();
            }
        }

        private (Expression, bool) Call(BoundCall call)
        {
            switch (call.Function)
            {
                case BuiltinFunction.Count:
                    Constants.Add(call);
                    return (Const(Constants.Count - 1), false);
                case BuiltinFunction.Abs:
                {
                    var (v, money) = Number(call.Arguments[0]);
                    return (Expression.Call(AbsMethod, v), money);
                }

                case BuiltinFunction.Sum or BuiltinFunction.Min or BuiltinFunction.Max:
                {
                    var terms = new List<(Expression Value, bool Money)>();
                    foreach (var a in call.Arguments)
                    {
                        if (a is BoundCells { Type: BoundType.Rows } set)
                        {
                            Sets.Add(set);
                            var method = call.Function switch
                            {
                                BuiltinFunction.Sum => SumMethod,
                                BuiltinFunction.Min => MinMethod,
                                _ => MaxMethod,
                            };
                            terms.Add((Expression.Call(method, Values, Table, BindingIndex, Expression.Constant(Sets.Count - 1)), true));
                        }
                        else
                        {
                            terms.Add(Number(a));
                        }
                    }

                    if (call.Function != BuiltinFunction.Sum && call.Arguments.Any(a => a.Type == BoundType.Rows) && terms.Count > 1)
                    {
                        throw new NotCompilableException(); // min/max over an empty set among other terms: leave to the interpreter
                    }

                    var money = terms.Any(t => t.Money);
                    var factor = Expression.Property(Table, LiteralFactorProperty);
                    var aligned = terms.Select(t => money && !t.Money ? Expression.MultiplyChecked(t.Value, factor) : t.Value).ToList();
                    Expression result = aligned[0];
                    foreach (var t in aligned.Skip(1))
                    {
                        result = call.Function switch
                        {
                            BuiltinFunction.Sum => Expression.AddChecked(result, t),
                            BuiltinFunction.Min => Expression.Call(typeof(Math).GetMethod(nameof(Math.Min), [typeof(long), typeof(long)])!, result, t),
                            _ => Expression.Call(typeof(Math).GetMethod(nameof(Math.Max), [typeof(long), typeof(long)])!, result, t),
                        };
                    }

                    return (result, money);
                }

                default:
                    throw new NotCompilableException();
            }
        }

        private MethodCallExpression Const(int site) =>
            Expression.Call(ConstMethod, Table, BindingIndex, Expression.Constant(site));
    }
}

/// <summary>A compiled rule: the delegate and the references it reads, in site order.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Run">Returns -1 when every binding holds exactly, else the first binding that does not.</param>
/// <param name="Singles">The single-cell references.</param>
/// <param name="Sets">The row-set references.</param>
/// <param name="Constants">The shape-only terms (exists, count).</param>
/// <param name="Sides">Per comparison, the single and set sites its left and right sides read.</param>
internal sealed record CompiledRule(
    BoundRule Rule,
    Func<long[], BindingTable, int> Run,
    IReadOnlyList<BoundCells> Singles,
    IReadOnlyList<BoundCells> Sets,
    IReadOnlyList<BoundCall> Constants,
    IReadOnlyList<ComparisonSides> Sides);

/// <summary>The sites each side of one comparison reads.</summary>
internal sealed record ComparisonSides(int[] LeftSingles, int[] LeftSets, int[] RightSingles, int[] RightSets);

/// <summary>What compiled code calls to read a binding's cells; small enough for the JIT to inline.</summary>
public static class CompiledAccess
{
    /// <summary>The value of single site <paramref name="site"/> of binding <paramref name="b"/>, in 0.0001 元.</summary>
    public static long Single(long[] values, BindingTable table, int b, int site)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(table);
        var slot = table.Singles[(b * table.SingleSites) + site];
        return slot < 0 ? 0 : checked(values[slot] * table.SingleFactors[site]);
    }

    /// <summary>The sum of set site <paramref name="site"/> of binding <paramref name="b"/>, in 0.0001 元.</summary>
    public static long Sum(long[] values, BindingTable table, int b, int site)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(table);
        var i = (b * table.SetSites) + site;
        long total = 0;
        for (var k = table.SetStarts[i]; k < table.SetStarts[i + 1]; k++)
        {
            var slot = table.SetSlots[k];
            if (slot >= 0)
            {
                total = checked(total + values[slot]);
            }
        }

        return checked(total * table.SetFactors[site]);
    }

    /// <summary>The least value of a set site (0 when the set is empty, as the interpreter gives).</summary>
    public static long Min(long[] values, BindingTable table, int b, int site) => Extreme(values, table, b, site, -1);

    /// <summary>The greatest value of a set site (0 when the set is empty).</summary>
    public static long Max(long[] values, BindingTable table, int b, int site) => Extreme(values, table, b, site, 1);

    /// <summary>Whether binding <paramref name="b"/> must be left to the interpreter (a comparison side reads only unprinted columns).</summary>
    public static bool Defer(BindingTable table, int b)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Deferred is { } deferred && deferred[b];
    }

    /// <summary>A shape-only term of binding <paramref name="b"/>.</summary>
    public static long Constant(BindingTable table, int b, int site)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Constants[(b * table.ConstSites) + site];
    }

    private static long Extreme(long[] values, BindingTable table, int b, int site, int sign)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(table);
        var i = (b * table.SetSites) + site;
        var start = table.SetStarts[i];
        var end = table.SetStarts[i + 1];
        if (start == end)
        {
            return 0;
        }

        long best = 0;
        for (var k = start; k < end; k++)
        {
            var slot = table.SetSlots[k];
            var v = slot < 0 ? 0 : values[slot];
            if (k == start || Math.Sign(v - best) == sign)
            {
                best = v;
            }
        }

        return checked(best * table.SetFactors[site]);
    }
}
