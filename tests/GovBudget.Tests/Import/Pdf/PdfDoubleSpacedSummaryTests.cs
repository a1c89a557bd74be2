using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Findings;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A 收支预算总表 set wider than single-spaced, placed at several line pitches with the geometry of the Jiangsu 2017
/// 人大常委会办公厅's (9 pt, three lists on a line: 收入 | 支出·功能分类 | 支出·支出用途; there the pitch is 14.7 points):
/// <list type="bullet">
/// <item>header names wrapped two pitches apart with another column's name on the line between (项目名 / 称, 功能科目名 / 称);</item>
/// <item>支出用途 printed centred between the centres of 项目名称 and 金额 (names centred in cells of different widths), over neither;</item>
/// <item>the first row's label on the line above its figures (一、财政 / 13,649.07 / 拨款), so the header ends above it;</item>
/// <item>labels on both sides wrapped around one line of figures (一、财政 | 一、一般公共服务 / figures / 拨款 | 支出);</item>
/// <item>a label with no figures wrapped two pitches apart (七、文化体育与传 / 媒支出).</item>
/// </list>
/// Every row is read with its whole label and its figures, at every pitch.
/// </summary>
public sealed class PdfDoubleSpacedSummaryTests
{
    public static TheoryData<double> Pitches => [9.5, 12, 14.7];

    [Theory]
    [MemberData(nameof(Pitches))]
    public void Each_row_has_its_whole_label_and_its_figures(double pitch)
    {
        var table = Read(Page(pitch, "1,608.51"), TableKind.IncomeExpenditureSummary);

        table.Columns.Select(c => (c.Name, c.PrintedName, c.Side)).Should().Equal(
            ("预算数", "金额", TableSide.Income), ("预算数", "金额", TableSide.Expenditure), ("支出用途", "金额", TableSide.Expenditure));
        table.Rows.Select(r => (r.Side, Row(r))).Should().Equal(
            (TableSide.Income, ("一、财政拨款", "13649.07||")),
            (TableSide.Expenditure, ("一、一般公共服务支出", "|10528.33|")),
            (TableSide.Income, ("1.一般公共预算", "13649.07||")),
            (TableSide.Expenditure, ("二、外交支出", "||")),
            (TableSide.Income, ("2.政府性基金预算", "||")),
            (TableSide.Expenditure, ("三、国防支出", "||")),
            (TableSide.Income, ("二、财政专户管理资金", "||")),
            (TableSide.Expenditure, ("四、公共安全支出", "||")),
            (TableSide.Income, ("三、其他资金", "||")),
            (TableSide.Expenditure, ("五、教育支出", "||")),
            (TableSide.Expenditure, ("七、文化体育与传媒支出", "||")),
            (TableSide.Expenditure, ("八、社会保障和就业支出", "|1608.51|")),
            (TableSide.Expenditure, ("十八、住房保障支出", "|1512.23|")),
            (TableSide.Income, ("当年收入小计", "13649.07||")),
            (TableSide.Expenditure, ("当年支出小计", "|13649.07|")),
            (TableSide.Income, ("收入合计", "13649.07||")),
            (TableSide.Expenditure, ("支出合计", "|13649.07|")),
            (TableSide.Expenditure, ("一、基本支出", "||7666.68")),
            (TableSide.Expenditure, ("二、项目支出", "||5853.96")),
            (TableSide.Expenditure, ("三、单位预留机动经费", "||128.43")));
        table.HasSigns.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Pitches))]
    public void The_lists_add_up_and_a_wrong_figure_inside_a_wrapped_label_is_a_plain_error(double pitch)
    {
        Check(Page(pitch, "1,608.51")).Should().NotContain(f => f.RuleId == "SS-EXPENDITURE" || f.RuleId == "SS-INCOME");

        // 八、社会保障和就业支出 printed 100 higher: the 功能分类 items no longer add up to 当年支出小计, a plain error.
        var wrong = Check(Page(pitch, "1,708.51")).Should().ContainSingle(f => f.RuleId == "SS-EXPENDITURE").Subject;
        wrong.Severity.Should().Be(Severity.Error);
        wrong.Uncertain.Should().BeFalse();
        wrong.Message.Should().Contain("13649.07 ≠ 13749.07");
    }

    private static PdfTextLine[] Page(double p, string social)
    {
        var page = new DoubleSpacedSummaryPages(p);
        page.Row([("一、财政", 76, 112), ("一、一般公共服务", 208, 275)],
            [("13,649.07", 148, 189), ("10,528.33 一、基本支出", 304, 410), ("7,666.68", 461, 497)],
            [("拨款", 58, 76), ("支出", 208, 226)]);
        page.Row([("1. 一 般 公", 67, 112)],
            [("13,649.07", 148, 189), ("二、外交支出", 208, 262), ("二、项目支出", 356, 410), ("5,853.96", 461, 497)],
            [("共预算", 58, 85)]);
        page.Row([("2. 政 府 性", 67, 112), ("三、单位预留机", 356, 421)],
            [("三、国防支出", 208, 262), ("128.43", 466, 493)],
            [("基金预算", 58, 94), ("动经费", 356, 383)]);
        page.Row([("二、财政专户", 58, 112)], [("四、公共安全支出", 208, 275)], [("管理资金", 58, 94)]);
        page.Row([("三、其他资金", 58, 112), ("五、教育支出", 208, 262)]);
        page.Row([("七、文化体育与传", 208, 275)], [], [("媒支出", 208, 235)]);
        page.Row([("八、社会保障和就", 208, 275)], [(social, 307, 343)], [("业支出", 208, 235)]);
        page.Row([("十八、住房保障支", 208, 275)], [("1,512.23", 307, 343)], [("出", 208, 217)]);
        page.Row([("当年收入小计", 58, 112), ("13,649.07", 148, 189), ("当年支出小计", 296, 350), ("13,649.07", 459, 500)]);
        page.Row([("收入合计", 81, 117), ("13,649.07", 148, 189), ("支出合计", 305, 341), ("13,649.07", 459, 500)]);
        return page.Pages[0];
    }
}
