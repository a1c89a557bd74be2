using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>Tables in 元 against a narrative in 万元, the way the Shanghai 2025 budget prints them.</summary>
public sealed class UnitConversionTests
{
    private static Disclosure Document(string narrative)
    {
        var columns = new[] { new TableColumn("合计", "合计", 1, null, TableSide.None, ColumnType.Amount) };
        var rows = new[]
        {
            new TableRow(1, ClassificationCode.Parse("2080506"), "机关事业单位职业年金缴费支出", TableSide.None, [Cell.FromNumber(Amount.Parse("873,617.00"))], 10),
            new TableRow(2, ClassificationCode.Parse("2080501"), "行政单位离退休", TableSide.None, [Cell.FromNumber(Amount.Parse("877,080"))], 11),
        };
        var table = new BudgetTable(TableKind.GeneralBudgetExpenditure, "2025年部门一般公共预算支出功能分类预算表", MoneyUnit.Yuan, columns, rows);
        return new Disclosure(new Department(null, "上海市普陀区财政局"), new FiscalYear(2025), DisclosureKind.Budget, [table],
            [new NarrativeSection("五", "一般公共预算支出", narrative, 20)]);
    }

    private static readonly RulePack Pack = RulePack.Parse("""
        tolerance rounding
        rule NR-PENSION error "职业年金" table 一般公共预算支出表 check text("职业年金缴费支出") == 2080506
        rule NR-RETIRED error "离退休" table 一般公共预算支出表 check text("行政单位离退休") == 2080501
        """);

    [Fact]
    public void A_narrative_in_wan_yuan_matches_a_table_in_yuan()
    {
        var result = Pack.Check(Document("职业年金缴费支出 87.36 万元；行政单位离退休 87.71 万元。"));
        result.Findings.Should().BeEmpty("873,617.00 元 is 87.3617 万元, which 87.36 states to its precision");
        result.Passed.Should().Equal("NR-PENSION", "NR-RETIRED", "ROW-REPEAT", "NM-CODE-MISPRINT");
    }

    [Fact]
    public void The_published_887_36_is_an_error_in_the_table_unit()
    {
        var finding = Pack.Check(Document("职业年金缴费支出 887.36 万元；行政单位离退休 87.71 万元。")).Findings.Single();
        finding.RuleId.Should().Be("NR-PENSION");
        finding.Severity.Should().Be(Severity.Error);
        finding.Actual.Should().Be(8_873_600m);
        finding.Expected.Should().Be(873_617m);
        finding.Cells.Should().Contain(c => c.Table == "情况说明" && c.Value == 887.36m && c.Unit == "万元");
        finding.Cells.Should().Contain(c => c.Row == "2080506" && c.Value == 873617.00m && c.Unit == "元");
    }

    [Fact]
    public void A_wrongly_rounded_figure_is_an_error_not_a_rounding_warning()
    {
        // 877,080 元 = 87.708 万元, which rounds to 87.71: 87.70 is 0.008 万元 off, more than its 0.005 precision explains.
        var finding = Pack.Check(Document("职业年金缴费支出 87.36 万元；行政单位离退休 87.70 万元。")).Findings.Single();
        finding.RuleId.Should().Be("NR-RETIRED");
        finding.Severity.Should().Be(Severity.Error);
        finding.Difference.Should().Be(-80m);
    }
}
