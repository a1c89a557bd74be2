using GovBudget.Documents;
using GovBudget.Rules.Packs;
using GovBudget.Rules.Syntax;
using GovBudget.Testing;
using GovBudget.TestSupport;
using Xunit.Sdk;

namespace GovBudget.Rules.Tests.Testing;

public sealed class TestingPackageTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);

    private static Disclosure Broken() =>
        DocumentEditor.WithAmount(Sample.Import.Document, TableKind.GeneralBudgetBasicExpenditure, "30101", "合计", "284.14");

    // One case per rule: the runner lists "Every_rule_holds_on_the_sample(rule: BE-CLASS 基本支出表：… · shijiazhuang…)".
    [Theory]
    [RuleCases("standard-budget", "samples/shijiazhuang-data-bureau-2023-budget.txt")]
    public void Every_rule_holds_on_the_sample(RuleCase rule) => rule.AssertHolds();

    [Fact]
    public void Rule_cases_are_one_per_rule_and_document_and_serialise()
    {
        var cases = new RuleCasesAttribute("standard-budget", "samples/shijiazhuang-data-bureau-2023-budget.txt")
            .GetData(typeof(TestingPackageTests).GetMethod(nameof(Every_rule_holds_on_the_sample))!).Select(d => (RuleCase)d[0]).ToList();
        cases.Select(c => c.RuleId).Should().Equal(Pack.Rules.Select(r => r.Id));
        var nm = cases.Single(c => c.RuleId == "NM-GB");
        nm.ToString().Should().Be("NM-GB 一般公共预算财政拨款支出表的科目名称与本文件其他表一致 · shijiazhuang-data-bureau-2023-budget.txt");
        nm.Check().Findings.Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
        ((Action)(() => nm.AssertHolds(Severity.Warning))).Should().Throw<XunitException>().Which.Message.Should().Contain("warning NM-GB");

        var info = new SerializationInfo();
        nm.Serialize(info);
#pragma warning disable CS0618 // the serializer's constructor
        var back = new RuleCase();
#pragma warning restore CS0618
        back.Deserialize(info);
        back.ToString().Should().Be(nm.ToString());
    }

    [Fact]
    public void A_rule_case_that_does_not_apply_fails_with_its_reason_unless_the_test_allows_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"govbudget-cases-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var rules = Path.Combine(folder, "typo.rules");
            File.WriteAllText(rules, """
                rule TYPO error "合计有误"
                    table 基本支出表
                    check "合计x" == sum(类)

                rule COLUMN error "没有的列"
                    table 基本支出表
                    column 决算数
                    check 301 == sum(children(301))
                """);
            var cases = new RuleCasesAttribute(rules, Sample.Path)
                .GetData(typeof(TestingPackageTests).GetMethod(nameof(Every_rule_holds_on_the_sample))!).Select(d => (RuleCase)d[0]).ToList();

            var typo = cases.Single(c => c.RuleId == "TYPO");
            ((Action)(() => typo.AssertHolds())).Should().Throw<XunitException>().Which.Message
                .Should().Contain("Expected rule \"TYPO\" to apply").And.Contain("(row-absent)").And.Contain("没有“合计x”行");
            var column = cases.Single(c => c.RuleId == "COLUMN");
            ((Action)(() => column.AssertHolds())).Should().Throw<XunitException>().Which.Message
                .Should().Contain("(column-absent)").And.Contain("没有“决算数”列");

            // Allowed explicitly, they pass: they found nothing wrong because they checked nothing.
            typo.AssertHolds(Severity.Error, mayNotApply: true);
            column.AssertHolds(Severity.Error, mayNotApply: true);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SatisfyRules_passes_on_the_sample_and_lists_the_findings_when_it_fails()
    {
        Sample.Import.Document.Should().SatisfyRules(Pack).Which.Findings.Should().ContainSingle();
        var act = () => Broken().Should().SatisfyRules(Pack);
        var message = act.Should().Throw<XunitException>().Which.Message;
        message.Should().Contain("to satisfy the rules, but 2 finding(s) at or above error:");
        message.Should().Contain("error BE-CLASS: 基本支出表：类等于其款之和（每列）（301 工资福利支出 [合计]）：1112.32 ≠ 1122.32万元，差额 -10万元");
        message.Should().Contain("一般公共预算财政拨款基本支出表 30101 基本工资 [合计] = 284.14万元（第 298 行）");
        message.Should().Contain("expected 1122.32, actual 1112.32, difference -10");
    }

    [Fact]
    public void A_failure_on_a_pdf_names_the_page_of_each_cell_as_the_cli_does()
    {
        // Issue 15: the test-failure message left out the page numbers the CLI shows.
        var document = RealPdf.Import(RealPdf.Shanghai2025).Document;
        var act = () => document.Should().SatisfyRules(RulePack.Standard(DisclosureKind.Budget));
        act.Should().Throw<XunitException>().Which.Message
            .Should().Contain("887.36万元（第 7 页）").And.Contain("2080506 机关事业单位职业年金缴费支出 [合计] = 873617.00元（第 15 页）");
    }

    [Fact]
    public void ContainError_and_ContainWarning_find_rules_by_id()
    {
        var findings = Pack.Check(Broken());
        findings.Should().ContainError("BE-CLASS").Which.Bindings["c"].Should().Be("301");
        findings.Should().ContainWarning("NM-GB");
        var act = () => Pack.Check(Sample.Import.Document).Should().ContainError("BE-CLASS", "the sample is consistent");
        act.Should().Throw<XunitException>().Which.Message.Should()
            .StartWith("Expected findings to contain an error of rule \"BE-CLASS\" because the sample is consistent, but found")
            .And.Contain("warning NM-GB");
        var errors = () => findings.Should().NotContainErrors();
        errors.Should().Throw<XunitException>().Which.Message.Should().Contain("error BE-ROW");
    }

    private sealed class SerializationInfo : Xunit.Abstractions.IXunitSerializationInfo
    {
        private readonly Dictionary<string, object?> values = [];

        public void AddValue(string key, object? value, Type? type = null) => values[key] = value;

        public object? GetValue(string key, Type type) => values[key];

        public T GetValue<T>(string key) => (T)values[key]!;
    }
}
