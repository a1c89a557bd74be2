using GovBudget.Documents;
using GovBudget.Import;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>The standard pack on the real Shanghai 2025 budget PDF: the defects found by hand are reported.</summary>
public sealed class RealPdfTests
{
    private static Disclosure Shanghai2025 => RealPdf.Import(RealPdf.Shanghai2025).Document;

    private static IReadOnlyList<Findings.Finding> Findings() =>
        RulePack.Standard(DisclosureKind.Budget).Check(Shanghai2025).Findings;

    [Fact]
    public void The_887_36_for_87_36_is_an_error()
    {
        var finding = Findings().First(f => f.RuleId == "NA-ITEM" && f.Actual == 887.36m);
        finding.Severity.Should().Be(Severity.Error);
        finding.Expected.Should().Be(87.36m);
        finding.Cells.Should().Contain(c => c.Row == "2080506" && c.Value == 873617.00m && c.Unit == "元");
    }

    [Fact]
    public void The_87_70_for_87_708_is_a_truncation_warning()
    {
        var finding = Findings().First(f => f.RuleId == "NA-ITEM" && f.Actual == 87.70m);
        finding.Severity.Should().Be(Severity.Warning);
        finding.Expected.Should().Be(87.71m);
        finding.Message.Should().Contain("877080.00 元，即 87.708 万元，应写作 87.71 万元，文中为 87.70 万元（未四舍五入，疑为截尾）");
    }

    [Fact]
    public void The_note_of_the_empty_state_capital_table_names_the_wrong_fund()
    {
        Findings().Should().ContainSingle(f => f.RuleId == "NA-EMPTY-NOTE")
            .Which.TableTitle.Should().Be("2025年部门国有资本经营预算支出功能分类预算表");
    }

    [Fact]
    public void The_consistent_figures_found_by_hand_raise_nothing()
    {
        // 31,214,205.80 = 25,121,091.00 + 6,093,114.80 (支出总表 and 一般公共预算表 rows), 人员经费 = 301 + 303 (基本支出表).
        var findings = Findings();
        findings.Should().NotContain(f => f.RuleId == "SE-ROW" || f.RuleId == "GB-ROW" || f.RuleId == "BE-ROW" || f.RuleId == "BE-TOTAL");
    }

    [Fact]
    public void The_only_errors_are_the_887_36_defect_printed_twice()
    {
        // The original prints narrative items 7–11 twice (see the README of the real documents).
        // One defect printed twice: one finding with both places (issue 15).
        Findings().Where(f => f.Severity == Severity.Error).Should().ContainSingle()
            .Which.Should().Match<Rules.Findings.Finding>(f => f.RuleId == "NA-ITEM" && f.Actual == 887.36m && f.Cells.Count(c => c.Value == 887.36m) == 2);
    }

    [Fact]
    public void The_three_public_table_laid_out_by_item_is_checked_against_the_narrative()
    {
        // 公务接待费 0.95 万元 in the narrative, and under its own column of the one line of the 三公 table.
        RulePack.Standard(DisclosureKind.Budget).Check(Shanghai2025).Passed.Should().Contain("NR-SANGONG-RECEPTION");
    }

    [Fact]
    public void The_narrative_totals_in_wan_yuan_are_checked_against_the_tables_in_yuan()
    {
        // 收入预算3,121.42万元 and 支出预算3,121.42万元 against 31,214,205.80 元 (rounded to the text's 0.01 万元).
        RulePack.Standard(DisclosureKind.Budget).Check(Shanghai2025).Passed.Should().Contain(["NR-INCOME", "NR-EXPENDITURE"]);

        var changed = TestSupport.DocumentEditor.WithNarrative(Shanghai2025, "收入预算3,121.42万元", "收入预算3,112.42万元");
        var finding = RulePack.Standard(DisclosureKind.Budget).Check(changed).Findings.Should().ContainSingle(f => f.RuleId == "NR-INCOME").Which;
        finding.Severity.Should().Be(Severity.Error);
        finding.Page.Should().Be(7);
    }
}
