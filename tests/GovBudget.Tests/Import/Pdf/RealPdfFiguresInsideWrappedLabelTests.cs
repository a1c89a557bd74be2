using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The 收支预算总表 of 江苏省人民检察院's 2017 budget (page 10), which prints figures between the two lines of wrapped
/// labels: 1.一般公共预 / 17,981.68 / 算 on the 收入 side and 三、单位预留机 / 140.20 / 动经费 in the 支出用途 list. Once
/// 140.20 was read as 三、国防支出's (printed on the figures' line) and 17,981.68 as a row named 算; now each is its
/// label's row.
/// </summary>
public sealed class RealPdfFiguresInsideWrappedLabelTests
{
    [Fact]
    public void Each_wrapped_label_is_read_with_its_figures_and_the_table_carries_no_sign()
    {
        var table = RealPdf.Import(RealPdf.Jianchayuan2017).Document.Table(TableKind.IncomeExpenditureSummary)!;

        table.Page.Should().Be(10);
        Rows(table, TableSide.Income).Should().Equal(
            ("一、财政拨款", "17981.68||"), ("1.一般公共预算", "17981.68||"), ("2.政府性基金预算", "||"), ("二、财政专户管理资金", "||"),
            ("三、其他资金", "15.00||"), ("当年收入小计", "17996.68||"), ("上年结转资金", "||"), ("收入合计", "17996.68||"));
        var expenditure = Rows(table, TableSide.Expenditure);
        expenditure.Where(r => r.Cells != "||").Should().Equal(
            ("四、公共安全支出", "|13656.34|"), ("八、社会保障和就业支出", "|2021.18|"), ("十八、住房保障支出", "|2319.16|"),
            ("当年支出小计", "|17996.68|"), ("支出合计", "|17996.68|"),
            ("一、基本支出", "||12323.48"), ("二、项目支出", "||5533.00"), ("三、单位预留机动经费", "||140.20"));
        expenditure.Should().Contain(("三、国防支出", "||"));
        table.HasSigns.Should().BeFalse();
    }

    private static List<(string Label, string Cells)> Rows(BudgetTable table, TableSide side) =>
        [.. table.Rows.Where(r => r.Side == side).Select(r => (r.Label, string.Join("|", r.Cells.Select(c => c.ToString()))))];
}
