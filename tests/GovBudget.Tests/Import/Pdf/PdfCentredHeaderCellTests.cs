using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Findings;
using static GovBudget.Tests.Import.Pdf.HandPlacedPage;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A header cell whose name is centred in its cell over three lines of different lengths, the middle one wider than
/// the others (单位 / 预留机动 / 经费), on a hand-placed page with the geometry of the Jiangsu 2017 支出预算总表 (a 17.1 pt
/// header whose lines are 14.7 pt apart, so the parts of one name are two lines apart, with 基 / 本支出 and 项目 / 支出
/// printed between them). Read back, it is one column, 单位预留机动经费, and the row's four figures are in their columns.
/// </summary>
public sealed class PdfCentredHeaderCellTests
{
    [Fact]
    public void A_name_whose_middle_line_is_wider_is_one_column()
    {
        var layout = PdfTableLayout.Build(TableKind.ExpenditureSummary, Header);

        layout.Values.Select(v => (v.Name, v.Group)).Should().Equal(
            ("合计", null), ("基本支出", null), ("项目支出", null), ("单位预留机动经费", null), ("结转下年资金", null));
    }

    [Fact]
    public void The_row_is_read_under_its_five_columns_without_a_sign()
    {
        var table = Read(Page("128.43"), TableKind.ExpenditureSummary);

        table.Unit.Should().Be(GovBudget.Amounts.MoneyUnit.TenThousandYuan);
        table.Columns.Select(c => c.Name).Should().Equal("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金");
        table.Rows.Select(Row).Should().Equal(
            ("合计", "13649.07|7666.68|5853.96|128.43|"));
        table.HasSigns.Should().BeFalse();
    }

    [Fact]
    public void The_row_adds_up_and_a_wrong_figure_is_a_plain_error()
    {
        Check(Page("128.43")).Should().NotContain(f => f.RuleId == "SE-ROW");

        // 单位预留机动经费 printed 10 higher: 合计 is no longer the sum of its columns, a plain error.
        var wrong = Check(Page("138.43")).Should().ContainSingle(f => f.RuleId == "SE-ROW").Subject;
        wrong.Severity.Should().Be(Severity.Error);
        wrong.Uncertain.Should().BeFalse();
        wrong.Message.Should().Contain("13649.07 ≠ 13659.07");
    }

    private static readonly PdfTextLine[] Header =
    [
        Line(255.5, 17.1, ("单位", 336, 370)),
        Line(240.8, 17.1, ("基", 205, 222), ("项目", 263, 297)),
        Line(226.0, 17.1, ("合计", 103, 138), ("预留机动", 302, 370), ("结转下年资金", 429, 531)),
        Line(211.2, 17.1, ("本支出 支出", 171, 280)),
        Line(196.6, 17.1, ("经费", 319, 353)),
    ];

    private static PdfTextLine[] Page(string reserve) =>
    [
        Line(338.6, 26.1, ("2017年支出预算总表", 220, 402)),
        Line(305.7, 9.0, ("部门：", 99, 126), ("某办公厅", 191, 227), ("单位：万元", 449, 494)),
        .. Header,
        Line(150.7, 9.0, ("13,649.07", 92, 133), ("7,666.68", 187, 223), ("5,853.96", 254, 290), (reserve, 331, 358)),
    ];
}
