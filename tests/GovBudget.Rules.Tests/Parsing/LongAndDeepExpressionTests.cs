using System.Globalization;
using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Compilation;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Parsing;
using GovBudget.Rules.Syntax;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Parsing;

/// <summary>
/// Issue 11: long flat chains and deep nesting. A stack overflow kills the process without a message, so every case
/// here would end the test run, not fail one test, if a walk still recursed once per operand.
/// </summary>
public sealed class LongAndDeepExpressionTests : InEnglish
{
    private static Disclosure Doc => Sample.Import.Document;

    private static RuleDiagnostic Error(Action act) => act.Should().Throw<RuleLoadException>().Which.Diagnostics.Single();

    private static string Rule(string check) => $"rule X error \"长表达式\"\n    table 基本支出表\n    check {check}\n";

    [Theory]
    [InlineData(3_100)]
    [InlineData(10_000)]
    public void A_long_sum_of_cells_is_checked_alike_interpreted_and_compiled(int pairs)
    {
        // 301 + 30101 - 30101 + 30101 - … == 301 holds; one more 0.01 breaks it by exactly 0.01.
        var chain = "301" + string.Concat(Enumerable.Repeat(" + 30101 - 30101", pairs));
        foreach (var (check, holds) in new[] { (chain + " == 301", true), (chain + " + 0.01 == 301", false) })
        {
            var pack = RulePack.Parse(Rule(check));
            var interpreted = pack.Check(Doc);
            var compiled = new CompiledPack(pack).Check(Doc);
            interpreted.Findings.Select(f => f.Message).Should().Equal(compiled.Findings.Select(f => f.Message));
            if (holds)
            {
                interpreted.Passed.Should().Equal("X", "ROW-REPEAT", "NM-CODE-MISPRINT");
            }
            else
            {
                interpreted.Findings.Single().Message.Should().EndWith("difference 0.01万元");
            }
        }
    }

    [Fact]
    public void A_balanced_chain_keeps_the_written_value_of_mixed_additions_and_subtractions()
    {
        var random = new Random(11);
        var terms = Enumerable.Range(0, 5_000).Select(_ => (Plus: random.Next(2) == 0, Value: random.Next(1, 100_000) / 100m)).ToList();
        var expected = 1_000_000m + terms.Sum(t => t.Plus ? t.Value : -t.Value);
        var text = "1000000.00" + string.Concat(terms.Select(t => (t.Plus ? " + " : " - ") + t.Value.ToString("0.00", CultureInfo.InvariantCulture)));
        decimal.Parse(Evaluator.Evaluate(Doc, text, Doc.Tables[0]), CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Fact]
    public void A_short_chain_is_the_usual_left_nested_tree()
    {
        var e = RuleParser.ParseExpression("1.0 - 2.0 - 3.0");
        var outer = e.Should().BeOfType<BinaryExpr>().Which;
        outer.Operator.Should().Be(BinaryOperator.Subtract);
        outer.Left.Should().BeOfType<BinaryExpr>().Which.Operator.Should().Be(BinaryOperator.Subtract);
        outer.Right.Should().BeOfType<NumberExpr>().Which.Value.Should().Be(3m);
    }

    [Theory]
    [InlineData(" and ", "1.0 == 1.0", true)]
    [InlineData(" or ", "1.0 == 2.0", false)]
    public void Long_and_or_chains_evaluate_without_recursion(string op, string term, bool value)
    {
        var text = string.Join(op, Enumerable.Repeat(term, 20_000));
        Evaluator.Evaluate(Doc, text, Doc.Tables[0]).Should().Be(value ? "true" : "false");
    }

    [Fact]
    public void Twenty_thousand_nested_ifs_are_a_located_error()
    {
        var text = string.Concat(Enumerable.Repeat("if 1.0 == 1.0 then ", 20_000)) + "true" + string.Concat(Enumerable.Repeat(" else false", 20_000));
        Error(() => RuleParser.ParseFile(Rule(text), "deep.rules")).ToString()
            .Should().StartWith("deep.rules:3:").And.EndWith("expressions nest deeper than 64 levels here; expected a flatter expression");
    }

    [Fact]
    public void An_else_if_chain_is_as_deep_as_it_is_long()
    {
        string Chain(int n) => string.Concat(Enumerable.Range(0, n).Select(i => $"if 1.0 == {i + 2}.0 then false else ")) + "true";
        Evaluator.Evaluate(Doc, Chain(60), Doc.Tables[0]).Should().Be("true");
        Error(() => RuleParser.ParseExpression(Chain(70))).Message.Should().Contain("nest deeper than 64 levels");
    }

    [Fact]
    public void Nested_calls_and_long_products_meet_the_depth_limit_with_a_located_error()
    {
        Error(() => RuleParser.ParseExpression(string.Concat(Enumerable.Repeat("abs(", 100)) + "1.0" + new string(')', 100)))
            .Message.Should().Contain("nest deeper than 64 levels");
        var product = Error(() => RuleParser.ParseFile(Rule("1.0 == " + string.Join(" * ", Enumerable.Repeat("1.0", 5_000))), "p.rules"));
        product.Span.File.Should().Be("p.rules");
        product.Span.Line.Should().Be(3);
        product.Message.Should().Be($"the expression is nested more than {ExpressionDepth.MaxDepth} levels deep here (each operator, call, if and not is a level); expected a flatter expression");
    }

    [Fact]
    public void The_command_line_reports_a_deep_rule_file_on_one_line_with_exit_2()
    {
        var dir = Directory.CreateTempSubdirectory("govbudget-deep-");
        try
        {
            var path = Path.Combine(dir.FullName, "deep.rules");
            File.WriteAllText(path, Rule(string.Concat(Enumerable.Repeat("if 1.0 == 1.0 then ", 20_000)) + "true" + string.Concat(Enumerable.Repeat(" else false", 20_000))));
            var (code, _, err) = TestSupport.Cli.Run("check", Sample.Path, "--rules", path, "--lang", "en");
            code.Should().Be(2);
            err.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("deep.rules:3:").And.Contain("nest deeper than 64 levels");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
