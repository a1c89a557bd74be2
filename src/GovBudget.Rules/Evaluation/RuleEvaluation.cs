using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Parsing;
using GovBudget.Rules.Syntax;

namespace GovBudget.Rules.Evaluation;

/// <summary>
/// The reference interpreter: evaluates one bound rule against one document by walking the bound tree. It defines the
/// semantics that compiled evaluation must reproduce. Not thread-safe; one instance per rule and document.
/// </summary>
internal sealed class RuleEvaluation
{
    private const string NarrativeTable = "情况说明";

    private readonly DocumentIndex index;
    private readonly BoundRule? rule;
    private readonly BudgetTable? ruleTable;
    private readonly object?[] slots;
    private readonly List<FindingCell> trace = [];
    private readonly List<string> missing = [];
    private int contextColumn;
    private Comparison? deciding;
    private bool explainedByRounding;

    public RuleEvaluation(DocumentIndex index, BoundRule rule, BudgetTable? ruleTable)
    {
        this.index = index;
        this.rule = rule;
        this.ruleTable = ruleTable;
        slots = new object?[rule.Slots];
        contextColumn = ruleTable is null ? -1 : DefaultColumn(ruleTable, rule.Column);
    }

    private RuleEvaluation(DocumentIndex index, BudgetTable? table, int column)
    {
        this.index = index;
        ruleTable = table;
        slots = [];
        contextColumn = column;
    }

    /// <summary>When set, collects every cell an error rule's check reads (for coverage analysis).</summary>
    public HashSet<FindingCell>? Dependencies { get; init; }

    private ToleranceSyntax Tolerance => rule?.Tolerance ?? ToleranceSyntax.Exact;

    // A plain number next to money is in the rule table's unit (0.01 means 0.01 万元 in a 万元 table).
    private decimal LiteralFactor => ruleTable?.Unit?.InYuan() ?? 1;

    /// <summary>Whether the rule applies: every table it reads is present, and its column exists.</summary>
    public static bool Applies(BoundRule rule, Disclosure document, out BudgetTable? table) =>
        WhyNotApplicable(rule, document, out table) is null;

    /// <summary>Why the rule does not apply to <paramref name="document"/> (a table or column it reads is absent, or the narrative), or null.</summary>
    public static NotApplicableCheck? WhyNotApplicable(BoundRule rule, Disclosure document, out BudgetTable? table)
    {
        table = rule.Table is null ? null : document.Table(rule.Table);
        if (rule.Tables.FirstOrDefault(k => document.Table(k) is null) is { } absent)
        {
            return NotApplicableException.TableAbsent(absent).For(rule.Id);
        }

        if (rule.ReadsNarrative && document.Narrative.IsEmpty)
        {
            return new NotApplicableCheck(rule.Id, NotApplicableReason.NarrativeAbsent, "文件没有情况说明");
        }

        return table is null || rule.Column is null || table.ColumnIndex(rule.Column) >= 0
            ? null
            : new NotApplicableCheck(rule.Id, NotApplicableReason.ColumnAbsent,
                $"《{table.Title}》没有“{rule.Column}”列（表中的列：{string.Join("、", table.Columns.Select(c => c.Name))}）");
    }

    /// <summary>Evaluates a bare expression (govbudget eval): the value in the table's unit, or true/false.</summary>
    public static string EvaluateExpression(Disclosure document, BoundExpr expr, BudgetTable? table, string? column)
    {
        var column_ = table is null ? -1 : DefaultColumn(table, column);
        if (table is not null && column is not null && column_ < 0)
        {
            throw new NotApplicableException(NotApplicableReason.ColumnAbsent, $"《{table.Title}》没有“{column}”列（表中的列：{string.Join("、", table.Columns.Select(c => c.Name))}）");
        }

        var e = new RuleEvaluation(new DocumentIndex(document), table, column_);
        var v = e.Eval(expr);
        // Money is shown in the context table's unit, or without one in the unit of the first table the expression reads.
        var factor = table is null && FirstTable(expr) is { } kind && document.Table(kind)?.Unit is { } unit
            ? unit.InYuan()
            : e.LiteralFactor;
        return v.Kind switch
        {
            ValueKind.Boolean => v.Boolean ? "true" : "false",
            ValueKind.Text => v.Text!,
            _ => FormatScaled(v.IsMoney ? v.Number / factor : v.Number, v.Scale),
        };
    }

    private static TableKind? FirstTable(BoundExpr expr) => expr switch
    {
        BoundCells { Table: { } kind } => kind,
        BoundCall c => c.Arguments.Select(FirstTable).FirstOrDefault(k => k is not null),
        BoundUnary u => FirstTable(u.Operand),
        BoundBinary b => FirstTable(b.Left) ?? FirstTable(b.Right),
        BoundIf i => FirstTable(i.Then) ?? FirstTable(i.Else),
        _ => null,
    };

    /// <summary>Runs every binding; returns the findings and whether any binding applied.</summary>
    public List<Finding> Run(out bool anyApplicable)
    {
        var findings = new List<Finding>();
        var applicable = false;
        bindings = 0;
        foreach (var _ in Bindings())
        {
            if (CheckBinding() is { } finding)
            {
                findings.Add(finding);
            }

            applicable |= !lastNotApplicable;
            bindings++;
        }

        anyApplicable = applicable || bindings == 0;
        return findings;
    }

    /// <summary>Why the first binding that could not be decided was not, or null (after <see cref="Run"/>).</summary>
    public NotApplicableException? FirstNotApplicable { get; private set; }

    /// <summary>
    /// Sets the variables to each binding of the quantifiers in turn (outermost first), yielding its index. The
    /// bindings depend only on the document's shape, never on its figures: the compiler plans with this same code.
    /// </summary>
    internal IEnumerable<int> Bindings()
    {
        var count = 0;
        assignments = 0;
        foreach (var _ in Iterate(0))
        {
            yield return count++;
        }
    }

    // Every value given to a variable counts, so that inner quantifiers that bind nothing still cannot make the outer
    // ones run unbounded.
    private int assignments;

    private void CountAssignment()
    {
        if (++assignments > RuleLimitException.MaxBindings)
        {
            throw new RuleLimitException(new RuleDiagnostic(rule!.Syntax.Quantifiers.FirstOrDefault()?.Span ?? rule.Syntax.Span,
                $"rule {rule.Id}: its for each quantifiers bind more than {RuleLimitException.MaxBindings:N0} values on this document; expected fewer nested quantifiers or a narrower set"));
        }
    }

    private IEnumerable<int> Iterate(int depth)
    {
        if (depth == rule!.Quantifiers.Count)
        {
            yield return 0;
            yield break;
        }

        var q = rule.Quantifiers[depth];
        switch (q.Kind)
        {
            case QuantifierKind.Codes:
            {
                var table = TableOf(q.Rows!.Table);
                foreach (var row in ResolveRows(q.Rows.Rows, table).ToList())
                {
                    CountAssignment();
                    slots[q.Slot] = new RowBinding(table, row);
                    foreach (var leaf in Iterate(depth + 1))
                    {
                        yield return leaf;
                    }
                }

                break;
            }

            case QuantifierKind.Rows:
                foreach (var row in ruleTable!.Rows.Where(r => q.Side == TableSide.None || r.Side == q.Side))
                {
                    CountAssignment();
                    slots[q.Slot] = new RowBinding(ruleTable, row);
                    foreach (var leaf in Iterate(depth + 1))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
            {
                var saved = contextColumn;
                var columns = q.Columns.Count == 0
                    ? Enumerable.Range(0, ruleTable!.Columns.Length).Where(i => ruleTable.Columns[i].Type == ColumnType.Amount)
                    : q.Columns.Select(n => ruleTable!.ColumnIndex(n)).Where(i => i >= 0);
                columns = columns.Where(i => q.Side == TableSide.None || ruleTable!.Columns[i].Side == q.Side);
                foreach (var c in columns.ToList())
                {
                    CountAssignment();
                    slots[q.Slot] = c;
                    contextColumn = c;
                    foreach (var leaf in Iterate(depth + 1))
                    {
                        yield return leaf;
                    }
                }

                contextColumn = saved;
                break;
            }
        }
    }

    /// <summary>For planning: the cells a reference reads under the current binding (table, row, column index or -1).</summary>
    internal List<(BudgetTable Table, TableRow Row, int Column)> ResolveCells(BoundCells cells)
    {
        var table = TableOf(cells.Table);
        return [.. ResolveRows(cells.Rows, table).Select(r => (table, r, ColumnIndex(table, r.Side, cells.Column)))];
    }

    /// <summary>
    /// Whether any of the rows is present and, when the reference names a column, the table prints that column:
    /// <c>exists(r[一般公共预算财政拨款])</c> is false in a 三公 table laid out by item rather than by fund.
    /// </summary>
    internal bool Exists(BoundCells cells)
    {
        var table = TableOf(cells.Table);
        return ResolveRows(cells.Rows, table).Any(r => cells.Column.Name is null || ColumnIndex(table, r.Side, cells.Column) >= 0);
    }

    /// <summary>For planning: the table a reference reads.</summary>
    internal BudgetTable ResolveTable(BoundCells cells) => TableOf(cells.Table);

    /// <summary>The unit factor (元 per unit) of the rule's table, which plain numbers take.</summary>
    internal decimal LiteralUnit => LiteralFactor;

    private bool lastNotApplicable;
    private int reads;
    private int absentColumnReads;

    private static bool AllAbsent(int readCount, int absentCount) => readCount > 0 && absentCount == readCount;
    private int bindings;

    private Finding? CheckBinding()
    {
        trace.Clear();
        missing.Clear();
        deciding = null;
        explainedByRounding = false;
        lastNotApplicable = false;
        try
        {
            if (rule!.Where is { } where)
            {
                var pass = Eval(where);
                if (!pass.Boolean)
                {
                    return null; // filtered out: the binding applies and passes
                }

                trace.Clear();
                missing.Clear();
                deciding = null;
                explainedByRounding = false;
            }

            var result = Eval(rule.Check);
            if (Dependencies is not null && rule.Severity == Severity.Error)
            {
                Dependencies.UnionWith(trace);
            }

            if (result.Boolean && !explainedByRounding)
            {
                return null;
            }

            var severity = result.Boolean
                ? (Severity)Math.Min((int)rule.Severity, (int)Severity.Warning)
                : rule.Severity;
            return MakeFinding(severity, roundingOnly: result.Boolean);
        }
        catch (NotApplicableException e)
        {
            lastNotApplicable = true;
            FirstNotApplicable ??= e;
            return null;
        }
    }

    private Finding MakeFinding(Severity severity, bool roundingOnly)
    {
        var money = deciding?.Money ?? true;
        var factor = money ? LiteralFactor : 1m;
        decimal? actual = null, expected = null, difference = null;
        string? actualText = null, expectedText = null;
        if (deciding is { } d)
        {
            if (d.LeftText is not null || d.RightText is not null)
            {
                actualText = d.LeftText;
                expectedText = d.RightText;
            }
            else
            {
                actual = d.Left / factor;
                expected = d.Right / factor;
                difference = (d.Left - d.Right) / factor;
            }
        }

        var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in rule!.Quantifiers)
        {
            bindings[q.Name] = slots[q.Slot] switch
            {
                RowBinding r => r.Row.Key,
                int c => ruleTable!.Columns[c].Name,
                _ => string.Empty,
            };
        }

        var unit = money ? ruleTable?.Unit?.Symbol() ?? string.Empty : string.Empty;
        var message = BuildMessage(actual, expected, difference, actualText, expectedText, bindings, unit, roundingOnly);
        return new Finding(
            rule.Id,
            severity,
            rule.Title,
            message,
            ruleTable?.Kind.CanonicalName,
            ruleTable?.Title,
            trace.Distinct().ToList(),
            expected,
            actual,
            difference,
            expectedText,
            actualText,
            missing.Distinct().ToList(),
            bindings,
            roundingOnly,
            rule.Syntax.Span);
    }

    // What a failed comparison should have been: an identity that fails is "A ≠ B"; an inequality says which way.
    private static string Relation(BinaryOperator op) => op switch
    {
        BinaryOperator.LessOrEqual => "应不大于",
        BinaryOperator.Less => "应小于",
        BinaryOperator.GreaterOrEqual => "应不小于",
        BinaryOperator.Greater => "应大于",
        BinaryOperator.NotEqual => "应不等于",
        _ => "≠",
    };

    private string BuildMessage(
        decimal? actual, decimal? expected, decimal? difference, string? actualText, string? expectedText,
        Dictionary<string, string> bindings, string unit, bool roundingOnly)
    {
        var subject = string.Join(" ", rule!.Quantifiers.Select(q => slots[q.Slot] switch
        {
            RowBinding r => r.Row.ToString(),
            int c => $"[{ruleTable!.Columns[c].Name}]",
            _ => string.Empty,
        }));
        if (rule.Syntax.Message is { } template)
        {
            var b = new StringBuilder(template);
            b.Replace("{actual}", actualText ?? Format(actual))
                .Replace("{expected}", expectedText ?? Format(expected))
                .Replace("{difference}", Format(difference))
                .Replace("{unit}", unit)
                .Replace("{table}", ruleTable?.Title ?? string.Empty)
                .Replace("{subject}", subject);
            foreach (var (name, value) in bindings)
            {
                b.Replace("{" + name + "}", value);
            }

            return b.ToString() + (roundingOnly ? "（差额在舍位误差以内，未做舍位平衡）" : string.Empty);
        }

        var where = subject.Length == 0 ? string.Empty : $"（{subject}）";
        if (actualText is not null || expectedText is not null)
        {
            return $"{rule.Title}{where}：名称为“{actualText}”，应为“{expectedText}”";
        }

        if (actual is null)
        {
            return $"{rule.Title}{where}：条件不成立";
        }

        var tail = roundingOnly ? "，差额在舍位误差以内（未做舍位平衡）" : string.Empty;
        return $"{rule.Title}{where}：{Format(actual)} {Relation(deciding?.Operator ?? BinaryOperator.Equal)} {Format(expected)}{unit}，差额 {Format(difference)}{unit}{tail}";
    }

    // At least the decimals the figures were printed with: 63994.00 stays 63994.00.
    private static string FormatScaled(decimal value, int scale)
    {
        var normal = value / 1.0000000000000000000000000000m;
        return normal.Scale >= scale ? normal.ToString(CultureInfo.InvariantCulture) : value.ToString("F" + scale, CultureInfo.InvariantCulture);
    }

    private static string Format(decimal? value) =>
        value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "—";

    // ---- expressions -----------------------------------------------------------------------------------------

    private Value Eval(BoundExpr expr)
    {
        switch (expr)
        {
            case BoundNumber n:
                return Value.Plain(n.Value);
            case BoundBoolean b:
                return Value.Of(b.Value);
            case BoundText t:
                return Value.Of(t.Value);
            case BoundCells c:
                return ReadSingle(c);
            case BoundCall call:
                return Call(call);
            case BoundUnary u:
            {
                var v = Eval(u.Operand);
                return u.Operator == UnaryOperator.Not ? Value.Of(!v.Boolean) : v with { Number = -v.Number };
            }

            case BoundIf i:
                return Eval(i.Condition).Boolean ? Eval(i.Then) : Eval(i.Else);
            case BoundBinary b:
                return Binary(b);
            default:
                throw new InvalidOperationException($"unknown bound node {expr.GetType().Name}");
        }
    }

    private Value Binary(BoundBinary b)
    {
        if (b.Operator == BinaryOperator.And)
        {
            return Eval(b.Left).Boolean ? Eval(b.Right) : Value.Of(false);
        }

        if (b.Operator == BinaryOperator.Or)
        {
            return Eval(b.Left).Boolean ? Value.Of(true) : Eval(b.Right);
        }

        var (readsBefore, absentBefore) = (reads, absentColumnReads);
        var left = Eval(b.Left);
        var (readsLeft, absentLeft) = (reads, absentColumnReads);
        var right = Eval(b.Right);
        if (b.Operator is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual
            && (AllAbsent(readsLeft - readsBefore, absentLeft - absentBefore) || AllAbsent(reads - readsLeft, absentColumnReads - absentLeft)))
        {
            // Every cell one side reads is in a column the table does not print (a procurement table with only a 总计
            // column, a 基本支出表 without 人员经费): there is nothing to compare with, which is not a zero.
            throw new NotApplicableException(NotApplicableReason.ColumnAbsent, $"比较的一边只读到表中没有印出的列（{string.Join("、", missing.Distinct())}）");
        }

        if (left.Kind == ValueKind.Text || right.Kind == ValueKind.Text)
        {
            var same = string.Equals(NameNormalizer.Basic(left.Text ?? string.Empty), NameNormalizer.Basic(right.Text ?? string.Empty), StringComparison.Ordinal);
            var holds = b.Operator == BinaryOperator.Equal ? same : !same;
            Decide(new Comparison(0, 0, left.Text, right.Text) { Failed = !holds });
            return Value.Of(holds);
        }

        if (left.Kind == ValueKind.Boolean)
        {
            return Value.Of(b.Operator == BinaryOperator.Equal ? left.Boolean == right.Boolean : left.Boolean != right.Boolean);
        }

        if (b.Operator is not (BinaryOperator.Multiply or BinaryOperator.Divide))
        {
            (left, right) = Align(left, right); // a count times a price is money; only sums and comparisons mix units
        }

        switch (b.Operator)
        {
            case BinaryOperator.Add:
                return left with { Number = left.Number + right.Number, Uncertainty = left.Uncertainty + right.Uncertainty, IsMoney = left.IsMoney || right.IsMoney, Scale = Math.Max(left.Scale, right.Scale), Steps = Value.Combine(left.Steps, right.Steps) };
            case BinaryOperator.Subtract:
                return left with { Number = left.Number - right.Number, Uncertainty = left.Uncertainty + right.Uncertainty, IsMoney = left.IsMoney || right.IsMoney, Scale = Math.Max(left.Scale, right.Scale), Steps = Value.Combine(left.Steps, right.Steps) };
            case BinaryOperator.Multiply:
            {
                var u = (Math.Abs(left.Number) * right.Uncertainty) + (Math.Abs(right.Number) * left.Uncertainty) + (left.Uncertainty * right.Uncertainty);
                return new Value(ValueKind.Number, left.Number * right.Number, u, left.IsMoney ^ right.IsMoney, false, null) { Scale = left.Scale + right.Scale };
            }

            case BinaryOperator.Divide:
            {
                if (right.Number == 0m)
                {
                    throw new NotApplicableException(NotApplicableReason.DivisionByZero, "除数为 0，无从计算");
                }

                var q = left.Number / right.Number;
                var u = ((Math.Abs(left.Number) * right.Uncertainty) + (Math.Abs(right.Number) * left.Uncertainty)) / (right.Number * right.Number);
                return new Value(ValueKind.Number, q, u, left.IsMoney && !right.IsMoney, false, null);
            }

            default:
                return Value.Of(Compare(b.Operator, left, right));
        }
    }

    // A plain number added to or compared with money is in the rule table's unit.
    private (Value, Value) Align(Value left, Value right)
    {
        if (left.IsMoney && !right.IsMoney)
        {
            right = right with { Number = right.Number * LiteralFactor, Uncertainty = right.Uncertainty * LiteralFactor, IsMoney = true };
        }
        else if (right.IsMoney && !left.IsMoney)
        {
            left = left with { Number = left.Number * LiteralFactor, Uncertainty = left.Uncertainty * LiteralFactor, IsMoney = true };
        }

        return (left, right);
    }

    private bool Compare(BinaryOperator op, Value left, Value right)
    {
        var diff = left.Number - right.Number;
        var slack = Tolerance.Mode switch
        {
            ToleranceMode.Absolute => Tolerance.Amount * LiteralFactor,
            ToleranceMode.Rounding => left.Uncertainty + right.Uncertainty,
            _ => 0m,
        };
        bool exact = op switch
        {
            BinaryOperator.Equal => diff == 0,
            BinaryOperator.NotEqual => diff != 0,
            BinaryOperator.Less => diff < 0,
            BinaryOperator.LessOrEqual => diff <= 0,
            BinaryOperator.Greater => diff > 0,
            _ => diff >= 0,
        };
        bool within = op switch
        {
            BinaryOperator.Equal => Math.Abs(diff) <= slack,
            BinaryOperator.NotEqual => Math.Abs(diff) > slack,
            BinaryOperator.Less => diff < slack,
            BinaryOperator.LessOrEqual => diff <= slack,
            BinaryOperator.Greater => diff > -slack,
            _ => diff >= -slack,
        };
        var holds = exact || within;
        if (holds && !exact && Tolerance.Mode == ToleranceMode.Rounding)
        {
            // A figure restated at a coarser precision (87.71 万元 for 877,080 元) is rounded correctly when the difference
            // is within its own half-step: that passes. Any other difference rounding explains means 舍位平衡 was not
            // applied: a warning.
            var restated = Restates(left, right, diff) || Restates(right, left, diff);
            explainedByRounding |= !restated;
        }

        Decide(new Comparison(left.Number, right.Number, null, null) { Failed = !holds, Explained = holds && !exact, Operator = op, Money = left.IsMoney || right.IsMoney });
        return holds;
    }

    private static bool Restates(Value coarse, Value fine, decimal diff) =>
        coarse.Steps is { } c && c.Min == c.Max && fine.Steps is { } f && c.Min > f.Max && Math.Abs(diff) <= c.Min;

    // The comparison a finding reports: the first that failed, else the first only rounding explains, else the first.
    private void Decide(Comparison c)
    {
        if (deciding is null || (!deciding.Failed && (c.Failed || (c.Explained && !deciding.Explained))))
        {
            deciding = c;
        }
    }

    private Value Call(BoundCall call)
    {
        switch (call.Function)
        {
            case BuiltinFunction.Sum:
            {
                var total = Value.Plain(0m);
                foreach (var a in call.Arguments)
                {
                    var v = a.Type == BoundType.Rows ? SumRows((BoundCells)a) : Eval(a);
                    (total, v) = Align(total, v);
                    total = total with { Number = total.Number + v.Number, Uncertainty = total.Uncertainty + v.Uncertainty, IsMoney = total.IsMoney || v.IsMoney, Scale = Math.Max(total.Scale, v.Scale), Steps = Value.Combine(total.Steps, v.Steps) };
                }

                return total;
            }

            case BuiltinFunction.Min or BuiltinFunction.Max:
            {
                var values = new List<Value>();
                foreach (var a in call.Arguments)
                {
                    if (a is BoundCells { Type: BoundType.Rows } cells)
                    {
                        var table = TableOf(cells.Table);
                        values.AddRange(ResolveRows(cells.Rows, table).Select(r => ReadCell(table, r, cells.Column)));
                    }
                    else
                    {
                        values.Add(Eval(a));
                    }
                }

                if (values.Count == 0)
                {
                    return Value.Plain(0m);
                }

                var best = values[0];
                foreach (var v in values.Skip(1))
                {
                    var (x, y) = Align(best, v);
                    best = call.Function == BuiltinFunction.Min ? (y.Number < x.Number ? y : x) : (y.Number > x.Number ? y : x);
                }

                return best;
            }

            case BuiltinFunction.Count:
            {
                var cells = (BoundCells)call.Arguments[0];
                return Value.Plain(ResolveRows(cells.Rows, TableOf(cells.Table)).Count());
            }

            case BuiltinFunction.Exists:
                return Value.Of(Exists((BoundCells)call.Arguments[0]));

            case BuiltinFunction.Abs:
            {
                var v = Eval(call.Arguments[0]);
                return v with { Number = Math.Abs(v.Number) };
            }

            case BuiltinFunction.Round:
            {
                var v = Eval(call.Arguments[0]);
                var digits = (int)((BoundNumber)call.Arguments[1]).Value;
                var factor = v.IsMoney ? LiteralFactor : 1m;
                var rounded = Math.Round(v.Number / factor, digits, MidpointRounding.AwayFromZero) * factor;
                return v with { Number = rounded, Uncertainty = 0.5m * Pow10(-digits) * factor, Scale = digits };
            }

            case BuiltinFunction.Text:
                return NarrativeValue([.. call.Arguments.Cast<BoundText>().Select(t => t.Value)]);
            case BuiltinFunction.Name:
            {
                var (table, row) = SingleRow((BoundCells)call.Arguments[0]);
                if (row is null)
                {
                    throw new NotApplicableException(NotApplicableReason.RowAbsent, $"《{table.Title}》没有 {Describe(((BoundCells)call.Arguments[0]).Rows)} 行");
                }

                Trace(table, row, null, null);
                return Value.Of(row.Label);
            }

            case BuiltinFunction.CommonName:
            {
                var (_, row) = SingleRow((BoundCells)call.Arguments[0]);
                return row?.Code is { } code && index.CommonName(code) is { } name
                    ? Value.Of(name)
                    : throw new NotApplicableException(NotApplicableReason.Other, "该行没有科目编码，或编码没有通用名称");
            }

            default: // catalogname
            {
                var (_, row) = SingleRow((BoundCells)call.Arguments[0]);
                var catalog = ClassificationCatalog.BuiltIn(index.Document.Year.Year);
                return row?.Code is { } code && catalog is not null && catalog.TryGetName(code, out var name)
                    ? Value.Of(name)
                    : throw new NotApplicableException(catalog is null ? NotApplicableReason.CatalogAbsent : NotApplicableReason.Other,
                        catalog is null ? $"科目目录没有 {index.Document.Year.Year} 年的版本" : "该行没有科目编码，或目录中没有该编码");
            }
        }
    }

    private Value NarrativeValue(IReadOnlyList<string> phrases)
    {
        var figure = phrases.Select(index.Narrative.Find).FirstOrDefault(f => f is not null)
            ?? throw new NotApplicableException(NotApplicableReason.PhraseAbsent, $"情况说明没有在{string.Join("或", phrases.Select(p => $"“{p}”"))}之后写出金额");
        var factor = figure.Unit.InYuan();
        trace.Add(new FindingCell(NarrativeTable, figure.Section.ToString(), figure.Section.Number ?? figure.Section.Title, figure.Sentence, null,
            figure.Value, figure.Unit.Symbol(), figure.Section.Line, figure.Page));
        var step = 0.5m * Pow10(-figure.Decimals) * factor;
        return Value.Money(figure.Value * factor, step, figure.Decimals) with { Steps = (step, step) };
    }

    private Value SumRows(BoundCells cells)
    {
        var table = TableOf(cells.Table);
        var total = Value.Money(0m, 0m);
        foreach (var row in ResolveRows(cells.Rows, table))
        {
            var v = ReadCell(table, row, cells.Column);
            total = total with { Number = total.Number + v.Number, Uncertainty = total.Uncertainty + v.Uncertainty, Scale = Math.Max(total.Scale, v.Scale), Steps = Value.Combine(total.Steps, v.Steps) };
        }

        return total;
    }

    private Value ReadSingle(BoundCells cells)
    {
        var (table, row) = SingleRow(cells);
        if (row is null && cells.Rows is LabelRows label && !table.IsEmpty)
        {
            // A row named by its label that this table does not print (regional variants name their totals
            // differently): the binding cannot be decided, which is not the same as a zero. An empty table
            // (空表列示) prints no rows at all, and its figures are all zero.
            throw new NotApplicableException(NotApplicableReason.RowAbsent, $"《{table.Title}》没有“{label.Printed}”行");
        }

        if (row is null)
        {
            missing.Add(Describe(cells.Rows));
            return Value.Money(0m, 0m);
        }

        return ReadCell(table, row, cells.Column);
    }

    private (BudgetTable Table, TableRow? Row) SingleRow(BoundCells cells)
    {
        var table = TableOf(cells.Table);
        return (table, ResolveRows(cells.Rows, table).FirstOrDefault());
    }

    private Value ReadCell(BudgetTable table, TableRow row, BoundColumn column)
    {
        var c = ColumnIndex(table, row.Side, column);
        reads++;
        if (c < 0)
        {
            absentColumnReads++;
            missing.Add($"{row.Key}[{column.Name}]");
            return Value.Money(0m, 0m);
        }

        var cell = row.Cells[c];
        var col = table.Columns[c];
        var factor = col.Type == ColumnType.Amount ? table.Unit?.InYuan() ?? 1 : 1;
        Trace(table, row, c, cell.Number?.ToDecimal());
        if (cell.Number is not { } amount)
        {
            return col.Type == ColumnType.Amount ? Value.Money(0m, 0m) : Value.Plain(0m);
        }

        var value = amount.ToDecimal() * factor;
        if (col.Type != ColumnType.Amount)
        {
            return Value.Plain(value, 0m, amount.Scale); // a count (数量) is exact, not a rounded figure
        }

        var step = 0.5m * Pow10(-amount.Scale) * factor;
        return Value.Money(value, step, amount.Scale) with { Steps = (step, step) };
    }

    private void Trace(BudgetTable table, TableRow row, int? column, decimal? value) => trace.Add(FindingCell.Of(table, row, column, value));

    private int ColumnIndex(BudgetTable table, TableSide side, BoundColumn column)
    {
        if (column.Slot >= 0)
        {
            var c = (int)slots[column.Slot]!;
            return table == ruleTable ? c : table.ColumnIndex(ruleTable!.Columns[c].Name, side);
        }

        if (column.Name is { } name)
        {
            return table.ColumnIndex(name, side);
        }

        if (table == ruleTable && contextColumn >= 0)
        {
            var context = ruleTable.Columns[contextColumn];
            return context.Side == side || side == TableSide.None || context.Side == TableSide.None
                ? contextColumn
                : table.ColumnIndex(context.Name, side);
        }

        if (ruleTable is not null && contextColumn >= 0 && table.ColumnIndex(ruleTable.Columns[contextColumn].Name, side) is >= 0 and var same)
        {
            return same;
        }

        return FirstAmountColumn(table, side);
    }

    private static int FirstAmountColumn(BudgetTable table, TableSide side)
    {
        for (var i = 0; i < table.Columns.Length; i++)
        {
            if (table.Columns[i].Type == ColumnType.Amount && (side == TableSide.None || table.Columns[i].Side == side))
            {
                return i;
            }
        }

        return -1;
    }

    private static int DefaultColumn(BudgetTable table, string? column) =>
        column is null ? FirstAmountColumn(table, TableSide.None) : table.ColumnIndex(column);

    private BudgetTable TableOf(TableKind? kind) =>
        kind is null ? ruleTable ?? throw new NotApplicableException(NotApplicableReason.TableAbsent, "规则没有指定表")
        : index.Document.Table(kind) ?? throw NotApplicableException.TableAbsent(kind);

    private IEnumerable<TableRow> ResolveRows(BoundRows rows, BudgetTable table)
    {
        var t = index.For(table);
        switch (rows)
        {
            case CodeRows c:
                return t.ByCode(c.Code) is { } row ? [row] : [];
            case PatternRows p:
                return t.Coded.Where(r => p.Matches(r.Code!.Value));
            case RangeRows r:
                return t.Coded.Where(x => r.Matches(x.Code!.Value));
            case LevelRows l:
                return l.Level is { } level ? t.Coded.Where(x => x.Code!.Value.Level == level) : t.Coded;
            case LabelRows l:
                return t.ByLabel(l.Label, l.Side) is { } labelled ? [labelled] : [];
            case ItemRows i:
                return t.Items(i.Side);
            case SubtotalRows:
                return t.Subtotals;
            case HeadingRows:
                return t.Headings;
            case MemberRows m:
            {
                var heads = m.Of is VariableRows or CodeRows or LabelRows ? ResolveRows(m.Of, table).Take(1).ToList() : [];
                return heads.Count == 1 ? t.Members(heads[0]) : [];
            }
            case VariableRows v:
            {
                var binding = (RowBinding)slots[v.Slot]!;
                if (binding.Table == table)
                {
                    return [binding.Row];
                }

                // The same code in the other table; where that table prints no codes (收支总表), the same name,
                // trying the name the document's tables agree on when this table misnames the row.
                var side = table.Kind.IsTwoSided ? binding.Row.Side : TableSide.None;
                var found = binding.Row.Code is { } code && t.Coded.Count > 0
                    ? t.ByCode(code)
                    : t.ByLabel(NameNormalizer.Label(binding.Row.Label), side)
                        ?? (binding.Row.Code is { } c && index.CommonName(c) is { } common ? t.ByLabel(NameNormalizer.Label(common), side) : null);
                return found is null ? [] : [found];
            }

            case ChildRows ch:
            {
                var parent = CodeOf(ch.Of, table);
                return parent is { } p ? t.Coded.Where(x => x.Code!.Value.IsChildOf(p)) : [];
            }

            case ParentRows pr:
            {
                var child = CodeOf(pr.Of, table);
                return child?.Parent is { } p && t.ByCode(p) is { } parentRow ? [parentRow] : [];
            }

            default:
                return [];
        }
    }

    private ClassificationCode? CodeOf(BoundRows rows, BudgetTable table) => rows switch
    {
        CodeRows c => c.Code,
        VariableRows v => ((RowBinding)slots[v.Slot]!).Row.Code,
        ParentRows p => CodeOf(p.Of, table)?.Parent,
        _ => ResolveRows(rows, table).FirstOrDefault()?.Code,
    };

    private string Describe(BoundRows rows) => rows switch
    {
        CodeRows c => c.Code.ToString(),
        LabelRows l => l.Printed,
        VariableRows v => slots[v.Slot] is RowBinding r ? r.Row.Key : v.Name,
        ParentRows p => $"parent({Describe(p.Of)})",
        _ => rows.ToString() ?? string.Empty,
    };

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10m : result * 10m;
        }

        return result;
    }

    private sealed record RowBinding(BudgetTable Table, TableRow Row);

    private sealed record Comparison(decimal Left, decimal Right, string? LeftText, string? RightText)
    {
        public BinaryOperator Operator { get; init; } = BinaryOperator.Equal;

        public bool Failed { get; init; }

        public bool Explained { get; init; }

        /// <summary>Whether the sides are amounts (in 元); a count (count(30xxx) == 1.0) is shown as it is, without a unit.</summary>
        public bool Money { get; init; } = true;
    }
}
