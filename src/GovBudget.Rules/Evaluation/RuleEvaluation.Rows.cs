using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Catalog;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Functions;
using GovBudget.Rules.Syntax;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Evaluation;

/// <summary>Resolving row selectors and columns in a table.</summary>
internal sealed partial class RuleEvaluation
{
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
        kind is null ? ruleTable ?? throw new NotApplicableException(NotApplicableReason.TableAbsent, T("NA.NoRuleTable"))
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
        (index.CommonName(code) is { } common ? t.ByLabel(NameNormalizer.Label(common), side) : null)
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

    private string Describe(BoundRows rows) => rows switch
    {
        CodeRows c => c.Code.ToString(),
        LabelRows l => l.Printed,
        VariableRows v => slots[v.Slot] is RowBinding r ? r.Row.Key : v.Name,
        ParentRows p => $"parent({Describe(p.Of)})",
        _ => rows.ToString() ?? string.Empty,
    };

    private sealed record RowBinding(BudgetTable Table, TableRow Row);

    private sealed record Comparison(decimal Left, decimal Right, string? LeftText, string? RightText)
    {
        public BinaryOperator Operator { get; init; } = BinaryOperator.Equal;

        public bool Failed { get; init; }

        public bool Explained { get; init; }

        /// <summary>What the message adds about a failed comparison of names (an outdated name), or null.</summary>
        public string? Note { get; init; }

        /// <summary>Whether the sides are amounts (in 元); a count (count(30xxx) == 1.0) is shown as it is, without a unit.</summary>
        public bool Money { get; init; } = true;
    }
}
