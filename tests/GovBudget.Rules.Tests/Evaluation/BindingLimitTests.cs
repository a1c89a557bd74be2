using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Findings;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Evaluation;

/// <summary>Issue 11: nested quantifiers multiply; past the limit a rule stops with a located error instead of running for hours.</summary>
public sealed class BindingLimitTests : InEnglish
{
    private static Disclosure Doc => Sample.Import.Document;

    private const string FourNestedRows = "rule X error \"四重\"\n    table 基本支出表\n    for each row a, each row b, each row c, each row d\n    check a == a\n";

    [Fact]
    public void Four_nested_row_quantifiers_stop_at_the_limit_interpreted_and_compiled()
    {
        var pack = RulePack.Parse(FourNestedRows, "four.rules");
        foreach (var check in new Func<DocumentFindings>[] { () => pack.Check(Doc), () => new CompiledPack(pack).Check(Doc) })
        {
            var error = check.Should().Throw<RuleLimitException>().Which.Diagnostic;
            error.ToString().Should().Be("four.rules:3:14: rule X: its for each quantifiers bind more than 100,000 values on this document; expected fewer nested quantifiers or a narrower set");
        }
    }

    [Fact]
    public void Two_nested_quantifiers_under_the_limit_run_as_before()
    {
        var pack = RulePack.Parse("rule X error \"二重\"\n    table 基本支出表\n    for each row a, each column k\n    check a == a\n");
        pack.Check(Doc).Passed.Should().Equal("X", "ROW-REPEAT", "NM-CODE-MISPRINT");
    }

    [Fact]
    public void The_command_line_says_which_rule_and_exits_2()
    {
        var dir = Directory.CreateTempSubdirectory("govbudget-limit-");
        try
        {
            var rules = Path.Combine(dir.FullName, "four.rules");
            File.WriteAllText(rules, FourNestedRows);
            var (code, _, err) = TestSupport.Cli.Run("check", Sample.Path, "--rules", rules, "--lang", "en");
            code.Should().Be(2);
            err.Trim().Split('\n').Should().ContainSingle().Which
                .Should().Contain("four.rules:3:14: rule X: its for each quantifiers bind more than 100,000 values");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
