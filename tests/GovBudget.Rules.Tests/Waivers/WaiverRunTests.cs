using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Waivers;
using GovBudget.TestSupport;
using NodaTime;

namespace GovBudget.Rules.Tests.Waivers;

public sealed class WaiverRunTests
{
    private static readonly RulePack Pack = RulePack.Standard(DisclosureKind.Budget);
    private static readonly LocalDate Today = new(2025, 6, 30);

    private static Disclosure Doc => Sample.Import.Document;

    private static WaiverSet Waivers(params string[] lines) =>
        WaiverSet.Load(new StringReader(string.Join('\n', [WaiverSet.Header, .. lines])), "waivers.csv");

    private static WaivedFindings Apply(Disclosure document, params string[] lines) =>
        Waivers(lines).Apply(Pack.Check(document), Pack, Today);

    [Fact]
    public void The_sample_warning_is_accepted_and_kept_as_accepted()
    {
        var result = Apply(Doc, "NM-GB,302,一般公共预算支出表,201,,财政局模板的固定表述，已函告,张三,2025-12-31");

        var only = result.Findings.Should().ContainSingle().Which;
        only.Finding.RuleId.Should().Be("NM-GB");
        only.IsAccepted.Should().BeTrue();
        only.AcceptedBy!.Reason.Should().Be("财政局模板的固定表述，已函告");
        only.AcceptedBy.By.Should().Be("张三");
        only.AcceptedBy.Expires.Should().Be(new LocalDate(2025, 12, 31));
        only.AcceptedBy.Location.Should().Be(new SourceSpan("waivers.csv", 2, 1));
        result.Open.Should().BeEmpty();
        result.HasErrors.Should().BeFalse();
        result.Checked.Findings.Should().ContainSingle("the check's own result is unchanged");
    }

    [Theory]
    [InlineData("NM-GB,,,,,rule-wide,张三,2025-12-31")]
    [InlineData("NM-GB,,部门预算一般公共预算财政拨款支出表,,,by printed title,张三,2025-12-31")]
    [InlineData("NM-GB,,一般公共预算财政拨款支出表,一般公共预算支出,,by label,张三,2025-12-31")]
    [InlineData("NM-GB,石家庄市数据资源管理局,,\"2 0 1\",,by department name and a spaced code,张三,2025-12-31")]
    public void A_waiver_matches_by_canonical_table_code_or_label_and_department(string line) =>
        Apply(Doc, line).Findings.Should().ContainSingle().Which.IsAccepted.Should().BeTrue();

    [Theory]
    [InlineData("NM-GB,303,,,,another department,张三,2025-12-31")]
    [InlineData("NM-GB,,基本支出表,,,another table,张三,2025-12-31")]
    [InlineData("NM-GB,,,202,,another row,张三,2025-12-31")]
    [InlineData("NM-GB,,,,合计,a column the name check does not read,张三,2025-12-31")]
    [InlineData("NM-SE,,,201,,another rule,张三,2025-12-31")]
    public void A_waiver_that_matches_nothing_leaves_the_warning_open_and_is_reported_unused(string line)
    {
        var result = Apply(Doc, line);

        result.Findings.Should().HaveCount(2);
        result.Findings[0].Finding.RuleId.Should().Be("NM-GB");
        result.Findings[0].IsAccepted.Should().BeFalse();
        var unused = result.Findings[1].Finding;
        unused.RuleId.Should().Be(WaiverRuleIds.Unused);
        unused.Severity.Should().Be(Severity.Warning);
        unused.Rule.Should().Be(new SourceSpan("waivers.csv", 2, 1));
        unused.Message.Should().StartWith("waivers.csv:2 的豁免（").And.EndWith("）未匹配本次检查的任何发现；请删除或更正");
    }

    [Fact]
    public void A_waiver_is_valid_on_its_expiry_date_and_expired_the_day_after()
    {
        var waivers = Waivers("NM-GB,302,一般公共预算支出表,201,,模板表述,张三,2025-06-30");
        waivers.Apply(Pack.Check(Doc), Pack, Today).Findings.Should().ContainSingle().Which.IsAccepted.Should().BeTrue();

        var after = waivers.Apply(Pack.Check(Doc), Pack, Today.PlusDays(1));

        after.Findings.Should().HaveCount(2);
        after.Findings[0].IsAccepted.Should().BeFalse("an expired waiver accepts nothing");
        var expired = after.Findings[1].Finding;
        expired.RuleId.Should().Be(WaiverRuleIds.Expired);
        expired.Severity.Should().Be(Severity.Warning);
        expired.Message.Should().Be("waivers.csv:2 的豁免（NM-GB 302 一般公共预算财政拨款支出表 201，张三）已于 2025-06-30 过期，NM-GB 的 1 个发现不再被接受；请续期或删除");
        expired.TableTitle.Should().Be("部门预算一般公共预算财政拨款支出表", "it is shown beside the finding it no longer accepts");
        expired.Cells.Should().ContainSingle().Which.Row.Should().Be("201");
        after.Open.Select(f => f.RuleId).Should().Equal("NM-GB", WaiverRuleIds.Expired);
    }

    [Fact]
    public void An_expired_waiver_that_matches_nothing_is_reported_as_expired()
    {
        var result = Apply(Doc, "NM-GB,,基本支出表,301,,旧表述,李四,2020-01-01");

        result.Findings[0].IsAccepted.Should().BeFalse();
        result.Findings[1].Finding.RuleId.Should().Be(WaiverRuleIds.Expired);
        result.Findings[1].Finding.Message.Should().Be("waivers.csv:2 的豁免（NM-GB 一般公共预算财政拨款基本支出表 301，李四）已于 2020-01-01 过期，且未匹配本次检查的任何发现；请删除");
    }

    [Fact]
    public void An_error_is_never_accepted_and_the_waiver_is_reported()
    {
        var broken = DocumentEditor.WithAmount(Doc, TableKind.GeneralBudgetBasicExpenditure, "30101", "合计", "284.14");

        var result = Apply(broken, "BE-CLASS,302,基本支出表,30101,合计,录入错误，下月更正,王五,2025-12-31");

        result.HasErrors.Should().BeTrue();
        var classFindings = result.Findings.Where(f => f.Finding.RuleId == "BE-CLASS").ToList();
        classFindings.Should().NotBeEmpty().And.OnlyContain(f => !f.IsAccepted && f.Finding.Severity == Severity.Error);
        var refused = result.Findings.Should().ContainSingle(f => f.Finding.RuleId == WaiverRuleIds.Error).Which.Finding;
        refused.Severity.Should().Be(Severity.Warning);
        refused.Message.Should().Be($"waivers.csv:2 的豁免（BE-CLASS 302 一般公共预算财政拨款基本支出表 30101 [合计]，王五）不能接受错误：强制性规则的错误不能豁免，BE-CLASS 的 1 个发现仍然有效");
        refused.Cells.Should().ContainSingle().Which.Should().Match<FindingCell>(c => c.Row == "30101" && c.Column == "合计" && c.Value == 284.14m);
        result.Findings.Where(f => f.Finding.RuleId == WaiverRuleIds.Unused).Should().BeEmpty("the waiver did match");
    }

    [Fact]
    public void An_error_rule_cannot_be_waived_even_for_a_rounding_warning()
    {
        var rounding = DocumentEditor.WithAmount(Doc, TableKind.GeneralBudgetBasicExpenditure, "301", "合计", "1112.37");
        var warning = Pack.Check(rounding).Findings.Single(f => f.RuleId == "BE-CLASS");
        warning.Severity.Should().Be(Severity.Warning, "rounding explains the difference");

        var result = Apply(rounding, "BE-CLASS,,,301,,舍位差,王五,2025-12-31");

        result.Findings.Single(f => f.Finding.RuleId == "BE-CLASS").IsAccepted.Should().BeFalse();
        result.Findings.Should().ContainSingle(f => f.Finding.RuleId == WaiverRuleIds.Error);
    }

    [Fact]
    public void A_waiver_of_an_error_rule_that_matches_nothing_is_reported_once_as_an_error_waiver()
    {
        var result = Apply(Doc, "BE-CLASS,,,,,不该豁免,王五,2025-12-31");

        result.Findings.Select(f => f.Finding.RuleId).Should().Equal("NM-GB", WaiverRuleIds.Error);
        result.Findings[1].Finding.Message.Should().Be("waivers.csv:2 的豁免（BE-CLASS，王五）无效：BE-CLASS 是强制性（error）规则，不能豁免");
    }

    [Fact]
    public void A_waiver_of_a_rule_the_pack_lacks_is_reported_as_unknown()
    {
        var result = Apply(Doc, "NM-GBX,,,,,打错了,张三,2025-12-31");

        result.Findings.Select(f => f.Finding.RuleId).Should().Equal("NM-GB", WaiverRuleIds.UnknownRule);
        result.Findings[1].Finding.Message.Should().Be("waivers.csv:2 的豁免（NM-GBX，张三）指向的规则 NM-GBX 不在所用的规则包中");
    }

    [Fact]
    public void A_run_reports_unused_waivers_once_after_every_document()
    {
        var waivers = Waivers(
            "NM-GB,302,,201,,模板表述,张三,2025-12-31",
            "NM-GB,999,,201,,另一个部门,张三,2025-12-31");
        var run = waivers.Start([Pack], Today);

        var first = run.Apply(Pack.Check(Doc));
        var second = run.Apply(Pack.Check(Doc));

        first.Findings.Should().ContainSingle().Which.IsAccepted.Should().BeTrue();
        second.Findings.Should().ContainSingle().Which.IsAccepted.Should().BeTrue("documents never carry the run's unused waivers");
        var unused = run.Finish().Should().ContainSingle().Which;
        unused.RuleId.Should().Be(WaiverRuleIds.Unused);
        unused.Rule.Line.Should().Be(3);
    }

    [Fact]
    public void The_first_matching_waiver_accepts_and_every_matching_waiver_counts_as_used()
    {
        var run = Waivers(
            "NM-GB,,,201,,具体的,张三,2025-12-31",
            "NM-GB,,,,,整条规则,李四,2025-12-31").Start([Pack], Today);

        run.Apply(Pack.Check(Doc)).Findings.Single().AcceptedBy!.By.Should().Be("张三");
        run.Finish().Should().BeEmpty();
    }

    [Fact]
    public void No_waivers_change_nothing()
    {
        var result = WaiverSet.Empty.Apply(Pack.Check(Doc), Pack, Today);

        result.Findings.Should().ContainSingle().Which.IsAccepted.Should().BeFalse();
    }

    [Fact]
    public void Unwaived_findings_are_the_check_s_findings_all_open_as_with_no_waivers()
    {
        var findings = Pack.Check(Doc);

        var unwaived = WaivedFindings.Unwaived(findings);
        var none = WaiverSet.Empty.Apply(findings, Pack, Today);

        unwaived.Findings.Should().Equal(none.Findings);
        unwaived.Open.Should().Equal(findings.Findings);
        unwaived.Findings.Should().OnlyContain(f => !f.IsAccepted);
        unwaived.Checked.Should().BeSameAs(findings);
    }
}
