using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Findings;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// Figures printed between the two lines of a wrapped label, the label's cell centred vertically on its row's figures,
/// on a hand-placed 收支预算总表 with the geometry of the Jiangsu 2017 检察院's (9 pt, three lists on a line: 收入 |
/// 支出·功能分类 | 支出·支出用途): 1.一般公共预 / 17,981.68 / 算 on the 收入 side (the 功能分类 list printing 二、外交支出 on
/// the figures' line), 七、文化体育与传媒 / 2,021.18 / 支出 in the 功能分类 list, and 三、单位预留机 / 140.20 / 动经费 in the
/// 支出用途 list (三、国防支出, with no figure, on the figures' line). Each is one row with its joined label and its figures.
/// </summary>
public sealed class PdfFiguresInsideWrappedLabelTests
{
    [Fact]
    public void Each_wrapped_label_is_one_row_with_the_figures_printed_between_its_lines()
    {
        var table = Read(Page("2,021.18"), TableKind.IncomeExpenditureSummary);

        table.Rows.Select(r => (r.Side, Row(r))).Should().Equal(
            (TableSide.Income, ("一、财政拨款", "17981.68||")),
            (TableSide.Expenditure, ("一、一般公共服务支出", "||")),
            (TableSide.Income, ("1.一般公共预算", "17981.68||")),
            (TableSide.Expenditure, ("二、外交支出", "||")),
            (TableSide.Income, ("2.政府性基金预算", "||")),
            (TableSide.Expenditure, ("三、国防支出", "||")),
            (TableSide.Income, ("三、其他资金", "15.00||")),
            (TableSide.Expenditure, ("四、公共安全支出", "|15975.50|")),
            (TableSide.Expenditure, ("七、文化体育与传媒支出", "|2021.18|")),
            (TableSide.Income, ("当年收入小计", "17996.68||")),
            (TableSide.Expenditure, ("当年支出小计", "|17996.68|")),
            (TableSide.Income, ("收入合计", "17996.68||")),
            (TableSide.Expenditure, ("支出合计", "|17996.68|")),
            (TableSide.Expenditure, ("一、基本支出", "||12323.48")),
            (TableSide.Expenditure, ("二、项目支出", "||5533.00")),
            (TableSide.Expenditure, ("三、单位预留机动经费", "||140.20")));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void The_lists_add_up_and_a_wrong_figure_inside_a_wrapped_label_is_a_plain_error()
    {
        Check(Page("2,021.18")).Should().NotContain(f => f.RuleId == "SS-EXPENDITURE" || f.RuleId == "SS-INCOME");

        // 七、文化体育与传媒支出 printed 100 higher: the 功能分类 items no longer add up to 当年支出小计, a plain error.
        var wrong = Check(Page("2,121.18")).Should().ContainSingle(f => f.RuleId == "SS-EXPENDITURE").Subject;
        wrong.Severity.Should().Be(Severity.Error);
        wrong.Uncertain.Should().BeFalse();
        wrong.Message.Should().Contain("17996.68 ≠ 18096.68");
    }

    private static PdfTextLine[] Page(string culture) =>
    [
        Line(749.2, 15.9, ("2017年收支预算总表", 90, 240)),
        Line(732.2, 9.0, ("部门：", 90, 117), ("某院", 172, 190), ("单位：万元", 466, 510)),
        Line(712.4, 9.0, ("收入", 143, 161), ("支出", 360, 378)),
        Line(688.8, 9.0, ("功能分类", 284, 320), ("支出用途", 435, 471)),
        Line(677.0, 9.0, ("项目名称", 108, 144), ("金额", 187, 205)),
        Line(664.7, 9.0, ("功能科目名称", 249, 303), ("金额", 354, 372), ("项目名称", 405, 441), ("金额", 480, 498)),
        Line(641.2, 9.0, ("一、财政拨款", 91, 145), ("17,981.68 一、一般公共服务支出", 176, 314), ("一、基本支出", 391, 445), ("12,323.48", 469, 509)),
        Line(620.7, 9.0, ("1.一般公共预", 105, 159)),
        Line(612.8, 9.0, ("17,981.68 二、外交支出", 176, 278), ("二、项目支出", 391, 445), ("5,533.00", 474, 510)),
        Line(604.8, 9.0, ("算", 91, 100)),
        Line(587.9, 9.0, ("2.政府性基金", 105, 159), ("三、单位预留机", 391, 454)),
        Line(580.0, 9.0, ("三、国防支出", 224, 278), ("140.20", 483, 510)),
        Line(572.1, 9.0, ("预算", 91, 109), ("动经费", 391, 418)),
        Line(555.2, 9.0, ("三、其他资金", 91, 145), ("15.00 四、公共安全支出", 194, 296), ("15,975.50", 343, 383)),
        Line(531.8, 9.0, ("七、文化体育与传媒", 224, 305)),
        Line(523.9, 9.0, (culture, 348, 384)),
        Line(516.0, 9.0, ("支出", 224, 242)),
        Line(134.2, 9.0, ("当年收入小计", 99, 153), ("17,996.68", 176, 217), ("当年支出小计", 310, 364), ("17,996.68", 469, 509)),
        Line(87.2, 9.0, ("收入合计", 108, 144), ("17,996.68", 176, 217), ("支出合计", 319, 355), ("17,996.68", 469, 509)),
    ];
}
