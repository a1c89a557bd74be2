using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Findings;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The unit printed on the 部门 line closer than a cell gap to the department's name, on a hand-placed 支出预算总表
/// (9 pt): `部门：某办公厅 单位：万元` as one cell, or as two (`部门：` | `某办公厅 单位：万元`). Once the table had no unit
/// and the department's name ended in 单位：万元; now both are read.
/// </summary>
public sealed class PdfUnitOnDepartmentLineTests
{
    public static TheoryData<string> Layouts() => ["one cell", "two cells"];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_unit_and_the_department_are_both_read(string layout)
    {
        var document = Parse(Page(layout, "40.00"));
        var table = document.Tables.Should().ContainSingle().Subject;

        document.Department.Name.Should().Be("某办公厅");
        table.Unit.Should().Be(GovBudget.Amounts.MoneyUnit.TenThousandYuan);
        table.Columns.Select(c => c.Name).Should().Equal("合计", "基本支出", "项目支出");
        table.Rows.Select(Row).Should().Equal(("合计", "100.00|60.00|40.00"));
        table.HasSigns.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_wrong_figure_is_a_plain_error(string layout)
    {
        Check(Page(layout, "40.00")).Should().NotContain(f => f.RuleId == "SE-ROW");

        var wrong = Check(Page(layout, "45.00")).Should().ContainSingle(f => f.RuleId == "SE-ROW").Subject;
        wrong.Severity.Should().Be(Severity.Error);
        wrong.Uncertain.Should().BeFalse();
        wrong.Message.Should().Contain("100 ≠ 105");
    }

    private static PdfTextLine[] Page(string layout, string project) =>
    [
        Line(760, 16, ("2017年支出预算总表", 200, 360)),
        layout == "one cell"
            ? Line(735, 9, ("部门：某办公厅 单位：万元", 60, 180))
            : Line(735, 9, ("部门：", 60, 87), ("某办公厅 单位：万元", 120, 210)),
        Line(715, 9, ("合计", 100, 118), ("基本支出", 200, 236), ("项目支出", 300, 336)),
        Line(695, 9, ("100.00", 90, 118), ("60.00", 210, 232), (project, 310, 332)),
    ];
}
