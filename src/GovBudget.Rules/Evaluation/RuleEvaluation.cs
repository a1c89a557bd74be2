using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Syntax;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Evaluation;

/// <summary>
/// The reference interpreter: evaluates one bound rule against one document by walking the bound tree. It defines the
/// semantics that compiled evaluation must reproduce. Not thread-safe; one instance per rule and document.
/// </summary>
internal sealed partial class RuleEvaluation
{
    private const string NarrativeTable = NarrativeSection.TableName;

    private readonly DocumentIndex index;
    private readonly BoundRule? rule;
    private readonly BudgetTable? ruleTable;
    private readonly object?[] slots;
    private readonly List<FindingCell> trace = [];

    // The definitions defines() followed in the binding's where: quoted in its finding, as the check's own cells are.
    private readonly List<FindingCell> definitions = [];
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
            return new NotApplicableCheck(rule.Id, NotApplicableReason.NarrativeAbsent, T("NA.NoNarrative"));
        }

        return table is null || rule.Column is null || table.ColumnIndex(rule.Column) >= 0
            ? null
            : new NotApplicableCheck(rule.Id, NotApplicableReason.ColumnAbsent,
                T("NA.NoColumn", table.Title, rule.Column, string.Join(T("NA.List"), table.Columns.Select(c => c.Name))));
    }

    /// <summary>Evaluates a bare expression (govbudget eval): the value in the table's unit, or true/false.</summary>
    public static string EvaluateExpression(Disclosure document, BoundExpr expr, BudgetTable? table, string? column)
    {
        var column_ = table is null ? -1 : DefaultColumn(table, column);
        if (table is not null && column is not null && column_ < 0)
        {
            throw new NotApplicableException(NotApplicableReason.ColumnAbsent, T("NA.NoColumn", table.Title, column, string.Join(T("NA.List"), table.Columns.Select(c => c.Name))));
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

    /// <summary>
    /// Runs every binding, or only the bindings <paramref name="only"/> lists (ascending; the others are known to hold,
    /// and apply); returns the findings and whether any binding applied.
    /// </summary>
    public List<Finding> Run(out bool anyApplicable, IReadOnlyList<int>? only = null)
    {
        var findings = new List<Finding>();
        var applicable = false;
        var next = 0;
        bindings = 0;
        foreach (var b in Bindings())
        {
            if (only is not null)
            {
                if (next >= only.Count || only[next] != b)
                {
                    applicable = true;
                    bindings++;
                    continue;
                }

                next++;
            }

            if (CheckBinding() is { } finding)
            {
                findings.Add(finding);
            }

            applicable |= !lastNotApplicable && !lastFiltered;
            if (!lastNotApplicable && lastFiltered && FirstNotApplicable is null)
            {
                // A binding its where excludes checked nothing: when no binding is checked, the rule did not apply.
                FirstNotApplicable = new NotApplicableException(NotApplicableReason.WhereFalse, T("NA.WhereFalse"));
            }

            bindings++;
        }

        anyApplicable = applicable || bindings == 0;
        return findings;
    }

    /// <summary>
    /// The bindings that fail, or whose evaluation meets a comparison of numbers that does not hold exactly (before any
    /// tolerance): exactly the bindings compiled code must hand to the interpreter as failing. The differential tests
    /// compare the two, so a delegate that fails bindings that hold is caught as surely as one that passes bindings
    /// that fail.
    /// </summary>
    internal List<int> InexactBindings()
    {
        var result = new List<int>();
        foreach (var b in Bindings())
        {
            inexact = false;
            if (CheckBinding() is not null || inexact)
            {
                result.Add(b);
            }
        }

        return result;
    }

    // Whether a comparison of the binding being evaluated did not hold exactly (see InexactBindings).
    private bool inexact;

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
                T("Eval.TooManyBindings", rule.Id, RuleLimitException.MaxBindings)));
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
                    rowGeneration++;
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
                    rowGeneration++;
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
        var result = new List<(BudgetTable, TableRow, int)>();
        ResolveCells(cells, result);
        return result;
    }

    /// <summary>For planning: <see cref="ResolveCells(BoundCells)"/> into <paramref name="into"/> (cleared first), so a planner reuses one list.</summary>
    internal void ResolveCells(BoundCells cells, List<(BudgetTable Table, TableRow Row, int Column)> into)
    {
        into.Clear();
        var table = TableOf(cells.Table);
        var rows = PlannedRows(cells, table);
        // The column depends on the row's side only: looked up once per side, not once per row.
        var side = TableSide.None;
        var column = int.MinValue;
        foreach (var r in rows)
        {
            if (column == int.MinValue || r.Side != side)
            {
                side = r.Side;
                column = ColumnIndex(table, side, cells.Column);
            }

            into.Add((table, r, column));
        }
    }

    // Planning resolves each reference for every binding, and a rule "for each c in 类, each column k" binds each row once
    // per column: a reference's rows depend on the row variables only, so they are resolved again only when one changes.
    private Dictionary<BoundCells, (int Generation, List<TableRow> Rows)>? plannedRows;
    private int rowGeneration;

    private List<TableRow> PlannedRows(BoundCells cells, BudgetTable table)
    {
        plannedRows ??= new(ReferenceEqualityComparer.Instance);
        if (plannedRows.TryGetValue(cells, out var known) && known.Generation == rowGeneration)
        {
            return known.Rows;
        }

        var rows = ResolveRows(cells.Rows, table).ToList();
        plannedRows[cells] = (rowGeneration, rows);
        return rows;
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

    // Whether the rule's where excluded the binding just evaluated.
    private bool lastFiltered;
    private int reads;
    private int absentColumnReads;

    private static bool AllAbsent(int readCount, int absentCount) => readCount > 0 && absentCount == readCount;
    private int bindings;

    private Finding? CheckBinding()
    {
        trace.Clear();
        definitions.Clear();
        missing.Clear();
        deciding = null;
        explainedByRounding = false;
        lastNotApplicable = false;
        lastFiltered = false;
        try
        {
            if (rule!.Where is { } where)
            {
                var pass = Eval(where);
                if (!pass.Boolean)
                {
                    lastFiltered = true;
                    return null; // filtered out: nothing to check here
                }

                trace.Clear();
                trace.AddRange(definitions);
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
}
