using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Findings;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A 收支预算总表 that prints three lists on one line, on a hand-placed page (9.2 pt, the geometry of the Jiangsu
/// 公开表): 收入 (项目名称 金额), 支出 by function (功能分类: 功能科目名称 金额) and 支出 by purpose (支出用途: 项目名称
/// 金额). The 功能分类 amount is printed right against the 支出用途 name (one cell), and the 支出 totals' figures at the
/// far right, under the 支出用途 金额. Read back, each list's rows are rows of their own with their amounts in their
/// own columns, and the totals are the 功能分类 list's.
/// </summary>
public sealed class PdfThreeListSummaryTests
{
    [Fact]
    public void Each_list_is_read_into_rows_of_its_own_and_a_total_printed_far_right_is_the_function_lists()
    {
        var table = Read(Page("3,015.16"));

        table.Columns.Select(c => (c.Name, c.PrintedName, c.Side)).Should().Equal(
            ("预算数", "金额", TableSide.Income), ("预算数", "金额", TableSide.Expenditure), ("支出用途", "金额", TableSide.Expenditure));
        table.Rows.Select(r => (r.Side, r.Label, string.Join("|", r.Cells.Select(c => c.ToString())))).Should().Equal(
            (TableSide.Income, "一、财政拨款", "24458.43||"),
            (TableSide.Expenditure, "一、一般公共服务支出", "|20153.75|"),
            (TableSide.Income, "1.一般公共预算", "24458.43||"),
            (TableSide.Expenditure, "二、外交支出", "||"),
            (TableSide.Income, "2.政府性基金预算", "||"),
            (TableSide.Expenditure, "三、国防支出", "||"),
            (TableSide.Income, "二、财政专户管理资金", "||"),
            (TableSide.Expenditure, "四、公共安全支出", "||"),
            (TableSide.Expenditure, "八、社会保障和就业支出", "|1289.52|"),
            (TableSide.Expenditure, "十八、住房保障支出", "|3015.16|"),
            (TableSide.Income, "当年收入小计", "24458.43||"),
            (TableSide.Expenditure, "当年支出小计", "|24458.43|"),
            (TableSide.Income, "上年结转资金", "||"),
            (TableSide.Expenditure, "结转下年资金", "||"),
            (TableSide.Income, "收入合计", "24458.43||"),
            (TableSide.Expenditure, "支出合计", "|24458.43|"),
            (TableSide.Expenditure, "一、基本支出", "||10403.11"),
            (TableSide.Expenditure, "二、项目支出", "||12081.46"),
            (TableSide.Expenditure, "三、单位预留机动经费", "||1973.86"));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void The_rules_read_the_function_list_as_the_expenditure_sides_figures()
    {
        var findings = Check(Page("3,015.16"));
        findings.Should().NotContain(f => f.RuleId == "SS-EXPENDITURE" || f.RuleId == "SS-BALANCE");

        // 十八、住房保障支出 printed 100 higher: the 功能分类 items no longer add up to 支出合计, a plain error.
        var wrong = Check(Page("3,115.16")).Should().ContainSingle(f => f.RuleId == "SS-EXPENDITURE").Subject;
        wrong.Severity.Should().Be(Severity.Error);
        wrong.Uncertain.Should().BeFalse();
        wrong.Message.Should().Contain("24458.43 ≠ 24558.43");
    }

    // The page as the reader's lines: cells further apart than a cell gap are apart, closer ones one cell.
    private static PdfTextLine[] Page(string housing) =>
    [
        Cells(553, ("2018年收支预算总表", 340.0, 478.9)),
        Cells(511, ("部门：某办公厅", 72.8, 137.3), ("单位：万元", 719.9, 765.5)),
        Cells(493, ("收入", 179.9, 198.4), ("支出", 527.6, 546.1)),
        Cells(472, ("功能分类", 416.8, 454.0), ("支出用途", 646.7, 683.9)),
        Cells(463, ("项目名称", 124.0, 161.1), ("金额", 251.1, 269.6)),
        Cells(453, ("功能科目名称", 365.4, 421.3), ("金额", 512.5, 531.0), ("项目名称", 601.5, 638.7), ("金额", 712.4, 730.9)),
        Cells(435, ("一、财政拨款", 72.8, 127.6), ("24,458.43 一、一般公共服务支出", 264.6, 400.0), ("20,153.75 一、基本支出", 521.4, 620.3),
            ("10,403.11", 724.4, 765.5)),
        Cells(417, ("1.一般公共预算", 86.5, 150.4), ("24,458.43 二、外交支出", 264.6, 363.5), ("二、项目支出", 565.6, 620.3), ("12,081.46", 724.4, 765.5)),
        Cells(398, ("2.政府性基金预算", 86.5, 159.5), ("三、国防支出", 308.8, 363.5), ("三、单位预留机动经费", 565.6, 656.8), ("1,973.86", 729.0, 765.5)),
        Cells(380, ("二、财政专户管理资金", 72.8, 164.0), ("四、公共安全支出", 308.8, 381.8)),
        Cells(362, ("八、社会保障和就业支出", 308.8, 409.0), ("1,289.52", 525.9, 562.4)),
        Cells(343, ("十八、住房保障支出", 308.8, 390.8), (housing, 525.9, 562.4)),
        Cells(73, ("当年收入小计", 114.6, 170.5), ("24,458.43", 264.6, 305.6), ("当年支出小计", 463.8, 519.7), ("24,458.43", 724.4, 765.5)),
        Cells(55, ("上年结转资金", 115.3, 170.0), ("结转下年资金", 464.5, 519.2)),
        Cells(37, ("收入合计", 124.0, 161.2), ("24,458.43", 264.6, 305.6), ("支出合计", 473.2, 510.4), ("24,458.43", 724.4, 765.5)),
    ];

    private static BudgetTable Read(PdfTextLine[] page) => HandPlacedPage.Read(page, TableKind.IncomeExpenditureSummary);

    private static IReadOnlyList<GovBudget.Rules.Findings.Finding> Check(PdfTextLine[] page) => HandPlacedPage.Check(page);

    private static PdfTextLine Cells(double baseline, params (string Text, double Left, double Right)[] cells) =>
        HandPlacedPage.Line(baseline, 9.2, cells);
}
