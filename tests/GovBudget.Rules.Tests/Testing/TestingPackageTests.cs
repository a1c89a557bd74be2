using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.Testing;
using GovBudget.TestSupport;
using Xunit.Sdk;

namespace GovBudget.Rules.Tests.Testing;

public sealed class TestingPackageTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);

    private static Disclosure Broken() =>
        DocumentEditor.WithAmount(Sample.Import.Document, TableKind.GeneralBudgetBasicExpenditure, "30101", "合计", "284.14");

    // One case per check: the runner lists "Every_rule_holds_on_the_sample(rule: BE-CLASS 基本支出表：… · shijiazhuang…)".
    // The sample's narrative states no growth rate, share, … : those built-in checks find nothing to examine. Its
    // 名词解释 does not define 机关运行经费, so the rule for a document that does (NR-OPERATING-UNITS) excludes it by its
    // own where: that holds without being allowed (A_rule_its_own_where_excludes_holds).
    // Two rules read what the sample does not print: Jiangsu's 一般公共预算机关运行经费支出预算表 (NR-OPERATING-TABLE) and a
    // stated 财政拨款收支 total (NR-FUNDS-TOTAL, Jiangsu's 财政拨款收、支总预算).
    private static readonly string[] NotInTheSample = ["NR-OPERATING-TABLE", "NR-FUNDS-TOTAL"];

    [Theory]
    [RuleCases("standard-budget", "samples/shijiazhuang-data-bureau-2023-budget.txt")]
    public void Every_rule_holds_on_the_sample(RuleCase rule) =>
        rule.AssertHolds(Severity.Error, mayNotApply: rule.IsBuiltIn || NotInTheSample.Contains(rule.RuleId));

    [Fact]
    public void A_rule_its_own_where_excludes_holds_while_one_that_reads_nothing_still_fails()
    {
        var units = Cases("standard-budget", Sample.Path).Single(c => c.RuleId == "NR-OPERATING-UNITS");
        units.Check().NotApplicableReasons.Should().ContainSingle().Which.Reason.Should().Be(NotApplicableReason.WhereFalse);
        units.AssertHolds();

        var growth = Cases("standard-budget", Sample.Path).Single(c => c.RuleId == "NA-GROWTH");
        ((Action)(() => growth.AssertHolds())).Should().Throw<XunitException>().Which.Message.Should().Contain("(phrase-absent)");
    }

    [Fact]
    public void Rule_cases_are_one_per_check_of_the_pack_and_document_and_serialise()
    {
        var cases = Cases("standard-budget", "samples/shijiazhuang-data-bureau-2023-budget.txt");
        cases.Select(c => c.RuleId).Should().Equal(Pack.Checks.Select(c => c.Id));
        // Issue 15: 81 cases where the pack runs more checks; the narrative checks, PUB-TABLES and the checks of what
        // the tables print (ROW-REPEAT, NM-CODE-MISPRINT) have a case each too.
        cases.Should().HaveCount(Pack.Rules.Count + 16);
        var ran = Pack.Check(Sample.Import.Document);
        cases.Select(c => c.RuleId).Should().Contain(ran.Passed.Concat(ran.NotApplicable).Concat(ran.Findings.Select(f => f.RuleId)));
        cases.Where(c => c.IsBuiltIn).Select(c => c.RuleId).Should().Contain(["NA-GROWTH", "NC-YEAR", "PUB-TABLES", "ROW-REPEAT", "NM-CODE-MISPRINT"]);
        cases.Single(c => c.RuleId == "NA-GROWTH").ToString().Should().Be("NA-GROWTH 情况说明的增减幅度与所述金额一致 · shijiazhuang-data-bureau-2023-budget.txt");
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
    public void A_built_in_check_that_does_not_apply_fails_with_its_reason_as_a_rule_does_unless_the_test_allows_it()
    {
        var growth = Cases("standard-budget", Sample.Path).Single(c => c.RuleId == "NA-GROWTH");
        growth.IsBuiltIn.Should().BeTrue();
        ((Action)(() => growth.AssertHolds())).Should().Throw<XunitException>().Which.Message
            .Should().Contain("Expected rule \"NA-GROWTH\" to apply").And.Contain("(phrase-absent)");
        growth.AssertHolds(Severity.Error, mayNotApply: true);
    }

    [Fact]
    public void A_built_in_check_case_fails_when_the_check_finds_an_error_and_the_other_cases_are_not_affected()
    {
        // The 收入 sentence's 其中 list no longer adds up to its total: 65559.38 = 65559.38 + 10 + 0 + 0 + 0.
        var text = Sample.Text.Replace("基金预算收入 0 万元", "基金预算收入 10 万元", StringComparison.Ordinal);
        text.Should().NotBe(Sample.Text);
        var file = Path.Combine(Path.GetTempPath(), $"govbudget-cases-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, text);
        try
        {
            var cases = Cases("standard-budget", file);
            var parts = cases.Single(c => c.RuleId == "NA-PARTS");
            ((Action)(() => parts.AssertHolds())).Should().Throw<XunitException>().Which.Message.Should().Contain("error NA-PARTS");
            parts.Check().Findings.Should().OnlyContain(f => f.RuleId == "NA-PARTS");
            cases.Single(c => c.RuleId == "BE-CLASS").AssertHolds();
            cases.Single(c => c.RuleId == "PUB-TABLES").AssertHolds();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Rule_cases_read_a_pdf_as_the_cli_does_and_its_built_in_checks_find_its_defects()
    {
        // Issue 15: RuleCases read only text, so every case of a PDF failed (binary content).
        var file = RealPdf.Path(RealPdf.Shanghai2025);
        var cases = Cases("standard-budget", file);
        cases.Should().HaveCount(Pack.Checks.Count);
        cases.Single(c => c.RuleId == "SS-BALANCE").AssertHolds();
        // Narrative item 7 says 职业年金缴费支出 887.36 万元; the table says 873,617.00 元 (README of TestData/real).
        var item = cases.Single(c => c.RuleId == "NA-ITEM");
        ((Action)(() => item.AssertHolds())).Should().Throw<XunitException>().Which.Message
            .Should().Contain("error NA-ITEM").And.Contain("887.36").And.Contain("（第 7 页）");
        var cli = Pack.Check(RealPdf.Import(RealPdf.Shanghai2025).Document);
        item.Check().Findings.Select(f => f.Message).Should().Equal(cli.Findings.Where(f => f.RuleId == "NA-ITEM").Select(f => f.Message)).And.NotBeEmpty();
    }

    [Fact]
    public void Rule_cases_read_govbudget_json()
    {
        var file = Path.Combine(Path.GetTempPath(), $"govbudget-cases-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, GovBudget.Serialization.DisclosureJson.Serialize(Sample.Import.Document));
        try
        {
            var cases = Cases("standard-budget", file);
            cases.Should().HaveCount(Pack.Checks.Count);
            var nm = cases.Single(c => c.RuleId == "NM-GB");
            nm.AssertHolds();
            ((Action)(() => nm.AssertHolds(Severity.Warning))).Should().Throw<XunitException>().Which.Message.Should().Contain("warning NM-GB");
            cases.Single(c => c.RuleId == "BE-CLASS").AssertHolds();
        }
        finally
        {
            File.Delete(file);
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

    private static List<RuleCase> Cases(string rules, string document) =>
        [.. new RuleCasesAttribute(rules, document)
            .GetData(typeof(TestingPackageTests).GetMethod(nameof(Every_rule_holds_on_the_sample))!).Select(d => (RuleCase)d[0])];

    private sealed class SerializationInfo : Xunit.Abstractions.IXunitSerializationInfo
    {
        private readonly Dictionary<string, object?> values = [];

        public void AddValue(string key, object? value, Type? type = null) => values[key] = value;

        public object? GetValue(string key, Type type) => values[key];

        public T GetValue<T>(string key) => (T)values[key]!;
    }
}
