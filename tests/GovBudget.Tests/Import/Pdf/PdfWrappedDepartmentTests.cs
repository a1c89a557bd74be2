using GovBudget.Documents;
using GovBudget.Import.Pdf;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A department's name wrapped in a narrow cell on the 部门 line, its tail at the cell's start on the next line above
/// the header, on a hand-placed 收入预算总表 with the geometry of 江苏省委办公厅's 2017 公开表 (p. 2: 12 pt, the unit on a
/// line of its own between the name and its tail) and of 江苏省高级人民法院 2019 (p. 12: the tail on the unit's line).
/// The old reader read 编制部门 as the name's first line and the tail as a header cell (a column 公厅).
/// </summary>
public sealed class PdfWrappedDepartmentTests
{
    public static TheoryData<string> Layouts() => ["unit between", "unit beside the tail"];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_wrapped_tail_is_joined_to_the_department_and_is_no_column(string layout)
    {
        var document = Parse(Page(layout, "公厅"));
        var table = document.Tables.Should().ContainSingle().Subject;

        table.PreparedBy.Should().Be("中国共产党江苏省委员会办公厅");
        document.Department.Name.Should().Be("中国共产党江苏省委员会办公厅");
        table.Unit.Should().Be(GovBudget.Amounts.MoneyUnit.TenThousandYuan);
        table.Columns.Select(c => c.Name).Should().Equal("预算数");
        table.Rows.Select(Row).Should().Equal(("收入总计", "20849.45"), ("小计", "20702.25"));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void A_header_word_under_the_department_line_stays_header()
    {
        // 项目名称 printed right under the name's start, as close as a tail: the header's label column, not a tail.
        var table = Parse(Page("unit between", "项目名称", header: false)).Tables.Should().ContainSingle().Subject;

        table.PreparedBy.Should().Be("中国共产党江苏省委员会办");
        table.Columns.Select(c => c.Name).Should().Equal("预算数");
        table.Rows.Select(Row).Should().Equal(("收入总计", "20849.45"), ("小计", "20702.25"));
    }

    private static PdfTextLine[] Page(string layout, string tail, bool header = true)
    {
        List<PdfTextLine> lines =
        [
            Line(726.7, 26, ("2017年收入预算总表", 505.5, 722.3)),
            Line(705.8, 12, ("部门：中国共产党江苏省委员会办", 270.5, 450.5)),
        ];
        if (layout == "unit between")
        {
            lines.Add(Line(700.3, 12, ("单位：万元", 897.4, 957.4)));
            lines.Add(Line(691.2, 12, (tail, 270.5, 270.5 + (12 * tail.Length))));
        }
        else
        {
            lines.Add(Line(691.2, 12, (tail, 270.5, 270.5 + (12 * tail.Length)), ("单位：万元", 897.4, 957.4)));
        }

        if (header)
        {
            lines.Add(Line(666.8, 17, ("项目名称", 330.1, 398.7), ("金额", 829.0, 863.2)));
        }
        else
        {
            lines.Add(Line(666.8, 17, ("金额", 829.0, 863.2)));
        }

        lines.Add(Line(630.2, 9, ("收入总计", 466.5, 535.0), ("20,849.45", 916.8, 957.8)));
        lines.Add(Line(592.7, 9, ("小计", 463.0, 497.1), ("20,702.25", 916.8, 957.8)));
        return [.. lines];
    }
}
