using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The 收支预算总表 of 江苏省委办公厅's 2018 公开表 (page 3), which prints three lists on one line: 收入 (项目名称 金额),
/// 支出 by function (功能科目名称 金额) and 支出 by purpose (项目名称 金额), the 支出 totals' figures at the far right.
/// </summary>
public sealed class RealPdfThreeListSummaryTests
{
    private static BudgetTable Table => RealPdf.Import(RealPdf.Shengwei2018Tables).Document.Table(TableKind.IncomeExpenditureSummary)!;

    [Fact]
    public void Each_list_has_its_rows_and_its_amount_column()
    {
        var table = Table;

        table.Page.Should().Be(3);
        table.Columns.Select(c => (c.Name, c.PrintedName, c.Side)).Should().Equal(
            ("预算数", "金额", TableSide.Income), ("预算数", "金额", TableSide.Expenditure), ("支出用途", "金额", TableSide.Expenditure));
        Rows(table, TableSide.Income).Should().Equal(
            ("一、财政拨款", "24458.43||"), ("1.一般公共预算", "24458.43||"), ("2.政府性基金预算", "||"), ("二、财政专户管理资金", "||"),
            ("三、其他资金", "||"), ("当年收入小计", "24458.43||"), ("上年结转资金", "||"), ("收入合计", "24458.43||"));
        var expenditure = Rows(table, TableSide.Expenditure);
        expenditure.Should().HaveCount(26);
        expenditure[..20].Select(r => r.Label).Should().StartWith("一、一般公共服务支出").And.EndWith("二十、其他支出");
        expenditure[..20].Where(r => r.Cells != "||").Should().Equal(
            ("一、一般公共服务支出", "|20153.75|"), ("八、社会保障和就业支出", "|1289.52|"), ("十八、住房保障支出", "|3015.16|"));
        expenditure[20..].Should().Equal(
            ("当年支出小计", "|24458.43|"), ("结转下年资金", "||"), ("支出合计", "|24458.43|"),
            ("一、基本支出", "||10403.11"), ("二、项目支出", "||12081.46"), ("三、单位预留机动经费", "||1973.86"));
        table.HasSigns.Should().BeFalse();
    }

    private static List<(string Label, string Cells)> Rows(BudgetTable table, TableSide side) =>
        [.. table.Rows.Where(r => r.Side == side).Select(r => (r.Label, string.Join("|", r.Cells.Select(c => c.ToString()))))];
}
