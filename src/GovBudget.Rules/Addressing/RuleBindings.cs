using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Addressing;

/// <summary>
/// The bindings of one rule's quantifiers on one document, and what a reference addresses under the current binding:
/// its table, rows and column. They depend only on the document's shape, never on its figures, so the interpreter and
/// the compiler's planner address with this same code. Not thread-safe; one instance per rule and document.
/// </summary>
internal sealed partial class RuleBindings
{
    private readonly BoundRule? rule;
    private readonly object?[] slots;
    private int contextColumn;

    /// <summary>The bindings of <paramref name="rule"/> on the document <paramref name="index"/> indexes.</summary>
    public RuleBindings(DocumentIndex index, BoundRule rule, BudgetTable? ruleTable)
    {
        Index = index;
        this.rule = rule;
        RuleTable = ruleTable;
        slots = new object?[rule.Slots];
        contextColumn = ruleTable is null ? -1 : DefaultColumn(ruleTable, rule.Column);
    }

    /// <summary>No rule: a bare expression read in <paramref name="table"/>'s column <paramref name="column"/> (or -1).</summary>
    public RuleBindings(DocumentIndex index, BudgetTable? table, int column)
    {
        Index = index;
        RuleTable = table;
        slots = [];
        contextColumn = column;
    }

    /// <summary>The document's index.</summary>
    public DocumentIndex Index { get; }

    /// <summary>The rule's table (its <c>in</c>), or null.</summary>
    public BudgetTable? RuleTable { get; }

    /// <summary>The unit factor (元 per unit) of the rule's table, which plain numbers take.</summary>
    // A plain number next to money is in the rule table's unit (0.01 means 0.01 万元 in a 万元 table).
    public decimal LiteralFactor => RuleTable?.Unit?.InYuan() ?? 1;

    /// <summary>What the variable of slot <paramref name="slot"/> is bound to: a <see cref="RowBinding"/> or a column index.</summary>
    public object? Slot(int slot) => slots[slot];

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

    /// <summary>The column index a rule or expression reads by default: <paramref name="column"/>, else the first amount column.</summary>
    public static int DefaultColumn(BudgetTable table, string? column) =>
        column is null ? FirstAmountColumn(table, TableSide.None) : table.ColumnIndex(column);

    /// <summary>
    /// Sets the variables to each binding of the quantifiers in turn (outermost first), yielding its index. The
    /// bindings depend only on the document's shape, never on its figures: the compiler plans with this same code.
    /// </summary>
    public IEnumerable<int> Bindings()
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
                foreach (var row in RuleTable!.Rows.Where(r => q.Side == TableSide.None || r.Side == q.Side))
                {
                    CountAssignment();
                    slots[q.Slot] = new RowBinding(RuleTable, row);
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
                    ? Enumerable.Range(0, RuleTable!.Columns.Length).Where(i => RuleTable.Columns[i].Type == ColumnType.Amount)
                    : q.Columns.Select(n => RuleTable!.ColumnIndex(n)).Where(i => i >= 0);
                columns = columns.Where(i => q.Side == TableSide.None || RuleTable!.Columns[i].Side == q.Side);
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
    public List<(BudgetTable Table, TableRow Row, int Column)> ResolveCells(BoundCells cells)
    {
        var result = new List<(BudgetTable, TableRow, int)>();
        ResolveCells(cells, result);
        return result;
    }

    /// <summary>For planning: <see cref="ResolveCells(BoundCells)"/> into <paramref name="into"/> (cleared first), so a planner reuses one list.</summary>
    public void ResolveCells(BoundCells cells, List<(BudgetTable Table, TableRow Row, int Column)> into)
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
    public bool Exists(BoundCells cells)
    {
        var table = TableOf(cells.Table);
        return ResolveRows(cells.Rows, table).Any(r => cells.Column.Name is null || ColumnIndex(table, r.Side, cells.Column) >= 0);
    }

    /// <summary>For planning: the table a reference reads.</summary>
    public BudgetTable ResolveTable(BoundCells cells) => TableOf(cells.Table);
}
