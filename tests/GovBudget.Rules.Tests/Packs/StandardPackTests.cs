using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

public sealed class StandardPackTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);

    private static Disclosure Doc => Sample.Import.Document;

    [Fact]
    public void The_sample_has_one_real_defect_reported_as_a_warning_and_no_error()
    {
        var result = Pack.Check(Doc);
        result.HasErrors.Should().BeFalse();
        var finding = result.Findings.Should().ContainSingle().Which;
        finding.RuleId.Should().Be("NM-GB");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Table.Should().Be("一般公共预算财政拨款支出表");
        finding.TableTitle.Should().Be("部门预算一般公共预算财政拨款支出表");
        finding.ActualText.Should().Be("一般公共预算支出");
        finding.ExpectedText.Should().Be("一般公共服务支出");
        finding.Cells.Should().ContainSingle().Which.Row.Should().Be("201");
        result.NotApplicable.Should().Equal(["NR-FUNDS-TOTAL", "NR-OPERATING-UNITS", "NR-OPERATING-TABLE", "NR-SANGONG-TOTAL", "NA-ITEM", "NA-GROWTH", "NA-SHARE", "NA-COMPLETION", "NA-REPEAT", "NC-ITEMNAME"],
            "the sample prints no 机关运行经费 table of its own (Jiangsu's 公开11表), no 三公 table laid out by item (Shanghai's), no 财政拨款收支 total in its text, its 名词解释 does not define 机关运行经费, and its narrative states none of those six kinds of statement");
        result.NotApplicableReasons.Select(r => r.Reason).Should().Equal(
            [Findings.NotApplicableReason.PhraseAbsent, Findings.NotApplicableReason.WhereFalse, Findings.NotApplicableReason.TableAbsent, Findings.NotApplicableReason.WhereFalse,
             .. Enumerable.Repeat(Findings.NotApplicableReason.PhraseAbsent, 6)]);
        result.Passed.Should().HaveCount(Pack.Rules.Count - 5 + 2 + 5 + 1 + 2, "every rule but NM-GB and the four that do not apply, NA-EMPTY-NOTE and NA-PARTS, NC-TEMPLATE, NC-YEAR, NC-DEPT, NC-COMPARE (the words of change) and NC-SECTIONS, PUB-TABLES, ROW-REPEAT and NM-CODE-MISPRINT");
        // Issue 15 item 7: the counts agree with the checks run (103 = 92 passed + 10 not applicable + NM-GB's warning).
        (result.Passed.Count + result.NotApplicable.Count + result.Findings.Select(f => f.RuleId).Distinct().Count()).Should().Be(Pack.Checks.Count);

    }

    [Fact]
    public void Every_rule_of_the_pack_has_a_stable_id_following_the_scheme()
    {
        Pack.Rules.Should().HaveCountGreaterThan(70);
        Pack.Rules.Select(r => r.Id).Should().OnlyHaveUniqueItems()
            .And.AllSatisfy(id => id.Should().MatchRegex("^(SS|FS|IS|SE|GB|GF|SC|FE|FB|BE|SG|PR|AS|X|NR|NM)-[A-Z0-9-]+$"));
    }

    [Fact]
    public void A_class_that_differs_from_its_sections_is_one_finding_per_failing_binding()
    {
        var changed = DocumentEditor.WithAmount(Doc, TableKind.GeneralBudgetBasicExpenditure, "30101", "合计", "284.14");
        var errors = Pack.Check(changed).Findings.Where(f => f.Severity == Severity.Error).ToList();
        var classRule = errors.Where(f => f.RuleId == "BE-CLASS").Should().ContainSingle().Which;
        classRule.Bindings.Should().Equal(new Dictionary<string, string> { ["c"] = "301", ["k"] = "合计" });
        classRule.Actual.Should().Be(1112.32m);
        classRule.Expected.Should().Be(1122.32m);
        classRule.Difference.Should().Be(-10.00m);
        classRule.Cells.Should().Contain(c => c.Row == "30101" && c.Column == "合计" && c.Value == 284.14m);
        classRule.Message.Should().Be("基本支出表：类等于其款之和（每列）（301 工资福利支出 [合计]）：1112.32 ≠ 1122.32万元，差额 -10万元");
        errors.Select(f => f.RuleId).Should().Contain(["BE-CLASS", "BE-ROW"]);
    }

    [Fact]
    public void A_difference_rounding_can_explain_is_a_warning_and_a_larger_one_an_error()
    {
        // 301 = Σ of ten 款 printed to 0.01: rounding explains up to 11 × 0.005 = 0.055.
        var small = DocumentEditor.WithAmount(Doc, TableKind.GeneralBudgetBasicExpenditure, "301", "合计", "1112.37");
        var smallFinding = Pack.Check(small).Findings.Single(f => f.RuleId == "BE-CLASS");
        smallFinding.Severity.Should().Be(Severity.Warning);
        smallFinding.ExplainedByRounding.Should().BeTrue();
        smallFinding.Message.Should().Contain("舍位");

        var large = DocumentEditor.WithAmount(Doc, TableKind.GeneralBudgetBasicExpenditure, "301", "合计", "1112.38");
        var largeFinding = Pack.Check(large).Findings.Single(f => f.RuleId == "BE-CLASS");
        largeFinding.Severity.Should().Be(Severity.Error);
        largeFinding.ExplainedByRounding.Should().BeFalse();
        largeFinding.Difference.Should().Be(0.06m);
    }

    [Fact]
    public void Tolerance_modes_exact_absolute_and_rounding()
    {
        var small = DocumentEditor.WithAmount(Doc, TableKind.GeneralBudgetBasicExpenditure, "301", "合计", "1112.33");
        const string Rule = "table 基本支出表\n check 301 == sum(children(301))";
        RulePack.Parse($"rule A error \"t\" {Rule}").Check(small).Findings.Single().Severity.Should().Be(Severity.Error);
        RulePack.Parse($"rule A error \"t\" tolerance 0.01 {Rule}").Check(small).Findings.Should().BeEmpty();
        RulePack.Parse($"rule A error \"t\" tolerance 0.005 {Rule}").Check(small).Findings.Should().ContainSingle();
        RulePack.Parse($"rule A error \"t\" tolerance rounding {Rule}").Check(small).Findings.Single().Severity.Should().Be(Severity.Warning);
        RulePack.Parse($"tolerance rounding\nrule A error \"t\" {Rule}").Check(Doc).Findings.Should().BeEmpty("zero passes");
    }

    [Fact]
    public void A_rule_whose_table_is_absent_is_not_applicable()
    {
        var withoutProcurement = new Disclosure(Doc.Department, Doc.Year, Doc.Kind,
            Doc.Tables.Where(t => t.Kind != TableKind.GovernmentProcurement), Doc.Narrative, Doc.Source);
        var result = Pack.Check(withoutProcurement);
        result.NotApplicable.Should().Contain(["PR-AMOUNT", "PR-ROW", "PR-SUBTOTAL", "PR-TOTAL", "NR-PROCUREMENT"]);
        result.Passed.Should().NotContain("PR-AMOUNT");
        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("PR-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_narrative_figure_the_text_does_not_state_is_not_applicable()
    {
        var result = RulePack.Parse("rule NR-X error \"t\" table 基本支出表 check text(\"离退休费\") == 30302").Check(Doc);
        result.NotApplicable.Should().Equal("NR-X");
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_narrative_figure_that_disagrees_with_the_table_is_an_error_quoting_the_sentence()
    {
        var changed = DocumentEditor.WithNarrative(Doc, "其中基本支出 1259.54 万元", "其中基本支出 1259.64 万元");
        var finding = Pack.Check(changed).Findings.Single(f => f.RuleId == "NR-BASIC");
        finding.Severity.Should().Be(Severity.Error);
        finding.Actual.Should().Be(1259.64m);
        finding.Expected.Should().Be(1259.54m);
        var quoted = finding.Cells.Single(c => c.Table == "情况说明");
        quoted.Label.Should().Contain("其中基本支出1259.64万元");
        quoted.Title.Should().Be("二、部门预算安排的总体情况");
        quoted.Unit.Should().Be("万元");
    }

    [Fact]
    public void Absent_rows_count_as_zero_and_are_listed()
    {
        var finding = RulePack.Parse("rule A error \"t\" table 基本支出表 check 301 == sum(30101, 30102, 30106)").Check(Doc).Findings.Single();
        finding.Missing.Should().Equal("30106");
        finding.Expected.Should().Be(474.72m);
    }

    [Fact]
    public void One_rule_failing_never_stops_the_others()
    {
        var pack = RulePack.Parse("""
            rule A error "divides by zero" table 基本支出表 check 301 / 30106 == 1.0
            rule B error "fails" table 基本支出表 check 301 == 302
            rule C error "passes" table 基本支出表 check 301 == sum(children(301))
            """);
        var result = pack.Check(Doc);
        result.NotApplicable.Should().Equal("A");
        result.Findings.Select(f => f.RuleId).Should().Equal("B");
        result.Passed.Should().Equal("C", "ROW-REPEAT", "NM-CODE-MISPRINT"); // the checks of what the tables print pass too
    }

    [Fact]
    public void Message_templates_fill_in_values_and_bindings()
    {
        var finding = RulePack.Parse("""
            rule BE-X error "t"
                table 基本支出表
                message "{c} 的 {k}：{actual} 与 {expected} 相差 {difference}{unit}"
                for each c in 30101..30102, each column k in [合计]
                check c == 0.0
            """).Check(Doc).Findings.First();
        finding.Message.Should().Be("30101 的 合计：274.14 与 0 相差 274.14万元");
    }
}
