using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>Issue 15 (report): one defect printed twice is one finding with both places, counted once.</summary>
public sealed class RepeatedFindingsTests
{
    [Fact]
    public void A_narrative_sentence_printed_twice_is_one_finding_with_both_places()
    {
        // The real 普陀区财政局 2025 disclosure prints its list of 项 statements on page 7 and again on page 8; the
        // 887.36 万元 for 87.36 is one defect.
        var result = RulePack.Standard(Documents.DisclosureKind.Budget).Check(RealPdf.Import(RealPdf.Shanghai2025).Document);
        var item = result.Findings.Where(f => f.RuleId == "NA-ITEM" && f.Message.Contains("887.36", StringComparison.Ordinal)).Should().ContainSingle().Which;
        item.Severity.Should().Be(Severity.Error);
        item.Cells.Where(c => c.Value == 887.36m).Select(c => c.Page).Should().Equal(7, 8);
        item.Page.Should().Be(7);
    }

    [Fact]
    public void Findings_of_one_rule_with_other_messages_stay_apart()
    {
        // The same document's other NA-ITEM findings (87.70, 78.21, 204.91, 268.77: truncated, not rounded) each stay one.
        var result = RulePack.Standard(Documents.DisclosureKind.Budget).Check(RealPdf.Import(RealPdf.Shanghai2025).Document);
        var items = result.Findings.Where(f => f.RuleId == "NA-ITEM").ToList();
        items.Should().HaveCount(5);
        items.GroupBy(f => f.Message).Should().OnlyContain(g => g.Count() == 1);
        result.Findings.Count(f => f.Severity == Severity.Error).Should().Be(1, "887.36 for 87.36 is the one error, once though printed twice");
    }
}
