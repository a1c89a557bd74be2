using GovBudget.Documents;

namespace GovBudget.Rules.Addressing;

/// <summary>
/// The rules read a “三公” table laid out by fund, as the sample prints it: a row per item (“三公”经费小计, 因公出国（境）费
/// …) and a column per fund. Shanghai and Jiangsu print it laid out by item: a column per item over one line of
/// figures. Such a table is checked through its transpose: a row per item column, named by its header (a 小计 by its
/// group too: “三公”经费小计), and the line of figures as one column (预算数; 决算数 in a final account). The document
/// as read keeps the printed layout; only the rules see the transpose.
/// </summary>
public static class ThreePublicItems
{
    /// <summary>The document the rules check: <paramref name="document"/> itself, unless its “三公” table is laid out by item.</summary>
    public static Disclosure ForRules(Disclosure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The items are the names' (threePublicItems): a table with two of them as columns is laid out by item.
        var names = document.Names;
        if (!document.Tables.Any(t => IsLaidOutByItem(t, names)))
        {
            return document;
        }

        var tables = document.Tables.Select(t => IsLaidOutByItem(t, names) ? Transpose(t, document.Kind) : t);
        return document.WithTables(tables);
    }

    /// <summary>The table of <paramref name="forRules"/> that stands for <paramref name="table"/> of the document as read.</summary>
    public static BudgetTable? Counterpart(Disclosure document, Disclosure forRules, BudgetTable? table) =>
        table is null || ReferenceEquals(document, forRules) ? table : forRules.Tables[document.Tables.IndexOf(table)];

    // One line of figures (several lines, one per unit or fund, are left as printed), and items as its columns.
    private static bool IsLaidOutByItem(BudgetTable table, DisclosureNames names) =>
        table.Kind == TableKind.ThreePublicExpenses && table.Rows.Length == 1
        && table.Columns.Count(c => c.Type == ColumnType.Amount && names.IsThreePublicItem(c.PrintedName)) >= 2;

    private static BudgetTable Transpose(BudgetTable table, DisclosureKind kind)
    {
        var line = table.Rows[0];
        var name = line.Label.Length > 0 ? ColumnNames.Canonical(line.Label) : kind == DisclosureKind.FinalAccount ? "决算数" : "预算数";
        var column = new TableColumn(name, line.Label.Length > 0 ? line.Label : name, null, null, TableSide.None, ColumnType.Amount);
        var rows = new List<TableRow>();
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var header = table.Columns[c];
            if (header.Type != ColumnType.Amount)
            {
                continue;
            }

            // 小计 alone names nothing: it is its group's total (“三公”经费 / 小计, 公务用车购置及运行维护费 / 小计).
            var label = header.PrintedName == "小计" && header.Group is { } group ? group + header.PrintedName : header.PrintedName;
            // The line's signs go with it; a sign on one of its cells is the sign of that item's row, on its one column.
            var signs = line.Signs.Where(s => s.Column is null || s.Column == c).Select(s => s with { Column = s.Column is null ? null : 0 });
            rows.Add(new TableRow(null, null, label, TableSide.None, [line.Cells[c]], line.Line, line.Page) { Signs = [.. signs] });
        }

        return new BudgetTable(table.Kind, table.Title, table.Unit, [column], rows, table.Notes, table.AsOf, table.Line, table.Page)
        {
            Signs = table.Signs, PrintedYear = table.PrintedYear, PrintedDepartment = table.PrintedDepartment, PreparedBy = table.PreparedBy,
        };
    }
}
