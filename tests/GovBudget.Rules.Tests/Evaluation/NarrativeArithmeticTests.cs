using GovBudget.Documents;
using GovBudget.Rules.Packs;
using GovBudget.Rules.Syntax;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>
/// The arithmetic a narrative states in its own sentences. The sentences are quoted from the real documents
/// (tests/GovBudget.Tests/TestData/real/README.md gives their sources and the defects found in them by hand).
/// </summary>
public sealed class NarrativeArithmeticTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.FinalAccount);

    private static IReadOnlyList<Findings.Finding> Check(params string[] paragraphs)
    {
        var document = new Disclosure(new Department(null, "测试部门"), new FiscalYear(2024), DisclosureKind.FinalAccount, [],
            paragraphs.Select((p, i) => new NarrativeSection((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "说明", p, i + 10)));
        return Pack.Check(document).Findings.Where(f => f.RuleId.StartsWith("NA-", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void Correct_growth_rates_pass_jiangsu_2019()
    {
        Check(
            "一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19 万元，增长 12.11%。",
            "此外，基本支出预算数为 21968 万元。与上年相比增加 3397.18 万元，增长 18.29%。",
            "项目支出预算数为 10208.94 万元。与上年相比减少 1134.33 万元，减少 10%。",
            "法院（款）案件执行（项）支出 775 万元，与上年相比减少 175 万元，减少 18.42%，主要原因是案件执行专项业务经费的支出预算安排减少。")
            .Should().BeEmpty();
    }

    [Fact]
    public void A_wrong_growth_rate_is_an_error()
    {
        var finding = Check("一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19 万元，增长 12.31%。").Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NA-GROWTH");
        finding.Severity.Should().Be(Severity.Error);
        finding.Actual.Should().Be(12.31m);
        finding.Expected.Should().Be(12.11m);
        finding.Message.Should().Contain("上年 33172.15 万元，增加 4016.19 万元，幅度应为 12.1071%，文中为 12.31%");
    }

    [Fact]
    public void A_new_item_has_no_growth_rate_to_check()
    {
        Check("中共上海市普陀区委社会工作部 2024 年度收入支出总计 307.82 万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长 100.00%。")
            .Should().BeEmpty();
    }

    [Fact]
    public void Shares_against_a_stated_total_pass_and_a_misrounded_share_is_a_warning()
    {
        Check("一般公共预算收入 37188.34 万元，占 100%；基本支出 21968 万元，占 59.07%；项目支出 10208.94 万元，占 27.45%；单位预留机动经费 5011.4 万元，占 13.48%；")
            .Should().BeEmpty();
        var finding = Check("一般公共预算财政拨款支出 307.82 万元，主要用于以下方面：一般公共服务支出（类）264.87 万元，占 86.05%；社会保障和就业支出（类）10.82 万元，占 3.52%；卫生健康支出（类）2.71 万元，占 0.88%；住房保障支出（类）29.42 万元，占 9.55%。")
            .Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NA-SHARE");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message.Should().Contain("29.42 ÷ 307.82 = 9.5575%，四舍五入为 9.56%，文中为 9.55%");
        finding.Cells.Single().Label.Should().Contain("住房保障支出（类）29.42万元，占9.55%");
    }

    [Fact]
    public void A_completion_rate_measured_against_the_wrong_budget_is_an_error()
    {
        var finding = Check("一般公共预算财政拨款支出年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。")
            .Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NA-COMPLETION");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Contain("年初预算为 0 万元，95.89% 是 307.82 ÷ 321.02，按全年预算计算");
        Check("行政运行（项）。年初预算为 52 万元，全年预算为 52 万元，支出决算为 51.32 万元，完成全年预算的 98.69%。").Should().BeEmpty();
    }

    [Fact]
    public void The_sample_and_documents_without_a_narrative()
    {
        var sample = RulePack.Standard(DisclosureKind.Budget).Check(Sample.Import.Document);
        sample.Passed.Should().Contain(["NA-GROWTH", "NA-SHARE", "NA-COMPLETION"]);
        var bare = new Disclosure(new Department(null, "x"), new FiscalYear(2024), DisclosureKind.Budget, [], []);
        RulePack.Standard(DisclosureKind.Budget).Check(bare).NotApplicable.Should().Contain(["NA-GROWTH", "NA-SHARE", "NA-COMPLETION"]);
        RulePack.Parse("rule A error \"t\" table 基本支出表 check 301 > 0.0").ChecksNarrativeArithmetic.Should().BeFalse();
    }

    [Fact]
    public void An_empty_table_whose_note_names_the_other_fund_is_a_warning()
    {
        // The note printed under the Shanghai 2025 budget's empty 国有资本经营预算 table, word for word.
        const string CarriedOver = "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。";
        var columns = new[] { new TableColumn("合计", "合计", 1, null, TableSide.None, ColumnType.Amount) };
        Disclosure With(string fundNote, string capitalNote) => new(new Department(null, "上海市普陀区财政局"), new FiscalYear(2025), DisclosureKind.Budget,
            [
                new BudgetTable(TableKind.GovernmentFundExpenditure, "2025年部门政府性基金预算支出功能分类预算表", Amounts.MoneyUnit.Yuan, columns, [], [fundNote]),
                new BudgetTable(TableKind.StateCapitalExpenditure, "2025年部门国有资本经营预算支出功能分类预算表", Amounts.MoneyUnit.Yuan, columns, [], [capitalNote]),
            ],
            [new NarrativeSection(null, "说明", "无", 1)]);

        var finding = RulePack.Standard(DisclosureKind.Budget).Check(With(CarriedOver, CarriedOver)).Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NA-EMPTY-NOTE");
        finding.Severity.Should().Be(Severity.Warning);
        finding.TableTitle.Should().Be("2025年部门国有资本经营预算支出功能分类预算表");
        finding.Message.Should().Contain("说的是政府性基金预算，不是国有资本经营预算");
        RulePack.Standard(DisclosureKind.Budget).Check(With(CarriedOver, "注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。"))
            .Findings.Should().BeEmpty();
    }
}
