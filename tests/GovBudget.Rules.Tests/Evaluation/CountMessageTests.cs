using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>Issue 11: a count compared with a number was shown scaled by the table's unit (0.0023 ≠ 0.0001万元 for 23 vs 1).</summary>
public sealed class CountMessageTests
{
    [Fact]
    public void A_count_is_shown_as_a_count_without_the_tables_unit()
    {
        var pack = RulePack.Parse("rule X error \"计数\"\n    table 基本支出表\n    check count(30xxx) == 1.0\n");
        foreach (var findings in new[] { pack.Check(Sample.Import.Document), new CompiledPack(pack).Check(Sample.Import.Document) })
        {
            var finding = findings.Findings.Should().ContainSingle().Which;
            finding.Message.Should().Be("计数：23 ≠ 1，差额 22");
            (finding.Actual, finding.Expected, finding.Difference).Should().Be((23m, 1m, 22m));
        }
    }

    [Fact]
    public void An_amount_is_still_shown_in_the_tables_unit()
    {
        var pack = RulePack.Parse("rule X error \"金额\"\n    table 基本支出表\n    check 301 == 1.0\n");
        pack.Check(Sample.Import.Document).Findings.Single().Message.Should().Be("金额：1112.32 ≠ 1万元，差额 1111.32万元");
    }
}
