using System.Collections.Immutable;
using GovBudget.Amounts;
using GovBudget.Documents;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>
/// A 基本支出表 regrouped as the forms printed in blocks side by side hold it: its coded rows in two groups, 人员经费
/// (the 工资福利支出 and 对个人和家庭的补助 classes) then 公用经费 (every other class), each closed by its total
/// (人员经费合计, 公用经费合计, the sum of its classes). With <see cref="SideBySide.Captioned"/> every row's amount is in
/// one column (决算数, or 预算数 in a budget), as the national 基本支出决算表 prints it; with
/// <see cref="SideBySide.OwnColumns"/> a 人员经费 row's amount is in a column 人员经费 and a 公用经费 row's in 公用经费.
/// The amount is the row's first (合计) figure.
/// </summary>
internal static class BasicExpenditureGroups
{
    // The classes of the economic classification that are 人员经费; the others are 公用经费.
    private static readonly string[] PersonnelClasses = ["301", "303"];

    public static BudgetTable Regrouped(BudgetTable table, DisclosureKind kind, SideBySide blocks)
    {
        var coded = table.Rows.Where(r => r.Code is not null && r.Cells.Length > 0).ToList();
        var personnel = coded.Where(r => PersonnelClasses.Contains(r.Code!.Value.ToString()[..3])).ToList();
        var office = coded.Except(personnel).ToList();
        if (blocks == SideBySide.None || table.Kind != TableKind.GeneralBudgetBasicExpenditure || personnel.Count == 0 || office.Count == 0)
        {
            return table;
        }

        string[] printed = blocks == SideBySide.OwnColumns ? ["人员经费", "公用经费"] : [kind == DisclosureKind.FinalAccount ? "决算数" : "预算数"];
        var columns = printed.Select(p => new TableColumn(DisclosureNames.Reading.CanonicalColumn(p), p, null, null, TableSide.None, ColumnType.Amount));
        var second = blocks == SideBySide.OwnColumns ? 1 : 0;
        return new BudgetTable(table.Kind, table.Title, table.Unit, columns,
            [.. Group(personnel, "人员经费合计", 0, printed.Length), .. Group(office, "公用经费合计", second, printed.Length)]);
    }

    private static IEnumerable<TableRow> Group(List<TableRow> rows, string total, int column, int width)
    {
        ImmutableArray<Cell> In(Cell cell) => [.. Enumerable.Range(0, width).Select(c => c == column ? cell : Cell.Blank)];
        foreach (var row in rows)
        {
            yield return new TableRow(null, row.Code, row.Label, TableSide.None, In(row.Cells[0]), 0, row.Page);
        }

        var classes = rows.Where(r => r.Code!.Value.ToString().Length == 3).Select(r => r.Cells[0].Number).OfType<Amount>().ToList();
        var sum = classes.Count == 0 ? Cell.Blank : Cell.FromNumber(classes.Aggregate((a, b) => a + b));
        yield return new TableRow(null, null, total, TableSide.None, In(sum), 0, rows[^1].Page);
    }
}
