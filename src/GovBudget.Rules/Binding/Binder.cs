using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Syntax;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Binding;

/// <summary>
/// Checks a parsed rule against the language and the domain: table, column and function names, code lengths and
/// ranges, variables, and types. Every problem becomes a diagnostic with file, line and column.
/// </summary>
internal sealed class Binder
{
    private static readonly Dictionary<string, CodeLevel?> Levels = new(StringComparer.Ordinal)
    {
        ["类"] = CodeLevel.Class,
        ["款"] = CodeLevel.Section,
        ["项"] = CodeLevel.Item,
        ["codes"] = null,
    };

    private const string Subtotals = "subtotals";
    private const string Headings = "headings";

    private static readonly string[] RowFunctions = ["children", "parent", "items", "members"];

    private readonly List<RuleDiagnostic> diagnostics;
    private readonly Dictionary<string, (int Slot, QuantifierKind Kind)> variables = new(StringComparer.Ordinal);
    private readonly HashSet<TableKind> tables = [];
    private TableKind? ruleTable;
    private bool tableUnresolved;

    // Binding a bare expression (govbudget eval), where the table comes from --table rather than a table clause.
    private bool expressionOnly;

    private Binder(List<RuleDiagnostic> diagnostics) => this.diagnostics = diagnostics;

    /// <summary>The names of the functions, for messages and docs.</summary>
    public static IEnumerable<string> FunctionNames => FunctionTable.All.Select(f => f.Name).Concat(RowFunctions).Order(StringComparer.Ordinal);

    /// <summary>Binds a rule, adding any problem to <paramref name="diagnostics"/>; null when it has problems.</summary>
    public static BoundRule? Bind(RuleSyntax rule, List<RuleDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var before = diagnostics.Count;
        var bound = new Binder(diagnostics).BindRule(rule);
        return diagnostics.Count == before ? bound : null;
    }

    /// <summary>Binds one expression in a table and column context (for <c>govbudget eval</c>).</summary>
    /// <exception cref="RuleLoadException">The expression has problems.</exception>
    public static BoundExpr BindExpression(Expr expr, TableKind? table)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var diagnostics = new List<RuleDiagnostic>();
        var binder = new Binder(diagnostics) { ruleTable = table, expressionOnly = true };
        var bound = binder.BindExpr(expr);
        if (bound.Type == BoundType.Rows)
        {
            binder.Error(expr.Span, T("Bind.SetNoValue"));
        }

        return diagnostics.Count == 0 ? bound : throw new RuleLoadException(diagnostics);
    }

    private BoundRule BindRule(RuleSyntax rule)
    {
        if (rule.Table is { } t)
        {
            ruleTable = ResolveTable(t.Name, t.Span);
            if (ruleTable is not null)
            {
                tables.Add(ruleTable);
            }
            else
            {
                tableUnresolved = true; // reported once; the cells that would need it say nothing more
            }
        }

        string? column = null;
        if (rule.Column is { } c)
        {
            column = ResolveColumn(c.Name, c.Span, c.Quoted);
        }

        var quantifiers = new List<BoundQuantifier>();
        foreach (var q in rule.Quantifiers)
        {
            if (variables.ContainsKey(q.Variable) || Levels.ContainsKey(q.Variable))
            {
                Error(q.Span, T("Bind.NameTaken", q.Variable));
                continue;
            }

            var slot = variables.Count;
            switch (q.Kind)
            {
                case QuantifierKind.Codes:
                    var cells = BindExpr(q.Codes!) as BoundCells;
                    if (cells is not { Type: BoundType.Rows })
                    {
                        Error(q.Codes!.Span, T("Bind.EachNeedsRows", q.Variable));
                        cells = null;
                    }

                    if (ruleTable is null && cells?.Table is null)
                    {
                        Error(q.Span, T("Bind.EachCodesNeedsTable"));
                    }

                    variables[q.Variable] = (slot, QuantifierKind.Codes);
                    quantifiers.Add(new BoundQuantifier(q.Kind, q.Variable, slot, cells, [], TableSide.None));
                    break;
                case QuantifierKind.Rows:
                    if (ruleTable is null)
                    {
                        Error(q.Span, T("Bind.EachRowNeedsTable"));
                    }

                    variables[q.Variable] = (slot, QuantifierKind.Rows);
                    var side = SideOf(q.Side) ?? TableSide.None;
                    quantifiers.Add(new BoundQuantifier(q.Kind, q.Variable, slot, null, [], side));
                    break;
                default:
                    if (ruleTable is null)
                    {
                        Error(q.Span, T("Bind.EachColumnNeedsTable"));
                    }

                    var names = q.Columns.Select(n => ResolveColumn(n.Name, n.Span, n.Quoted) ?? n.Name).ToList();
                    variables[q.Variable] = (slot, QuantifierKind.Columns);
                    var columnSide = SideOf(q.Side) ?? TableSide.None;
                    quantifiers.Add(new BoundQuantifier(q.Kind, q.Variable, slot, null, names, columnSide));
                    break;
            }
        }

        BoundExpr? where = null;
        if (rule.Where is { } w)
        {
            where = BindExpr(w);
            Expect(where, BoundType.Boolean, "where");
        }

        var check = BindExpr(rule.Check);
        Expect(check, BoundType.Boolean, "check");
        if (ruleTable is null && tables.Count == 0 && !tableUnresolved)
        {
            Error(rule.Span, T("Bind.NoTable", rule.Id));
        }

        return new BoundRule(rule, ruleTable, column, rule.Tolerance ?? ToleranceSyntax.Exact, quantifiers, where, check,
            [.. tables], variables.Count);
    }

    private void Expect(BoundExpr e, BoundType type, string where)
    {
        if (e.Type != type)
        {
            Error(e.Span, T("Bind.Needs", where, Describe(type), Describe(e.Type)));
        }
    }

    private BoundExpr BindExpr(Expr expr)
    {
        switch (expr)
        {
            case NumberExpr n:
                return new BoundNumber(n.Value, n.Span);
            case BoolExpr b:
                return new BoundBoolean(b.Value, b.Span);
            case StringExpr s:
                return new BoundText(s.Value, s.Span);
            case CellExpr c:
                return BindCell(c);
            case CallExpr call:
                return BindCall(call);
            case UnaryExpr u:
            {
                var operand = BindExpr(u.Operand);
                var type = u.Operator == UnaryOperator.Not ? BoundType.Boolean : BoundType.Number;
                Expect(operand, type, u.Operator == UnaryOperator.Not ? "not" : "-");
                return new BoundUnary(u.Operator, operand, type, u.Span);
            }

            case BinaryExpr b:
                return BindBinary(b);
            case IfExpr i:
            {
                var condition = BindExpr(i.Condition);
                Expect(condition, BoundType.Boolean, "if");
                var then = BindExpr(i.Then);
                var @else = BindExpr(i.Else);
                if (then.Type != @else.Type)
                {
                    Error(i.Span, T("Bind.IfTypes", Describe(then.Type), Describe(@else.Type)));
                }

                return new BoundIf(condition, then, @else, i.Span);
            }

            default:
                throw new InvalidOperationException($"unknown syntax {expr.GetType().Name}");
        }
    }

    private BoundExpr BindBinary(BinaryExpr b)
    {
        var left = BindExpr(b.Left);
        var right = BindExpr(b.Right);
        switch (b.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                Expect(left, BoundType.Boolean, b.Operator == BinaryOperator.And ? "and" : "or");
                Expect(right, BoundType.Boolean, b.Operator == BinaryOperator.And ? "and" : "or");
                return new BoundBinary(b.Operator, left, right, BoundType.Boolean, b.Span);
            case BinaryOperator.Equal or BinaryOperator.NotEqual:
                if (left.Type == BoundType.Text || right.Type == BoundType.Text)
                {
                    if (left.Type != right.Type)
                    {
                        Error(b.Span, T("Bind.CannotCompare", Describe(left.Type), Describe(right.Type)));
                    }

                    return new BoundBinary(b.Operator, left, right, BoundType.Boolean, b.Span);
                }

                if (left.Type == BoundType.Boolean && right.Type == BoundType.Boolean)
                {
                    return new BoundBinary(b.Operator, left, right, BoundType.Boolean, b.Span);
                }

                ExpectNumber(left, b);
                ExpectNumber(right, b);
                return new BoundBinary(b.Operator, left, right, BoundType.Boolean, b.Span);
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                ExpectNumber(left, b);
                ExpectNumber(right, b);
                return new BoundBinary(b.Operator, left, right, BoundType.Boolean, b.Span);
            default:
                ExpectNumber(left, b);
                ExpectNumber(right, b);
                return new BoundBinary(b.Operator, left, right, BoundType.Number, b.Span);
        }
    }

    private void ExpectNumber(BoundExpr e, BinaryExpr op)
    {
        if (e.Type == BoundType.Rows)
        {
            Error(e.Span, T("Bind.SetNoValue"));
        }
        else if (e.Type != BoundType.Number)
        {
            Error(e.Span, T("Bind.NeedsNumbers", Symbol(op.Operator), Describe(e.Type)));
        }
    }

    private BoundExpr BindCall(CallExpr call)
    {
        if (RowFunctions.Contains(call.Name))
        {
            return BindRowFunction(call);
        }

        if (FunctionTable.Find(call.Name) is not { } function)
        {
            Error(call.Span, T("Bind.UnknownFunction", call.Name, DidYouMean(call.Name, FunctionNames), string.Join(", ", FunctionNames)));
            return new BoundNumber(0m, call.Span);
        }

        var parameters = function.Parameters;
        IReadOnlyList<Expr> raw;
        if (function.Variadic)
        {
            if (call.Arguments.Count < parameters.Count)
            {
                Error(call.Span, T(parameters.Count == 1 ? "Bind.ArgOrMore" : "Bind.ArgsOrMore", call.Name, parameters.Count, call.Arguments.Count));
            }

            raw = call.Arguments;
        }
        else
        {
            raw = Arity(call, parameters.Count);
        }

        var args = new List<BoundExpr>();
        for (var i = 0; i < raw.Count; i++)
        {
            if (BindArgument(function, parameters[Math.Min(i, parameters.Count - 1)], raw[i]) is { } arg)
            {
                args.Add(arg);
            }
        }

        return new BoundCall(function.Function, args, function.Result, call.Span);
    }

    // An argument checked against its parameter's kind; null when it has a problem and cannot stand in the call.
    private BoundExpr? BindArgument(FunctionEntry function, ParameterKind kind, Expr raw)
    {
        var name = function.Name;
        switch (kind)
        {
            case ParameterKind.NumbersOrRows:
            {
                var a = BindExpr(raw);
                if (a.Type is not (BoundType.Number or BoundType.Rows))
                {
                    Error(a.Span, T("Bind.TakesNumbers", name, Describe(a.Type)));
                }

                return a;
            }

            case ParameterKind.Rows:
            {
                var a = BindExpr(raw);
                if (a is not BoundCells)
                {
                    Error(a.Span, T("Bind.TakesRows", name, Describe(a.Type)));
                }

                return a;
            }

            case ParameterKind.Number:
            {
                var a = BindExpr(raw);
                Expect(a, BoundType.Number, name);
                return a;
            }

            case ParameterKind.Row:
            {
                var a = BindExpr(raw);
                if (a is not BoundCells { Type: BoundType.Number })
                {
                    Error(a.Span, T("Bind.TakesOneRow", name, Describe(a.Type)));
                }

                return a;
            }

            case ParameterKind.Digit:
                if (raw is CellExpr { Table: null, Column: null, Row: CodeSelector { Digits: { Length: 1 } d } })
                {
                    return new BoundNumber(d[0] - '0', raw.Span);
                }

                Error(raw.Span, T("Bind.Decimals", name));
                return null;
            case ParameterKind.Phrase:
                // text("支出预算为", "支出预算"): the phrases a template may word the figure with, tried in order.
                if (raw is CellExpr { Table: null, Column: null, Row: LabelSelector { Side: LabelSide.Any } l })
                {
                    return new BoundText(l.Label, raw.Span);
                }

                Error(raw.Span, T("Bind.Phrases", name));
                return null;
            default:
                // Unreachable: FunctionTableTests binds a call of every entry, and so every kind an entry uses.
                throw new InvalidOperationException($"no binding for parameters of kind {kind}");
        }
    }

    private List<Expr> Arity(CallExpr call, int count)
    {
        if (call.Arguments.Count != count)
        {
            Error(call.Span, T(count == 1 ? "Bind.Arg" : "Bind.Args", call.Name, count, call.Arguments.Count));
        }

        return [.. call.Arguments.Take(count)];
    }

    private BoundExpr BindRowFunction(CallExpr call)
    {
        if (call.Name == "items" && call.Arguments.Count == 0)
        {
            return new BoundCells(null, new ItemRows(TableSide.None), BoundColumn.Context, call.Span);
        }

        if (call.Name == "items")
        {
            TableSide? side = call.Arguments is [CellExpr { Table: null, Column: null, Row: NameSelector { Name: var sideName } }]
                ? SideOf(sideName)
                : null;
            if (side is null)
            {
                Error(call.Span, T("Bind.ItemsSide"));
                side = TableSide.Income;
            }

            return new BoundCells(null, new ItemRows(side.Value), BoundColumn.Context, call.Span);
        }

        var args = Arity(call, 1);
        if (args.Count != 1)
        {
            return new BoundNumber(0m, call.Span);
        }

        var inner = BindExpr(args[0]);
        if (inner is not BoundCells { Type: BoundType.Number } cells)
        {
            Error(args[0].Span, T("Bind.TakesOneCode", call.Name, Describe(inner.Type)));
            return new BoundNumber(0m, call.Span);
        }

        BoundRows rows = call.Name switch
        {
            "children" => new ChildRows(cells.Rows),
            "members" => new MemberRows(cells.Rows),
            _ => new ParentRows(cells.Rows),
        };
        if (call.Name == "parent" && cells.Rows is CodeRows { Code.Level: CodeLevel.Class } top)
        {
            Error(args[0].Span, T("Bind.NoParent", top.Code));
        }

        return new BoundCells(cells.Table, rows, cells.Column, call.Span);
    }

    private BoundExpr BindCell(CellExpr c)
    {
        TableKind? table = null;
        if (c.Table is { } name)
        {
            table = ResolveTable(name, c.Span);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        var column = BoundColumn.Context;
        if (c.Column is { } col)
        {
            column = !col.Quoted && variables.TryGetValue(col.Name, out var v) && v.Kind == QuantifierKind.Columns
                ? new BoundColumn(null, v.Slot)
                : new BoundColumn(ResolveColumn(col.Name, col.Span, col.Quoted) ?? col.Name, -1);
        }

        if (table is null && c.Table is null && ruleTable is null && !tableUnresolved)
        {
            Error(c.Span, expressionOnly
                ? T("Bind.NoTableEval")
                : T("Bind.NoTableCell"));
        }

        BoundRows? rows = c.Row switch
        {
            CodeSelector code => BindCode(code.Digits, c.Span),
            PatternSelector p => BindPattern(p.Pattern, c.Span),
            RangeSelector r => BindRange(r, c.Span),
            LabelSelector l => new LabelRows(NameNormalizer.Label(l.Label), l.Label, SyntaxWords.Side(l.Side)),
            NameSelector n => BindName(n.Name, c.Span),
            _ => null,
        };
        // After an error, stand in a single row so that one mistake gives one message.
        return new BoundCells(table, rows ?? new LabelRows(string.Empty, string.Empty, TableSide.None), column, c.Span);
    }

    private BoundRows? BindName(string name, SourceSpan span)
    {
        if (variables.TryGetValue(name, out var v))
        {
            if (v.Kind == QuantifierKind.Columns)
            {
                Error(span, T("Bind.ColumnVariable", name));
                return null;
            }

            return new VariableRows(name, v.Slot);
        }

        if (Levels.TryGetValue(name, out var level))
        {
            return new LevelRows(level);
        }

        if (name == Subtotals)
        {
            return new SubtotalRows();
        }

        if (name == Headings)
        {
            return new HeadingRows();
        }

        Error(span, T("Bind.UnknownName", name));
        return null;
    }

    private CodeRows? BindCode(string digits, SourceSpan span)
    {
        if (digits.Length is not (3 or 5 or 7) || digits[0] is not ('2' or '3' or '5'))
        {
            Error(span, T("Bind.NotCode", digits));
            return null;
        }

        if (!ClassificationCode.TryParse(digits, out var code, out var error))
        {
            Error(span, error);
            return null;
        }

        return new CodeRows(code);
    }

    private PatternRows? BindPattern(string pattern, SourceSpan span)
    {
        if (pattern.Length is not (3 or 5 or 7))
        {
            Error(span, T("Bind.PatternLength", pattern, pattern.Length));
            return null;
        }

        return BindCode(pattern.Replace('x', '0'), span) is null ? null : new PatternRows(pattern);
    }

    private RangeRows? BindRange(RangeSelector r, SourceSpan span)
    {
        if (r.From.Length != r.To.Length)
        {
            Error(span, T("Bind.RangeMixed", r.From, r.To, r.From.Length, r.To.Length));
            return null;
        }

        var from = BindCode(r.From.Replace('x', '0'), span);
        var to = BindCode(r.To.Replace('x', '9'), span);
        if (from is null || to is null)
        {
            return null;
        }

        if (from.Code.Scheme != to.Code.Scheme || from.Code > to.Code)
        {
            Error(span, T("Bind.RangeEmpty", r.From, r.To, from.Code, to.Code));
            return null;
        }

        return new RangeRows(from.Code, to.Code);
    }

    private static string DidYouMean(string typed, IEnumerable<string> known) =>
        Suggestions.Nearest(typed, known) is { } nearest ? T("Bind.DidYouMean", nearest) : string.Empty;

    private TableKind? ResolveTable(string name, SourceSpan span)
    {
        var kind = TableKind.FromName(name) ?? TableKind.FromTitle(name);
        if (kind is null || kind == TableKind.Unrecognised)
        {
            var examples = string.Join(", ", TableKind.All.Where(k => k != TableKind.Unrecognised).Select(k => k.ShortNames.FirstOrDefault() ?? k.CanonicalName).Take(8));
            var names = TableKind.All.Where(k => k != TableKind.Unrecognised).SelectMany(k => k.ShortNames.Concat(k.Aliases).Append(k.CanonicalName));
            Error(span, T("Bind.UnknownTable", name, DidYouMean(name, names), examples));
            return null;
        }

        return kind;
    }

    private string? ResolveColumn(string name, SourceSpan span, bool quoted)
    {
        if (quoted)
        {
            return name;
        }

        if (ColumnNames.IsKnown(name))
        {
            return ColumnNames.Canonical(name);
        }

        Error(span, T("Bind.UnknownColumn", name, DidYouMean(name, ColumnNames.Known)));
        return null;
    }

    private static TableSide? SideOf(string? name) => name switch
    {
        "收入" => TableSide.Income,
        "支出" => TableSide.Expenditure,
        _ => null,
    };

    private static string Describe(BoundType type) => type switch
    {
        BoundType.Number => T("Bind.Type.Number"),
        BoundType.Boolean => T("Bind.Type.Boolean"),
        BoundType.Text => T("Bind.Type.Text"),
        _ => T("Bind.Type.Rows"),
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.And => "and",
        _ => "or",
    };

    private void Error(SourceSpan span, string message) => diagnostics.Add(new RuleDiagnostic(span, message));
}
