using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// The Jiangsu 政府采购预算表 as printed (checked against the pages): an outline of 品目大类 (一、货物A), projects
/// (专项名称 / 经济科目) and items (采购物品名称 / 采购组织形式), names wrapped over lines set wide apart, continued on
/// the next pages, under its title printed again, and followed on its last page by the 情况说明.
/// </summary>
public sealed class RealPdfProcurementTests
{
    public static TheoryData<string, decimal> Tables() => new()
    {
        { RealPdf.Renda2017, 2247.85m },
        { RealPdf.Shengwei2017Tables, 1774.70m },
        { RealPdf.Shengwei2019Tables, 1422.50m },
        { RealPdf.Zhengxie2017Tables, 1271.22m },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_level_adds_up_to_the_printed_total_and_no_check_of_it_fails(string file, decimal total)
    {
        var document = RealPdf.Import(file).Document;
        var table = document.Tables.Should().ContainSingle(t => t.Kind == TableKind.GovernmentProcurement).Subject;

        Amount(table.Rows.Single(r => r.Label == "合计")).Should().Be(total);
        table.Rows.Where(r => r.Depth == 1).Sum(Amount).Should().Be(total, "the 品目大类 add up to the 合计");
        table.Rows.Select(r => r.Depth).Distinct().Should().Contain([1, 2, 3]);
        RulePack.Standard(document.Kind).Check(document).Findings.Should().NotContain(f => f.RuleId.StartsWith("PR-", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_wrapped_above_and_below_their_figures_are_one_row_and_the_narrative_after_the_table_is_narrative()
    {
        // 人大办公厅 2017 p.21: 公务用车运 / 交通运行费 183.60 / 行维护费, 30 points apart, rows 50 or more apart; p.23
        // continues the table, then 第三部分 … 情况说明 starts on the same page.
        var document = RealPdf.Import(RealPdf.Renda2017).Document;
        var table = document.Table(TableKind.GovernmentProcurement)!;

        var project = table.Rows.Single(r => r.Cells[1].Text == "交通运行费");
        project.Cells[2].Text.Should().Be("公务用车运行维护费");
        project.Depth.Should().Be(2);
        var item = table.Rows.Single(r => r.Depth == 3 && r.Cells[3].Text!.StartsWith("车辆维修和", StringComparison.Ordinal));
        item.Cells[3].Text.Should().EndWith("保养服务");
        table.Rows.Should().NotContain(r => r.Cells.Take(5).Any(c => c.Text != null && c.Text.Contains("情况说明", StringComparison.Ordinal)));
        table.Rows.Should().OnlyContain(r => r.Page <= 23);
        document.Narrative.Should().Contain(s => s.Text.Contains("支出预算总计13649.07万元", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_name_printed_again_beside_an_item_where_its_cell_continues_is_the_item()
    {
        // 省委办公厅 2017 p.13: 机要及电子政务业务费 办公设备购置 打印设备（20万以下） 政府集中采购 3.00.
        var table = RealPdf.Import(RealPdf.Shengwei2017Tables).Document.Table(TableKind.GovernmentProcurement)!;

        var row = table.Rows.Single(r => r.Page == 13 && r.Cells[3].Text == "打印设备（20万以下）");
        row.Depth.Should().Be(3);
        table.Rows.Single(r => r.Page == 12 && r.Cells[1].Text == "机要及电子政务业务费").Depth.Should().Be(2);
    }

    private static decimal Amount(TableRow row) => row.Cells[^1].Number!.Value.ToDecimal();
}
