using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using GovBudget.Catalog;
using GovBudget.Documents;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Functions;

/// <summary>
/// The built-in functions of the rule language, one entry each. The binder checks calls against it, the interpreter
/// and the compiler run calls through it, and the docs' list of functions is printed from it.
/// </summary>
internal static class FunctionTable
{
    private static readonly MethodInfo AbsMethod = typeof(Math).GetMethod(nameof(Math.Abs), [typeof(long)])!;
    private static readonly MethodInfo MinMethod = typeof(Math).GetMethod(nameof(Math.Min), [typeof(long), typeof(long)])!;
    private static readonly MethodInfo MaxMethod = typeof(Math).GetMethod(nameof(Math.Max), [typeof(long), typeof(long)])!;

    /// <summary>Every function, in the order the docs list them.</summary>
    public static IReadOnlyList<FunctionEntry> All { get; } =
    [
        new(BuiltinFunction.Sum, "sum", "sum(x, …)", "the total of numbers and sets of rows; an absent row counts as zero",
            [ParameterKind.NumbersOrRows], BoundType.Number, Sum, (e, call) => Aggregate(e, call, SetAggregate.Sum)) { Variadic = true },
        new(BuiltinFunction.Count, "count", "count(rows)", "how many of the rows are present",
            [ParameterKind.Rows], BoundType.Number, (e, call) => Value.Plain(e.RowCount(RowsOf(call))),
            (e, call) => (e.Shape(RowsOf(call), ShapeTerm.RowCount), false)) { ReadsFigures = false },
        new(BuiltinFunction.Min, "min", "min(x, …)", "the least of numbers and of the cells of sets of rows (0 when there is none)",
            [ParameterKind.NumbersOrRows], BoundType.Number, (e, call) => Extreme(e, call, least: true),
            (e, call) => Aggregate(e, call, SetAggregate.Min)) { Variadic = true },
        new(BuiltinFunction.Max, "max", "max(x, …)", "the greatest of numbers and of the cells of sets of rows (0 when there is none)",
            [ParameterKind.NumbersOrRows], BoundType.Number, (e, call) => Extreme(e, call, least: false),
            (e, call) => Aggregate(e, call, SetAggregate.Max)) { Variadic = true },
        new(BuiltinFunction.Avg, "avg", "avg(x, …)",
            "the mean of numbers and of the cells of sets of rows, a blank cell as zero; with no cell at all the binding does not apply (`row-absent`)",
            [ParameterKind.NumbersOrRows], BoundType.Number, Average, EmitAverage) { Variadic = true },
        new(BuiltinFunction.Abs, "abs", "abs(x)", "the absolute value of x",
            [ParameterKind.Number], BoundType.Number, Abs, EmitAbs),
        new(BuiltinFunction.Round, "round", "round(x, n)", "x rounded to n decimals of the rule table's unit, halves away from zero",
            [ParameterKind.Number, ParameterKind.Digit], BoundType.Number, Round, Emit: null),
        new(BuiltinFunction.Exists, "exists", "exists(rows)",
            "whether a row is present; with a column, `exists(r[一般公共预算财政拨款])`, the table also prints that column",
            [ParameterKind.Rows], BoundType.Boolean, (e, call) => Value.Of(e.Exists(RowsOf(call))),
            (e, call) => (Expression.NotEqual(e.Shape(RowsOf(call), ShapeTerm.RowsExist), Expression.Constant(0L)), false)) { ReadsFigures = false },
        new(BuiltinFunction.Text, "text", "text(\"phrase\", …)",
            "the amount the 情况说明 states right after the phrase; `text(\"支出预算为\", \"支出预算\")`: after the first of several wordings it states",
            [ParameterKind.Phrase], BoundType.Number, (e, call) => e.Narrative([.. call.Arguments.Cast<BoundText>().Select(t => t.Value)]),
            Emit: null) { Variadic = true, ReadsNarrative = true },
        new(BuiltinFunction.Name, "name", "name(row)", "the row's label as printed",
            [ParameterKind.Row], BoundType.Text, Name, Emit: null) { ReadsFigures = false, ReadsRowNames = true },
        new(BuiltinFunction.CommonName, "commonname", "commonname(row)", "the name most tables of the document give the row's code",
            [ParameterKind.Row], BoundType.Text, CommonName, Emit: null) { ReadsFigures = false, ReadsRowNames = true },
        new(BuiltinFunction.Label, "label", "label(row)", "the row's label without ordinals and markers (`九、卫生健康支出` → `卫生健康支出`)",
            [ParameterKind.Row], BoundType.Text, Label, Emit: null) { ReadsFigures = false, ReadsRowNames = true },
        new(BuiltinFunction.CatalogName, "catalogname", "catalogname(row)",
            "the name the built-in classification catalog of the document's year gives the code, else the name the crosswalk between editions gives it that year; a row without a code is matched by name through the crosswalk. A name the crosswalk knows from another edition is reported as such (`旧科目名称（自 2019 年起为“卫生健康支出”）`)",
            [ParameterKind.Row], BoundType.Text, CatalogName, Emit: null) { ReadsFigures = false, ReadsRowNames = true },
        new(BuiltinFunction.Defines, "defines", "defines(\"term\", \"word\", …)",
            "whether the 情况说明 defines the term (`机关运行经费：指…`, to the end of that sentence, as a 名词解释 does) with one of the words in its definition; with the term alone, whether it defines it at all. A definition that is used is quoted among the finding's cells. In a file without a 情况说明 the rule does not apply (`narrative-absent`)",
            [ParameterKind.Phrase], BoundType.Boolean, (e, call) => Value.Of(e.Defines([.. call.Arguments.Cast<BoundText>().Select(t => t.Value)])),
            Emit: null) { Variadic = true, ReadsNarrative = true },
    ];

    // Indexed by the function: every value of BuiltinFunction has exactly one entry, or no rule can be loaded.
    private static readonly FunctionEntry[] ByFunction = Index();

    private static readonly Dictionary<string, FunctionEntry> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The entry of a function of a bound call.</summary>
    public static FunctionEntry Of(BuiltinFunction function) => ByFunction[(int)function];

    /// <summary>The function a rule calls by <paramref name="name"/>, or null when there is none.</summary>
    public static FunctionEntry? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The docs' list of functions: a Markdown table, one line per entry.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder("| function | gives |\n|---|---|\n");
        foreach (var f in All)
        {
            text.Append("| `").Append(f.Usage).Append("` | ").Append(f.Documentation).Append(" |\n");
        }

        return text.ToString();
    }

    private static FunctionEntry[] Index()
    {
        var functions = Enum.GetValues<BuiltinFunction>();
        var entries = new FunctionEntry[functions.Length];
        foreach (var f in All)
        {
            if ((int)f.Function < 0 || (int)f.Function >= entries.Length || entries[(int)f.Function] is not null)
            {
                throw new InvalidOperationException($"the function table has {f.Function} twice or out of range");
            }

            entries[(int)f.Function] = f;
        }

        foreach (var f in functions)
        {
            if ((int)f >= entries.Length || entries[(int)f] is null)
            {
                throw new InvalidOperationException($"the function table has no entry for {f}");
            }
        }

        return entries;
    }

    private static BoundCells RowsOf(BoundCall call) => (BoundCells)call.Arguments[0];

    // ---- semantics (the interpreter) -------------------------------------------------------------------------

    private static Value Sum(IFunctionInterpreter e, BoundCall call)
    {
        var total = Value.Plain(0m);
        foreach (var a in call.Arguments)
        {
            var v = a.Type == BoundType.Rows ? e.SumCells((BoundCells)a) : e.Evaluate(a);
            (total, v) = e.Align(total, v);
            total = total.Plus(v);
        }

        return total;
    }

    // Each argument's value, and each cell of a set of rows in its place.
    private static List<Value> Terms(IFunctionInterpreter e, BoundCall call)
    {
        var values = new List<Value>();
        foreach (var a in call.Arguments)
        {
            if (a is BoundCells { Type: BoundType.Rows } cells)
            {
                values.AddRange(e.CellValues(cells));
            }
            else
            {
                values.Add(e.Evaluate(a));
            }
        }

        return values;
    }

    private static Value Extreme(IFunctionInterpreter e, BoundCall call, bool least)
    {
        var values = Terms(e, call);
        if (values.Count == 0)
        {
            return Value.Plain(0m);
        }

        var best = values[0];
        foreach (var v in values.Skip(1))
        {
            var (x, y) = e.Align(best, v);
            best = least ? (y.Number < x.Number ? y : x) : (y.Number > x.Number ? y : x);
        }

        return best;
    }

    private static Value Average(IFunctionInterpreter e, BoundCall call)
    {
        var values = Terms(e, call);
        if (values.Count == 0)
        {
            throw e.NotApplicable(NotApplicableReason.RowAbsent, T("NA.AvgNoRows"));
        }

        var total = Value.Plain(0m);
        foreach (var value in values)
        {
            var (t, v) = e.Align(total, value);
            total = t.Plus(v);
        }

        // Exact in decimal; a mean that does not terminate (1/3) keeps 28 digits and its figures' rounding, shared out.
        return total with { Number = total.Number / values.Count, Uncertainty = total.Uncertainty / values.Count };
    }

    private static Value Abs(IFunctionInterpreter e, BoundCall call)
    {
        var v = e.Evaluate(call.Arguments[0]);
        return v with { Number = Math.Abs(v.Number) };
    }

    private static Value Round(IFunctionInterpreter e, BoundCall call)
    {
        var v = e.Evaluate(call.Arguments[0]);
        var digits = (int)((BoundNumber)call.Arguments[1]).Value;
        var factor = v.IsMoney ? e.LiteralFactor : 1m;
        var rounded = Math.Round(v.Number / factor, digits, MidpointRounding.AwayFromZero) * factor;
        return v with { Number = rounded, Uncertainty = 0.5m * Value.Pow10(-digits) * factor, Scale = digits };
    }

    private static Value Name(IFunctionInterpreter e, BoundCall call)
    {
        var cells = RowsOf(call);
        var (table, row) = e.SingleRow(cells);
        if (row is null)
        {
            throw e.NotApplicable(NotApplicableReason.RowAbsent, T("NA.NoRows", table.Title, e.Describe(cells.Rows)));
        }

        e.Trace(table, row);
        return Value.Of(row.Label);
    }

    private static Value CommonName(IFunctionInterpreter e, BoundCall call)
    {
        var (_, row) = e.SingleRow(RowsOf(call));
        return row?.Code is { } code && e.CommonName(code) is { } name
            ? Value.Of(name)
            : throw e.NotApplicable(NotApplicableReason.Other, T("NA.NoCodeName"));
    }

    private static Value Label(IFunctionInterpreter e, BoundCall call)
    {
        var printed = Name(e, call);
        return printed with { Text = NameNormalizer.Label(printed.Text!) };
    }

    // The catalog of the year first; then the crosswalk (210 in a year the built-in catalog does not print it). A row
    // without a code (a 收支总表 line) is matched to the one 类 the catalog gives its name, else the one code the
    // crosswalk gives it in some edition.
    private static Value CatalogName(IFunctionInterpreter e, BoundCall call)
    {
        var (_, row) = e.SingleRow(RowsOf(call));
        var year = e.Year.Year;
        var catalog = ClassificationCatalog.BuiltIn(year);
        if (catalog is null)
        {
            throw e.NotApplicable(NotApplicableReason.CatalogAbsent, T("NA.NoCatalog", year));
        }

        var crosswalk = CodeCrosswalk.BuiltIn;
        var code = row?.Code ?? (row is null ? null : catalog.ClassNamed(row.Label) ?? crosswalk.CodeNamed(row.Label));
        var name = code is not { } c ? null : catalog.TryGetName(c, out var known) ? known : crosswalk.NameIn(c, year);
        return name is null
            ? throw e.NotApplicable(NotApplicableReason.Other, T("NA.NoCodeInCatalog"))
            : Value.Of(name) with { Note = crosswalk.OtherEditionNote(code!.Value, row!.Label, year) };
    }

    // ---- emission (the compiler) -----------------------------------------------------------------------------

    private static (Expression Value, bool Money) EmitAbs(IFunctionEmitter e, BoundCall call)
    {
        var (v, money) = e.Number(call.Arguments[0]);
        return (Expression.Call(AbsMethod, v), money);
    }

    private static (Expression Value, bool Money) Aggregate(IFunctionEmitter e, BoundCall call, SetAggregate aggregate)
    {
        var terms = new List<(Expression Value, bool Money)>();
        foreach (var a in call.Arguments)
        {
            terms.Add(a is BoundCells { Type: BoundType.Rows } set ? (e.Set(set, aggregate), true) : e.Number(a));
        }

        if (aggregate != SetAggregate.Sum && call.Arguments.Any(a => a.Type == BoundType.Rows) && terms.Count > 1)
        {
            throw e.NotCompilable(); // min/max over an empty set among other terms: leave to the interpreter
        }

        var (aligned, money) = Aligned(e, terms);
        var result = aligned[0];
        foreach (var t in aligned.Skip(1))
        {
            result = aggregate switch
            {
                SetAggregate.Sum => Expression.AddChecked(result, t),
                SetAggregate.Min => Expression.Call(MinMethod, result, t),
                _ => Expression.Call(MaxMethod, result, t),
            };
        }

        return (result, money);
    }

    // The total over the number of terms, in fixed point. A binding whose mean is not a whole number of 0.0001
    // units, or that has no term at all, is left to the interpreter, which divides in decimal or finds it does not apply.
    private static (Expression Value, bool Money) EmitAverage(IFunctionEmitter e, BoundCall call)
    {
        var terms = new List<(Expression Value, bool Money)>();
        Expression count = Expression.Constant(0L);
        foreach (var a in call.Arguments)
        {
            if (a is BoundCells { Type: BoundType.Rows } set)
            {
                terms.Add((e.Set(set, SetAggregate.Sum), true));
                count = Expression.AddChecked(count, e.Set(set, SetAggregate.Size));
            }
            else
            {
                terms.Add(e.Number(a));
                count = Expression.AddChecked(count, Expression.Constant(1L));
            }
        }

        var (aligned, money) = Aligned(e, terms);
        var total = e.Hoist(aligned.Skip(1).Aggregate(aligned[0], Expression.AddChecked));
        var n = e.Hoist(count);
        e.DeferUnless(Expression.AndAlso(
            Expression.NotEqual(n, Expression.Constant(0L)),
            Expression.Equal(Expression.Modulo(total, n), Expression.Constant(0L))));
        return (Expression.Divide(total, n), money);
    }

    // Plain numbers among money are in the rule table's unit.
    private static (List<Expression> Values, bool Money) Aligned(IFunctionEmitter e, List<(Expression Value, bool Money)> terms)
    {
        var money = terms.Any(t => t.Money);
        return ([.. terms.Select(t => money && !t.Money ? Expression.MultiplyChecked(t.Value, e.LiteralFactor) : t.Value)], money);
    }
}
