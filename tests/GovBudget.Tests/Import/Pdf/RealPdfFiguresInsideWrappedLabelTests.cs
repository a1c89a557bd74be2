using GovBudget.Documents;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The 收支预算总表 of 江苏省人民检察院's 2017 budget (page 10), which prints figures between the two lines of wrapped
/// labels: 1.一般公共预 / 17,981.68 / 算 on the 收入 side and 三、单位预留机 / 140.20 / 动经费 in the 支出用途 list. Once
/// 140.20 was read as 三、国防支出's (printed on the figures' line) and 17,981.68 as a row named 算; now each is its
/// label's row. The 人大常委会办公厅's 2017 收支预算总表 (pages 7–8) is the same table set double-spaced.
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

    [Fact]
    public void A_label_with_no_figures_wrapped_two_pitches_apart_is_one_row()
    {
        // 九、医疗卫生与计划生育支 / 出, 15.6 points apart where the figures between a label's lines sit 7.9 from each:
        // once read as two rows, the second named 出.
        var expenditure = Rows(RealPdf.Import(RealPdf.Jianchayuan2017).Document.Table(TableKind.IncomeExpenditureSummary)!, TableSide.Expenditure);

        expenditure.Should().Contain(("九、医疗卫生与计划生育支出", "||"));
        expenditure.Select(r => r.Label).Should().NotContain("出").And.NotContain("九、医疗卫生与计划生育支");
        expenditure.Take(20).Select(r => r.Label).Should().StartWith("一、一般公共服务支出").And.EndWith("二十、其他支出");
    }

    [Fact]
    public void A_double_spaced_summary_is_read_with_its_header_its_lists_and_its_wrapped_labels()
    {
        // 人大常委会办公厅 2017 p. 7–8: 项目名 / 称 and 功能科目名 / 称 in the header, 支出用途 over 项目名称 and 金额, labels
        // wrapped around their figures on both sides (一、财政 | 一、一般公共服务 / 13,649.07 10,528.33 / 拨款 | 支出).
        var table = RealPdf.Import(RealPdf.Renda2017).Document.Table(TableKind.IncomeExpenditureSummary)!;

        table.Page.Should().Be(7);
        table.Columns.Select(c => (c.Name, c.PrintedName, c.Side)).Should().Equal(
            ("预算数", "金额", TableSide.Income), ("预算数", "金额", TableSide.Expenditure), ("支出用途", "金额", TableSide.Expenditure));
        Rows(table, TableSide.Income).Take(5).Should().Equal(
            ("一、财政拨款", "13649.07||"), ("1.一般公共预算", "13649.07||"), ("2.政府性基金预算", "||"), ("二、财政专户管理资金", "||"),
            ("三、其他资金", "||"));
        var expenditure = Rows(table, TableSide.Expenditure);
        expenditure.Where(r => r.Cells != "||").Should().Equal(
            ("一、一般公共服务支出", "|10528.33|"), ("八、社会保障和就业支出", "|1608.51|"), ("十八、住房保障支出", "|1512.23|"),
            ("当年支出小计", "|13649.07|"), ("支出合计", "|13649.07|"),
            ("一、基本支出", "||7666.68"), ("二、项目支出", "||5853.96"), ("三、单位预留机动经费", "||128.43"));
        expenditure.Select(r => r.Label).Should().Contain(["七、文化体育与传媒支出", "九、医疗卫生与计划生育支出", "十四、资源勘探信息等支出"]);
    }

    [Fact]
    public void A_double_spaced_summary_goes_on_over_its_page_breaks_side_by_side()
    {
        // 人大常委会办公厅 2017 p. 7–9: 八、社会保障和就 ends p. 7 and 业支出 starts p. 8; 当 年 收 入 ends p. 8 and its 小计
        // starts p. 9, which prints no header: 上年结 / 结转下年资金 (the 支出 side's row, centred over the 功能分类 list's
        // 金额 column) / 转资金, then 收入合 / 13,649.07 支出合计 13,649.07 / 计.
        var table = RealPdf.Import(RealPdf.Renda2017).Document.Table(TableKind.IncomeExpenditureSummary)!;

        Rows(table, TableSide.Income).Should().Equal(
            ("一、财政拨款", "13649.07||"), ("1.一般公共预算", "13649.07||"), ("2.政府性基金预算", "||"), ("二、财政专户管理资金", "||"),
            ("三、其他资金", "||"), ("当年收入小计", "13649.07||"), ("上年结转资金", "||"), ("收入合计", "13649.07||"));
        var expenditure = Rows(table, TableSide.Expenditure).Select(r => r.Label).ToList();
        expenditure.Should().ContainInOrder("七、文化体育与传媒支出", "八、社会保障和就业支出", "九、医疗卫生与计划生育支出",
            "二十、其他支出", "当年支出小计", "结转下年资金", "支出合计");
        expenditure.Should().NotContain(l => l == "业支出" || l.EndsWith("结转下年资金", StringComparison.Ordinal) && l != "结转下年资金");
        table.Rows.Single(r => r.Label == "收入合计").Page.Should().Be(9);
    }

    private static List<(string Label, string Cells)> Rows(BudgetTable table, TableSide side) =>
        [.. table.Rows.Where(r => r.Side == side).Select(r => (r.Label, string.Join("|", r.Cells.Select(c => c.ToString()))))];
}
