using GovBudget.Documents;
using GovBudget.Import.Pdf;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A double-spaced 收支预算总表 continued over two page breaks with no header printed again, placed at several line
/// pitches with the geometry of the Jiangsu 2017 人大常委会办公厅's (pp. 7–9; there the pitch is 14.7 points):
/// <list type="bullet">
/// <item>a label wrapped over the page break (八、社会保障和就 / 业支出; 当 年 收 入 / 小计);</item>
/// <item>a continuation page whose first rows print no figure, one of them (结转下年资金) centred over a value column;</item>
/// <item>one side's label wrapped around the other side's row (上年结 / 结转下年资金 / 转资金), judged per side;</item>
/// <item>a two-sided label with no ordinal wrapped around its figures (收入合 / 13,649.07 支出合计 13,649.07 / 计).</item>
/// </list>
/// And what must stay apart: a whole name that ends a page before a row with no ordinal, and a row of its own
/// (结转下年资金) at the top of a page.
/// </summary>
public sealed class PdfDoubleSpacedSummaryAcrossPagesTests
{
    public static TheoryData<double> Pitches => [9.5, 12, 14.7];

    [Theory]
    [MemberData(nameof(Pitches))]
    public void Labels_go_on_over_the_page_breaks_and_each_side_wraps_on_its_own(double pitch)
    {
        var table = Table(Pages(pitch, FirstPageEnd.WrappedLabel));

        Rows(table, TableSide.Income).Should().Equal(
            ("一、财政拨款", "13649.07||"), ("1.一般公共预算", "13649.07||"), ("2.政府性基金预算", "||"), ("三、其他资金", "||"), ("当年收入小计", "13649.07||"), ("上年结转资金", "||"),
            ("收入合计", "13649.07||"));
        Rows(table, TableSide.Expenditure).Should().Equal(
            ("一、一般公共服务支出", "|12040.84|"), ("二、外交支出", "||"), ("三、国防支出", "||"), ("七、文化体育与传媒支出", "||"),
            ("八、社会保障和就业支出", "|1608.23|"), ("九、医疗卫生与计划生育支出", "||"),
            ("当年支出小计", "|13649.07|"), ("结转下年资金", "||"), ("支出合计", "|13649.07|"), ("一、基本支出", "||13649.07"));
        table.Rows.Single(r => r.Label == "八、社会保障和就业支出").Page.Should().Be(1);
        table.Rows.Single(r => r.Label == "收入合计").Page.Should().Be(3);
        table.HasSigns.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Pitches))]
    public void A_whole_name_that_ends_a_page_is_not_continued_by_the_next_pages_row(double pitch)
    {
        // 二十、其他支出 a letter short of the cell's edge: the name ended, and 对个人和家庭的补助 is a row of its own.
        var table = Table(Pages(pitch, FirstPageEnd.WholeName));

        Rows(table, TableSide.Expenditure).Select(r => r.Label).Should().ContainInOrder("二十、其他支出", "对个人和家庭的补助")
            .And.NotContain(l => l.StartsWith("二十、其他支出对", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pitches))]
    public void A_known_row_at_the_top_of_a_page_is_a_row_of_its_own(double pitch)
    {
        // The full line 八、社会保障和就 ends the page, but 结转下年资金 is a row's whole name, never the rest of another.
        var table = Table(Pages(pitch, FirstPageEnd.KnownRowNext));

        Rows(table, TableSide.Expenditure).Select(r => r.Label).Should().ContainInOrder("八、社会保障和就", "结转下年资金");
    }

    private enum FirstPageEnd
    {
        WrappedLabel,
        WholeName,
        KnownRowNext,
    }

    private static BudgetTable Table(PdfTextLine[][] pages) =>
        Parse(pages).Tables.Should().ContainSingle(t => t.Kind == TableKind.IncomeExpenditureSummary).Subject;

    private static List<(string Label, string Cells)> Rows(BudgetTable table, TableSide side) =>
        [.. table.Rows.Where(r => r.Side == side).Select(Row)];

    private static PdfTextLine[][] Pages(double p, FirstPageEnd end)
    {
        var page = new DoubleSpacedSummaryPages(p);
        var social = end == FirstPageEnd.WholeName ? "1,608.51" : "1,608.23";
        page.Row([("一、财政", 76, 112), ("一、一般公共服务", 208, 275)],
            [("13,649.07", 148, 189), ("12,040.84 一、基本支出", 304, 410), ("13,649.07", 461, 497)],
            [("拨款", 58, 76), ("支出", 208, 226)]);
        page.Row([("1. 一 般 公", 67, 112)], [("13,649.07", 148, 189), ("二、外交支出", 208, 262)], [("共预算", 58, 85)]);
        page.Row([("2. 政 府 性", 67, 112)], [("三、国防支出", 208, 262)], [("基金预算", 58, 94)]);
        page.Row([("三、其他资金", 58, 112), ("七、文化体育与传", 208, 275)], [], [("媒支出", 208, 235)]);
        if (end == FirstPageEnd.WholeName)
        {
            page.Row([("二十、其他支出", 208, 271), (social, 307, 343)]);
        }
        else
        {
            page.Row([("八、社会保障和就", 208, 275), (social, 307, 343)]);
        }

        page.NewPage();
        switch (end)
        {
            case FirstPageEnd.WrappedLabel:
                page.Row([("业支出", 208, 235)]);
                break;
            case FirstPageEnd.WholeName:
                page.Row([("对个人和家庭的补助", 208, 283)]);
                break;
            case FirstPageEnd.KnownRowNext:
                page.Row([("结转下年资金", 208, 262)]);
                break;
        }

        page.Row([("九、医疗卫生与计", 208, 275)], [], [("划生育支出", 208, 253)]);
        page.Row([("当 年 收 入", 58, 112), ("13,649.07", 148, 189), ("当年支出小计", 296, 350), ("13,649.07", 459, 500)]);

        page.NewPage();
        page.Row([("小计", 58, 76)]);
        page.Row([("上年结", 81, 108)], [("结转下年资金", 296, 350)], [("转资金", 72, 99)]);
        page.Row([("收入合", 81, 108)], [("13,649.07", 148, 189), ("支出合计", 305, 341), ("13,649.07", 459, 500)], [("计", 81, 90)]);
        return page.Pages;
    }
}
