using System.Linq.Expressions;
using System.Reflection;
using GovBudget.Amounts;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Compilation;

/// <summary>
/// Compiles a bound rule, once, into a delegate over a document's dense values and a shape's
/// <see cref="BindingTable"/>. The delegate loops over the bindings in int64 fixed point (0.0001 元) from a given one
/// and returns -1 when every comparison of every remaining binding holds exactly, else the next binding that needs a
/// look: one where a comparison does not hold exactly (it may still hold within the rule's tolerance), or one the
/// delegate cannot decide (<see cref="CompiledRule.Deferred"/> set in the result). The reference interpreter then
/// evaluates those bindings only, so compiled and interpreted findings are identical.
/// </summary>
/// <remarks>
/// Compiled: + and −, comparisons, and/or/not, if, plain numbers, and the functions whose entry in
/// <see cref="FunctionTable"/> has an emission. Not compiled (the interpreter runs them): multiplication, division,
/// and the functions without one (text, names, round).
/// </remarks>
internal static class RuleCompiler
{
    private static readonly MethodInfo SingleMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Single))!;
    private static readonly MethodInfo SumMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Sum))!;
    private static readonly MethodInfo MinMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Min))!;
    private static readonly MethodInfo MaxMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Max))!;
    private static readonly MethodInfo DeferMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Defer))!;
    private static readonly MethodInfo SizeMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Size), BindingFlags.Static | BindingFlags.NonPublic)!;
    private static readonly MethodInfo ConstMethod = typeof(CompiledAccess).GetMethod(nameof(CompiledAccess.Constant))!;
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
            var start = Expression.Parameter(typeof(int), "start");
            var b = Expression.Variable(typeof(int), "b");
            var held = Expression.Variable(typeof(bool), "held");
            var exit = Expression.Label(typeof(int), "exit");
            var next = Expression.Label("next");
            var done = Expression.Label("done");
            builder.Values = values;
            builder.Table = table;
            builder.BindingIndex = b;
            builder.Held = held;
            builder.Exit = exit;

            var check = builder.Boolean(rule.Check);
            var where = rule.Where is null ? null : builder.Boolean(rule.Where);
            var body = new List<Expression>
            {
                Expression.Assign(b, start),
                Expression.Assign(held, Expression.Constant(false)),
                Expression.Loop(
                    Expression.Block(
                        Expression.IfThen(Expression.GreaterThanOrEqual(b, Expression.Property(table, CountProperty)), Expression.Break(done)),
                        Expression.IfThen(Expression.Call(DeferMethod, table, b), builder.Leave(Deferred(b))),
                        builder.Prologue.Count == 0 ? Expression.Empty() : Expression.Block(builder.Prologue),
                        where is null ? Expression.Empty() : Expression.IfThen(Expression.Not(where), Expression.Continue(next)),
                        Expression.IfThen(Expression.Not(check), builder.Leave(b)),
                        Expression.Assign(held, Expression.Constant(true)),
                        Expression.Label(next),
                        Expression.PostIncrementAssign(b)),
                    done),

                // No binding at all is a pass; bindings that its where all excluded are not (the interpreter says why).
                Expression.Label(exit, Expression.Condition(
                    Expression.OrElse(held, Expression.Equal(Expression.Property(table, CountProperty), Expression.Constant(0))),
                    Expression.Constant(-1), Expression.Constant(CompiledRule.NoneHeld))),
            };
            var lambda = Expression.Lambda<Func<long[], BindingTable, int, int>>(Expression.Block([b, held, .. builder.Locals], body), values, table, start);
            return new CompiledRule(rule, lambda.Compile(), builder.Singles, builder.Sets, builder.Constants, builder.Sides);
        }
        catch (NotCompilableException)
        {
            return null;
        }
    }

    private sealed class NotCompilableException : Exception;

    private static BinaryExpression Deferred(Expression binding) => Expression.Or(binding, Expression.Constant(CompiledRule.Deferred));

    /// <summary>Builds the expression tree and numbers the references it reads.</summary>
    private sealed class Builder : IFunctionEmitter
    {
        public ParameterExpression Values { get; set; } = null!;

        public ParameterExpression Table { get; set; } = null!;

        public ParameterExpression BindingIndex { get; set; } = null!;

        public ParameterExpression Held { get; set; } = null!;

        public LabelTarget Exit { get; set; } = null!;

        public List<BoundCells> Singles { get; } = [];

        public List<BoundCells> Sets { get; } = [];

        public List<ShapeSite> Constants { get; } = [];

        public List<ComparisonSides> Sides { get; } = [];

        /// <summary>What each binding computes before the rule's conditions: hoisted values and deferrals.</summary>
        public List<Expression> Prologue { get; } = [];

        public List<ParameterExpression> Locals { get; } = [];

        public Expression LiteralFactor => Expression.Property(Table, LiteralFactorProperty);

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
                case BoundCall { Type: BoundType.Boolean } call:
                    return Call(call).Value;
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
                Expression.IfThen(Expression.Not(holds), Leave(BindingIndex)),
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

                case BoundCall { Type: BoundType.Number } call:
                    return Call(call);
                default:
                    throw new NotCompilableException();
            }
        }

        // A function compiles as its entry emits it; one without an emission leaves the rule to the interpreter.
        private (Expression Value, bool Money) Call(BoundCall call) =>
            FunctionTable.Of(call.Function).Emit is { } emit ? emit(this, call) : throw new NotCompilableException();

        (Expression Value, bool Money) IFunctionEmitter.Number(BoundExpr argument) => Number(argument);

        public Expression Set(BoundCells rows, SetAggregate aggregate)
        {
            Sets.Add(rows);
            var site = Expression.Constant(Sets.Count - 1);
            return aggregate switch
            {
                SetAggregate.Sum => Expression.Call(SumMethod, Values, Table, BindingIndex, site),
                SetAggregate.Min => Expression.Call(MinMethod, Values, Table, BindingIndex, site),
                SetAggregate.Max => Expression.Call(MaxMethod, Values, Table, BindingIndex, site),
                SetAggregate.Size => Expression.Call(SizeMethod, Table, BindingIndex, site),
                _ => throw new InvalidOperationException($"no compiled form of {aggregate}"),
            };
        }

        public Expression Shape(BoundCells rows, ShapeTerm term)
        {
            Constants.Add(new ShapeSite(rows, term));
            return Const(Constants.Count - 1);
        }

        public ParameterExpression Hoist(Expression value)
        {
            var local = Expression.Variable(value.Type, $"h{Locals.Count}");
            Locals.Add(local);
            Prologue.Add(Expression.Assign(local, value));
            return local;
        }

        public void DeferUnless(Expression holds) =>
            Prologue.Add(Expression.IfThen(Expression.Not(holds), Leave(Deferred(BindingIndex))));

        // Returns a binding for the interpreter, marked when a binding before it (since start) passed its where and held.
        public GotoExpression Leave(Expression binding) =>
            Expression.Return(Exit, Expression.Or(binding, Expression.Condition(Held, Expression.Constant(CompiledRule.Held), Expression.Constant(0))));

        public Exception NotCompilable() => new NotCompilableException();

        private MethodCallExpression Const(int site) =>
            Expression.Call(ConstMethod, Table, BindingIndex, Expression.Constant(site));
    }
}

/// <summary>A compiled rule: the delegate and the references it reads, in site order.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Run">
/// From binding <c>start</c> on: -1 when every binding holds exactly (or there is none), <see cref="NoneHeld"/> when
/// the rule's where excluded every binding from <c>start</c> on, else the next binding that does not hold, with
/// <see cref="Deferred"/> set when the delegate could not decide it at all and <see cref="Held"/> when a binding
/// between <c>start</c> and it held.
/// </param>
/// <param name="Singles">The single-cell references.</param>
/// <param name="Sets">The row-set references.</param>
/// <param name="Constants">The shape-only terms (exists, count).</param>
/// <param name="Sides">Per comparison, the single and set sites its left and right sides read.</param>
internal sealed record CompiledRule(
    BoundRule Rule,
    Func<long[], BindingTable, int, int> Run,
    IReadOnlyList<BoundCells> Singles,
    IReadOnlyList<BoundCells> Sets,
    IReadOnlyList<ShapeSite> Constants,
    IReadOnlyList<ComparisonSides> Sides)
{
    /// <summary>The bit <see cref="Run"/> sets on a binding it leaves to the interpreter undecided.</summary>
    public const int Deferred = 1 << 30;

    /// <summary>The bit <see cref="Run"/> sets on a binding when one before it passed the rule's where and held.</summary>
    public const int Held = 1 << 29;

    /// <summary>What <see cref="Run"/> returns when its where excluded every binding it looked at.</summary>
    public const int NoneHeld = -2;

    /// <summary>
    /// Every binding of a document that needs the interpreter, in order: those where a comparison does not hold
    /// exactly and those the delegate cannot decide (<see cref="Deferred"/> set). Empty when every binding holds.
    /// <paramref name="held"/>: whether some binding not listed passed the rule's where and held (or there is no
    /// binding at all), so that the rule applies whatever the listed ones give.
    /// </summary>
    public List<int> Failing(long[] values, BindingTable table, out bool held)
    {
        var failing = new List<int>();
        held = false;
        int next;
        for (next = Run(values, table, 0); next >= 0; next = Run(values, table, (next & ~(Deferred | Held)) + 1))
        {
            held |= (next & Held) != 0;
            failing.Add(next & ~Held);
        }

        held |= next != NoneHeld;
        return failing;
    }
}

/// <summary>A shape-only term: what is computed of which rows when the rule is planned.</summary>
/// <param name="Rows">The rows.</param>
/// <param name="Term">What of them.</param>
internal sealed record ShapeSite(BoundCells Rows, ShapeTerm Term);

/// <summary>The sites each side of one comparison reads.</summary>
internal sealed record ComparisonSides(int[] LeftSingles, int[] LeftSets, int[] RightSingles, int[] RightSets);

/// <summary>What compiled code calls to read a binding's cells; small enough for the JIT to inline.</summary>
internal static class CompiledAccess
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

    /// <summary>How many cells set site <paramref name="site"/> of binding <paramref name="b"/> has (a plain count).</summary>
    internal static long Size(BindingTable table, int b, int site)
    {
        var i = (b * table.SetSites) + site;
        return table.SetStarts[i + 1] - table.SetStarts[i];
    }

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
