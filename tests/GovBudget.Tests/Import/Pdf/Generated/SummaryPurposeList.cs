using GovBudget.Documents;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>
/// A 收支总表 with its 支出 side as two lists (<see cref="ExpenditureLists.FunctionAndPurpose"/>): beside the table's own
/// 支出 items (功能分类), the 支出用途 list, 一、基本支出 and 二、项目支出 with the disclosure's 支出总表 totals, in a
/// 支出 column of its own (支出用途, printed 金额). As the reader gives them back, the 支出用途 rows follow all the others.
/// </summary>
internal static class SummaryPurposeList
{
    private const string PurposeColumn = "支出用途";
    private const string Amounts = "金额";

    // The 支出用途 items and the 支出总表 columns whose 合计 they print.
    private static readonly (string Label, string Column)[] Items = [("一、基本支出", "基本支出"), ("二、项目支出", "项目支出")];

    public static BudgetTable Added(BudgetTable table, Disclosure document, ExpenditureLists lists)
    {
        var expenditure = document.Tables.FirstOrDefault(t => t.Kind == TableKind.ExpenditureSummary);
        var totals = expenditure?.Rows.FirstOrDefault(r => r.Label == "合计");
        if (lists == ExpenditureLists.One || table.Kind != TableKind.IncomeExpenditureSummary || totals is null
            || table.Columns.Count(c => c.Side == TableSide.Expenditure) != 1)
        {
            return table;
        }

        Cell TotalOf(string name) =>
            expenditure!.Columns.Select((c, i) => (c, i)).Where(p => p.c.Name == name).Select(p => totals.Cells[p.i]).FirstOrDefault();
        var width = table.Columns.Length + 1;
        var purposes = Items
            .Select(i => (i.Label, Cell: TotalOf(i.Column)))
            .Where(i => i.Cell.Number is not null)
            .Select(i => new TableRow(null, null, i.Label, TableSide.Expenditure, [.. Enumerable.Range(0, width).Select(c => c == width - 1 ? i.Cell : Cell.Blank)], 0, totals.Page))
            .ToList();
        if (purposes.Count == 0)
        {
            return table;
        }

        // Every list's amounts are printed 金额 (the reader names the second 支出 list's by its caption), with no 序号 and
        // no 栏次, as Jiangsu prints them.
        var column = new TableColumn(PurposeColumn, Amounts, null, null, TableSide.Expenditure, ColumnType.Amount);
        var rows = table.Rows.Select(r => r with { Number = null, Cells = r.Cells.Add(Cell.Blank) });
        var columns = table.Columns.Select(c => c with { PrintedName = Amounts, Number = null });
        return new BudgetTable(table.Kind, table.Title, table.Unit, [.. columns, column], [.. rows, .. purposes]);
    }

    /// <summary>Whether the column is the 支出用途 list's.</summary>
    public static bool IsPurpose(TableColumn column) => column.Side == TableSide.Expenditure && column.Name == PurposeColumn;

    /// <summary>The table's rows apart from the 支出用途 list's (the rows with a figure in its column), and those.</summary>
    public static (List<TableRow> Main, List<TableRow> Purposes) Split(BudgetTable table)
    {
        var purpose = Array.FindIndex([.. table.Columns], IsPurpose);
        var purposes = purpose < 0 ? [] : table.Rows.Where(r => !r.Cells[purpose].IsBlank).ToList();
        return ([.. table.Rows.Where(r => purpose < 0 || r.Cells[purpose].IsBlank)], purposes);
    }
}
