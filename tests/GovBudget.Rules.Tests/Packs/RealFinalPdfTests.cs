using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// The standard final-account pack on the real 2024 final accounts of 中共上海市普陀区委社会工作部 (PDF): it reports the
/// defects in the document and nothing that comes from misreading it.
/// </summary>
public sealed class RealFinalPdfTests
{
    private static Disclosure Final2024 => RealPdf.Import(RealPdf.Final2024).Document;

    private static readonly Lazy<IReadOnlyList<Findings.Finding>> Checked =
        new(() => RulePack.Standard(Final2024.Kind).Check(Final2024).Findings);

    [Fact]
    public void The_errors_are_the_completion_rate_measured_against_the_full_year_budget_and_the_template_instructions_left_in_print()
    {
        // 年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%: 307.82 ÷ 321.02.
        // Pages 15 and 16 keep the template's "无…收入支出的，仍保留该表格式，并在本表下方作下述说明：" above their own 说明.
        Final2024.Kind.Should().Be(DisclosureKind.FinalAccount);
        Checked.Value.Where(f => f.Severity == Severity.Error).Select(f => (f.RuleId, f.Page))
            .Should().Equal(("NA-COMPLETION", 18), ("NC-TEMPLATE", 15), ("NC-TEMPLATE", 16));
    }

    [Fact]
    public void The_warnings_are_the_rounding_breaks_printed_in_the_document()
    {
        var warnings = Checked.Value.Where(f => f.Severity == Severity.Warning).ToList();

        warnings.Select(f => f.RuleId).Should().BeEquivalentTo("BE-CLASS", "X-GB-BE-BLOCKS", "NR-BASIC-PARTS", "NA-SHARE");
        // The same break between two tables: 人员经费合计 95.36 + 公用经费合计 10.23 = 105.59 in the 基本支出决算表, 基本支出
        // 105.58 in the 一般公共预算财政拨款支出决算表.
        var tables = warnings.Single(f => f.RuleId == "X-GB-BE-BLOCKS");
        (tables.Actual, tables.Expected).Should().Be((105.59m, 105.58m));
        tables.ExplainedByRounding.Should().BeTrue();
        tables.Cells.Select(c => c.Page).Should().Contain([13, 12]);
        // 302 商品和服务支出 10.23; its 款 add up to 10.22.
        var basic = warnings.Single(f => f.RuleId == "BE-CLASS");
        (basic.Actual, basic.Expected).Should().Be((10.23m, 10.22m));
        basic.Cells[0].Row.Should().Be("302");
        // 基本支出 105.58 in the narrative; 人员经费 95.36 + 公用经费 10.23 = 105.59.
        var parts = warnings.Single(f => f.RuleId == "NR-BASIC-PARTS");
        (parts.Actual, parts.Expected).Should().Be((105.58m, 105.59m));
        // 住房保障支出 29.42 ÷ 307.82 = 9.5575%, printed as 9.55% (a warning: the last digit is rounded the wrong way).
        var share = warnings.Single(f => f.RuleId == "NA-SHARE");
        (share.Actual, share.Expected).Should().Be((9.55m, 9.56m));
    }

    [Fact]
    public void The_names_and_the_department_are_read_right()
    {
        // 一般公共服务 / 201 … / 支出 was read as 支出 before the first row's name above its line was joined to it.
        Checked.Value.Should().NotContain(f => f.RuleId.StartsWith("NM-", StringComparison.Ordinal));
        Final2024.Department.Name.Should().Be("中共上海市普陀区委社会工作部");
    }
}
