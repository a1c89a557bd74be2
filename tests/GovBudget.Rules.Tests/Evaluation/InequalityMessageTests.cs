using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>A failed inequality says which way the figures should have compared; a failed identity says ≠.</summary>
public sealed class InequalityMessageTests
{
    [Theory]
    [InlineData("<= 1.0", "应不大于 1万元")]
    [InlineData("< 1.0", "应小于 1万元")]
    [InlineData(">= 99999.0", "应不小于 99999万元")]
    [InlineData("> 99999.0", "应大于 99999万元")]
    [InlineData("== 1.0", "≠ 1万元")]
    [InlineData("!= 301", "应不等于 ")]
    public void The_message_states_the_comparison_that_failed_on_both_engines(string comparison, string expected)
    {
        var pack = RulePack.Parse($"rule A error \"t\" table 基本支出表 check 301 {comparison}");
        var document = Sample.Import.Document;

        var interpreted = pack.Check(document).Findings.Should().ContainSingle().Subject;
        var compiled = new CompiledPack(pack).Check(document).Findings.Should().ContainSingle().Subject;

        interpreted.Message.Should().StartWith("t：").And.Contain($" {expected}").And.Contain("，差额 ");
        compiled.Message.Should().Be(interpreted.Message);
    }
}
