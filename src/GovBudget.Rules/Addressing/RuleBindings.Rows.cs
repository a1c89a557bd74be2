using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Addressing;

// Resolving row selectors and columns in a table.
internal sealed partial class RuleBindings
{
    /// <summary>The column a reference to <paramref name="column"/> reads in <paramref name="table"/> for a row of <paramref name="side"/>, or -1.</summary>
    public int ColumnIndex(BudgetTable table, TableSide side, BoundColumn column)
    {
        if (column.Slot >= 0)
        {
            var c = (int)slots[column.Slot]!;
            return table == RuleTable ? c : table.ColumnIndex(RuleTable!.Columns[c].Name, side);
        }

        if (column.Name is { } name)
        {
            return table.ColumnIndex(name, side);
        }

        if (table == RuleTable && contextColumn >= 0)
        {
            var context = RuleTable.Columns[contextColumn];
            return context.Side == side || side == TableSide.None || context.Side == TableSide.None
                ? contextColumn
                : table.ColumnIndex(context.Name, side);
        }

        if (RuleTable is not null && contextColumn >= 0 && table.ColumnIndex(RuleTable.Columns[contextColumn].Name, side) is >= 0 and var same)
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

    /// <summary>The table of <paramref name="kind"/>, or the rule's table when null; not applicable when the document has none.</summary>
    public BudgetTable TableOf(TableKind? kind) =>
        kind is null ? RuleTable ?? throw new NotApplicableException(NotApplicableReason.TableAbsent, T("NA.NoRuleTable"))
        : Index.Document.Table(kind) ?? throw NotApplicableException.TableAbsent(kind);

    /// <summary>The rows <paramref name="rows"/> selects in <paramref name="table"/> under the current binding.</summary>
    public IEnumerable<TableRow> ResolveRows(BoundRows rows, BudgetTable table)
    {
        var t = Index.For(table);
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
                // trying the name the document's tables agree on when this table misnames the row, then the code's
                // names in other editions (医疗卫生与计划生育支出 for 210). A line without a code is matched to a coded
                // table by name, then through the code the crosswalk gives that name.
                var side = table.Kind.IsTwoSided ? binding.Row.Side : TableSide.None;
                var found = binding.Row.Code is { } code && t.Coded.Count > 0
                    ? t.ByCode(code)
                    : t.ByLabel(NameNormalizer.Label(binding.Row.Label), side)
                        ?? (binding.Row.Code is { } c ? ByOtherName(t, c, side) : ByCrosswalkCode(t, binding.Row.Label));
                return found is null ? [] : [found];
            }

            case ChildRows ch:
            {
                var parent = CodeOf(ch.Of, table);
                return parent is { } p ? t.ChildrenOf(p) : [];
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

    private TableRow? ByOtherName(DocumentIndex.TableIndex t, ClassificationCode code, TableSide side) =>
        (Index.CommonName(code) is { } common ? t.ByLabel(NameNormalizer.Label(common), side) : null)
        ?? CodeCrosswalk.BuiltIn.NamesOf(code).Select(n => t.ByLabel(NameNormalizer.Label(n), side)).FirstOrDefault(r => r is not null);

    private static TableRow? ByCrosswalkCode(DocumentIndex.TableIndex t, string label) =>
        t.Coded.Count > 0 && CodeCrosswalk.BuiltIn.CodeNamed(label) is { } code ? t.ByCode(code) : null;

    private ClassificationCode? CodeOf(BoundRows rows, BudgetTable table) => rows switch
    {
        CodeRows c => c.Code,
        VariableRows v => ((RowBinding)slots[v.Slot]!).Row.Code,
        ParentRows p => CodeOf(p.Of, table)?.Parent,
        _ => ResolveRows(rows, table).FirstOrDefault()?.Code,
    };

    /// <summary>How a message names <paramref name="rows"/> under the current binding.</summary>
    public string Describe(BoundRows rows) => rows switch
    {
        CodeRows c => c.Code.ToString(),
        LabelRows l => l.Printed,
        VariableRows v => slots[v.Slot] is RowBinding r ? r.Row.Key : v.Name,
        ParentRows p => $"parent({Describe(p.Of)})",
        _ => rows.ToString() ?? string.Empty,
    };

    /// <summary>A row variable's value: a row of a table.</summary>
    public sealed record RowBinding(BudgetTable Table, TableRow Row);
}
