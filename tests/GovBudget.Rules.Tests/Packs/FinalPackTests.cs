using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

public sealed class FinalPackTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.FinalAccount);

    private static readonly Lazy<Disclosure> Fixture = new(() => DisclosureTextReader.ReadFile(
        Path.Combine(AppContext.BaseDirectory, "TestData", "final-shehuigongzuobu-2024-excerpt.txt")).Document);

    [Fact]
    public void The_fixture_reads_as_a_final_account()
    {
        Fixture.Value.Kind.Should().Be(DisclosureKind.FinalAccount);
        Fixture.Value.Year.Year.Should().Be(2024);
        Fixture.Value.Department.Name.Should().Be("中共上海市普陀区委社会工作部");
        Fixture.Value.Tables.Select(t => t.Kind).Should().Equal(TableKind.IncomeExpenditureSummary, TableKind.IncomeSummary, TableKind.ExpenditureSummary);
    }

    [Fact]
    public void The_real_rounding_break_is_a_warning_and_the_tables_balance()
    {
        var result = Pack.Check(Fixture.Value);

        // The fixture is an excerpt of three of the nine tables: PUB-TABLES rightly reports the six it leaves out.
        result.Findings.Where(f => f.RuleId == "PUB-TABLES").Should().HaveCount(6).And.OnlyContain(f => f.Severity == Severity.Error);
        // It keeps two of the twelve sections of the 情况说明 (三、 and 六、): NC-SECTIONS rightly reports the ten others.
        result.Findings.Where(f => f.RuleId == "NC-SECTIONS").Should().HaveCount(10).And.OnlyContain(f => f.Severity == Severity.Error);
        var finding = result.Findings.Where(f => f.RuleId is not "PUB-TABLES" and not "NC-SECTIONS").Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NR-BASIC-PARTS");
        finding.Severity.Should().Be(Severity.Warning);
        finding.ExplainedByRounding.Should().BeTrue();
        finding.Actual.Should().Be(105.58m);
        finding.Expected.Should().Be(105.59m);
        result.Passed.Should().Contain(["SS-INCOME", "SS-EXPENDITURE", "SS-INCOME-TOTAL", "SS-EXPENDITURE-TOTAL", "SS-BALANCE",
            "IS-CLASS", "IS-SECTION", "IS-TOTAL", "IS-ROW", "SE-CLASS", "SE-SECTION", "SE-TOTAL", "SE-ROW", "X-SS-SE", "X-SS-IS", "NR-BASIC"]);
        result.NotApplicable.Should().Contain(["BE-CLASS", "GB-CLASS"], "the fixture has no 基本支出 or 一般公共预算 table");
    }

    [Theory]
    [InlineData("支出决算表", "2013901", "合计", "51.42", "SE-SECTION")]
    [InlineData("收入决算表", "合计", "合计", "308.82", "IS-TOTAL")]
    [InlineData("收入支出决算总表", "本年支出合计", "决算数", "307.92", "SS-EXPENDITURE")]
    public void A_changed_figure_is_an_error(string table, string row, string column, string value, string rule)
    {
        var kind = TableKind.FromTitle(table)!;
        var changed = DocumentEditor.WithAmount(Fixture.Value, kind, row, column, value);
        Pack.Check(changed).Findings.Should().Contain(f => f.RuleId == rule && f.Severity == Severity.Error);
    }
}
