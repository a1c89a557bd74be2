using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>
/// NR-OPERATING and NR-OPERATING-UNITS (issue 14): 机关运行经费 by the document's own definition. On the real 上海市普陀区财政局
/// 2025 budget (TestData/real): its 名词解释（四） (p. 6) defines 机关运行经费 for 行政单位 and 参照公务员法管理的事业单位, and
/// its 情况说明 (p. 22) states 机关运行经费预算为229.43万元 against the 基本支出表's 公用经费 2,294,335.00 元 (p. 20). Mutated
/// copies remove that definition, or put in its place the real definitions of 江苏省委办公厅 2017 (p. 12, 第四部分 名词解释
/// 九、: 各部门的公用经费) and 江苏省高级人民法院 2019 (第四部分 名词解释 九、: 行政单位（含参照公务员法管理的事业单位）).
/// The 2024 决算 of 中共上海市普陀区委社会工作部 (TestData/real) defines it so too (名词解释 十一、) and states 机关运行经费支出
/// 10.23 万元 against its 基本支出决算表's 公用经费合计 10.23.
/// </summary>
public sealed class OperatingExpensesRuleTests
{
    private const string Jiangsu2017 = Evaluation.OperatingExpensesDefinitionTests.Jiangsu2017;

    private const string Jiangsu2019 = "九、机关运行经费：指行政单位（含参照公务员法管理的事业单位）使用一般公共预算安排的基本支出中的日常公用经费支出，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用。";

    private const string Stated = "机关运行经费预算为229.43万元";

    // The definition as printed, over its line break: （四）机关运行经费：指行政单位和…基本支出中的日 / 常公用经费支出。
    private static readonly Regex ShanghaiDefinition = new(@"（四）\s*机关运行经费：指[^。]*。", RegexOptions.CultureInvariant);

    private static Disclosure Shanghai2025 => RealPdf.Import(RealPdf.Shanghai2025).Document;

    private static Disclosure Final2024 => RealPdf.Import(RealPdf.Final2024).Document;

    private static Disclosure WithDefinition(Disclosure document, string? definition)
    {
        document.Narrative.Should().ContainSingle(s => ShanghaiDefinition.IsMatch(s.Text), "the definition is printed once");
        return DocumentEditor.WithNarrative(document, ShanghaiDefinition, definition ?? string.Empty);
    }

    private static DocumentFindings Check(Disclosure document) => RulePack.Standard(document.Kind).Check(document);

    private static NotApplicableCheck Why(DocumentFindings result, string rule) => result.NotApplicableReasons.Single(r => r.Rule == rule);

    [Fact]
    public void The_document_s_definition_for_administrative_units_is_followed()
    {
        var result = Check(Shanghai2025);
        result.Passed.Should().Contain("NR-OPERATING-UNITS");
        Why(result, "NR-OPERATING").Reason.Should().Be(NotApplicableReason.WhereFalse, "the plain comparison is for documents without that definition");
        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("NR-OPERATING", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_definition_the_figure_is_compared_with_all_public_expenses_as_before()
    {
        var document = WithDefinition(Shanghai2025, null);
        ShanghaiDefinition.IsMatch(string.Concat(document.Narrative.Select(s => s.Text))).Should().BeFalse();

        var result = Check(document);
        result.Passed.Should().Contain("NR-OPERATING", "229.43 万元 is 2,294,335.00 元 at the text's precision");
        Why(result, "NR-OPERATING-UNITS").Reason.Should().Be(NotApplicableReason.WhereFalse);

        var lower = Check(DocumentEditor.WithNarrative(document, Stated, "机关运行经费预算为200.00万元"));
        var finding = lower.Findings.Should().ContainSingle(f => f.RuleId == "NR-OPERATING").Subject;
        finding.Severity.Should().Be(Severity.Error);
        (finding.Actual, finding.Expected).Should().Be((2000000m, 2294335m), "the 基本支出表 is in 元");
    }

    [Fact]
    public void Under_the_definition_a_part_of_the_public_expenses_is_no_error()
    {
        // The same 200.00 万元 the plain comparison rejects: the document says its 机关运行经费 leaves out other units.
        var result = Check(DocumentEditor.WithNarrative(Shanghai2025, Stated, "机关运行经费预算为200.00万元"));
        result.Passed.Should().Contain("NR-OPERATING-UNITS");
        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("NR-OPERATING", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_the_definition_more_than_the_public_expenses_is_still_an_error_that_quotes_it()
    {
        var result = Check(DocumentEditor.WithNarrative(Shanghai2025, Stated, "机关运行经费预算为329.43万元"));
        var finding = result.Findings.Should().ContainSingle(f => f.RuleId == "NR-OPERATING-UNITS").Subject;
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().StartWith("按文件名词解释的定义（机关运行经费只含行政单位和参照公务员法管理的事业单位），情况说明所述机关运行经费是基本支出表公用经费的一部分：3294300 应不大于 2294335元");
        finding.Cells.Should().Contain(c => c.Table == "情况说明" && c.Value == null
            && c.Label.Contains("机关运行经费：指行政单位和参照公务员法管理的事业单位", StringComparison.Ordinal), "the definition followed is quoted");
        finding.Cells.Should().Contain(c => c.Value == 329.43m && c.Page == 22);
        Why(result, "NR-OPERATING").Reason.Should().Be(NotApplicableReason.WhereFalse);
    }

    [Fact]
    public void A_definition_as_all_of_a_department_s_public_expenses_compares_as_before()
    {
        var document = WithDefinition(Shanghai2025, Jiangsu2017);
        Check(document).Passed.Should().Contain("NR-OPERATING");

        var result = Check(DocumentEditor.WithNarrative(document, Stated, "机关运行经费预算为200.00万元"));
        result.Findings.Should().ContainSingle(f => f.RuleId == "NR-OPERATING").Which.Severity.Should().Be(Severity.Error);
        Why(result, "NR-OPERATING-UNITS").Reason.Should().Be(NotApplicableReason.WhereFalse);
    }

    [Fact]
    public void Jiangsu_s_wording_of_the_definition_for_administrative_units_is_followed_too()
    {
        var result = Check(DocumentEditor.WithNarrative(WithDefinition(Shanghai2025, Jiangsu2019), Stated, "机关运行经费预算为200.00万元"));
        result.Passed.Should().Contain("NR-OPERATING-UNITS");
        Why(result, "NR-OPERATING").Reason.Should().Be(NotApplicableReason.WhereFalse);
    }

    [Fact]
    public void The_final_account_follows_its_definition_against_its_public_expenses_total()
    {
        var result = Check(Final2024);
        result.Passed.Should().Contain("NR-OPERATING-UNITS", "10.23 万元 of 公用经费合计 10.23");
        Why(result, "NR-OPERATING").Reason.Should().Be(NotApplicableReason.WhereFalse);

        var more = Check(DocumentEditor.WithNarrative(Final2024, new Regex(@"机关运行经费支出\s*10\.23\s*万元", RegexOptions.CultureInvariant), "机关运行经费支出 11.23 万元"));
        more.Findings.Should().ContainSingle(f => f.RuleId == "NR-OPERATING-UNITS").Which.Severity.Should().Be(Severity.Error);
    }
}
