using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Parsing;
using GovBudget.Rules.Syntax;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Parsing;

public sealed class RuleParserTests : InEnglish
{
    private static RuleDiagnostic Error(Action act) => act.Should().Throw<RuleLoadException>().Which.Diagnostics.Single();

    [Fact]
    public void The_brief_example_parses_verbatim()
    {
        var e = RuleParser.ParseExpression("sum(3011x..30113) + 30199 == 301");
        var eq = e.Should().BeOfType<BinaryExpr>().Which;
        eq.Operator.Should().Be(BinaryOperator.Equal);
        var plus = eq.Left.Should().BeOfType<BinaryExpr>().Which;
        plus.Operator.Should().Be(BinaryOperator.Add);
        var sum = plus.Left.Should().BeOfType<CallExpr>().Which;
        sum.Name.Should().Be("sum");
        sum.Arguments.Single().Should().BeOfType<CellExpr>().Which.Row.Should().Be(new RangeSelector("3011x", "30113"));
        plus.Right.Should().BeOfType<CellExpr>().Which.Row.Should().Be(new CodeSelector("30199"));
        eq.Right.Should().BeOfType<CellExpr>().Which.Row.Should().Be(new CodeSelector("301"));
        eq.Span.Should().Be(new SourceSpan("expression", 1, 27));
    }

    [Theory]
    [InlineData("301", typeof(CodeSelector))]
    [InlineData("301xx", typeof(PatternSelector))]
    [InlineData("301..303", typeof(RangeSelector))]
    [InlineData("\"本年收入合计\"", typeof(LabelSelector))]
    [InlineData("c", typeof(NameSelector))]
    [InlineData("类", typeof(NameSelector))]
    public void Row_selectors(string text, Type selector) =>
        RuleParser.ParseExpression(text).Should().BeOfType<CellExpr>().Which.Row.Should().BeOfType(selector);

    [Fact]
    public void Cells_may_name_their_table_side_and_column()
    {
        var cell = RuleParser.ParseExpression("三公经费表::\"公务接待费\"[合计]").Should().BeOfType<CellExpr>().Which;
        cell.Table.Should().Be("三公经费表");
        cell.Row.Should().Be(new LabelSelector("公务接待费", LabelSide.Any));
        cell.Column!.Name.Should().Be("合计");
        var side = RuleParser.ParseExpression("收支总表::支出:\"本年支出合计\"[\"预算数\"]").Should().BeOfType<CellExpr>().Which;
        side.Row.Should().Be(new LabelSelector("本年支出合计", LabelSide.Expenditure));
        side.Column!.Quoted.Should().BeTrue();
        RuleParser.ParseExpression("\"“三公”经费支出表\"::30217").Should().BeOfType<CellExpr>().Which.Table.Should().Be("“三公”经费支出表");
    }

    [Fact]
    public void Operators_have_the_usual_precedence()
    {
        var e = RuleParser.ParseExpression("not 301 > 1.0 and 302 - 303 * 2.0 <= 1.0 or true");
        var or = e.Should().BeOfType<BinaryExpr>().Which;
        or.Operator.Should().Be(BinaryOperator.Or);
        var and = or.Left.Should().BeOfType<BinaryExpr>().Which;
        and.Operator.Should().Be(BinaryOperator.And);
        and.Left.Should().BeOfType<UnaryExpr>().Which.Operator.Should().Be(UnaryOperator.Not);
        var le = and.Right.Should().BeOfType<BinaryExpr>().Which;
        le.Operator.Should().Be(BinaryOperator.LessOrEqual);
        var minus = le.Left.Should().BeOfType<BinaryExpr>().Which;
        minus.Operator.Should().Be(BinaryOperator.Subtract);
        minus.Right.Should().BeOfType<BinaryExpr>().Which.Operator.Should().Be(BinaryOperator.Multiply);
    }

    [Fact]
    public void A_long_sum_parses_without_recursion_into_a_balanced_tree()
    {
        // Left-nested, 20,000 operands would make every later walk recurse 20,000 deep; balanced, 14.
        var text = string.Join(" + ", Enumerable.Repeat("301", 20_000));
        var e = RuleParser.ParseExpression(text);
        var depth = 0;
        while (e is BinaryExpr b)
        {
            depth++;
            e = b.Left;
        }

        depth.Should().Be(14);
    }

    [Fact]
    public void Numbers_have_a_decimal_point_and_if_abs_round_parse()
    {
        RuleParser.ParseExpression("0.01").Should().Be(new NumberExpr(0.01m, "0.01", new SourceSpan("expression", 1, 1)));
        var e = RuleParser.ParseExpression("if exists(301) then round(abs(-301), 2) else 100.0").Should().BeOfType<IfExpr>().Which;
        e.Else.Should().BeOfType<NumberExpr>().Which.Value.Should().Be(100.0m);
        e.Then.Should().BeOfType<CallExpr>().Which.Arguments[1].Should().BeOfType<CellExpr>().Which.Row.Should().Be(new CodeSelector("2"));
    }

    [Fact]
    public void A_rule_file_has_includes_defaults_rules_and_comments()
    {
        var file = RuleParser.ParseFile("""
            # 注释
            include "common.rules"
            tolerance rounding   // default for the rules below
            rule BE-CLASS error "基本支出表：类等于其款之和"
                table 基本支出表
                column 合计
                message "{c}：{actual} ≠ {expected}"
                for each c in 类, each column k in [合计, 人员经费]
                where exists(children(c))
                check c == sum(children(c))
            rule BE-ROW warning "合计 = 人员经费 + 公用经费"
                table 基本支出表
                tolerance 0.01
                for each row r
                check r[合计] == r[人员经费] + r[公用经费]
            """, "pack.rules");
        file.Includes.Single().Name.Should().Be("common.rules");
        file.Rules.Should().HaveCount(2);
        var first = file.Rules[0];
        first.Id.Should().Be("BE-CLASS");
        first.Severity.Should().Be(SeverityKeyword.Error);
        first.Title.Should().Be("基本支出表：类等于其款之和");
        first.Table!.Name.Should().Be("基本支出表");
        first.Column!.Name.Should().Be("合计");
        first.Tolerance!.Mode.Should().Be(ToleranceMode.Rounding);
        first.Message.Should().Be("{c}：{actual} ≠ {expected}");
        first.Quantifiers.Select(q => (q.Kind, q.Variable)).Should().Equal((QuantifierKind.Codes, "c"), (QuantifierKind.Columns, "k"));
        first.Quantifiers[1].Columns.Select(c => c.Name).Should().Equal("合计", "人员经费");
        first.Where.Should().NotBeNull();
        first.Span.Should().Be(new SourceSpan("pack.rules", 4, 1));
        file.Rules[1].Tolerance.Should().Be(new ToleranceSyntax(ToleranceMode.Absolute, 0.01m));
        file.Rules[1].Quantifiers.Single().Kind.Should().Be(QuantifierKind.Rows);
    }

    [Fact]
    public void Syntax_errors_name_file_line_column_found_and_expected()
    {
        Error(() => RuleParser.ParseFile("rule A error \"t\"\n  tabel 基本支出表\n  check 301 == 302", "typo.rules"))
            .ToString().Should().Be("typo.rules:2:3: unexpected 'tabel'; expected 'check' or a clause (table, column, tolerance, message, for each, where)");
        Error(() => RuleParser.ParseFile("rul A error", "x.rules"))
            .ToString().Should().Be("x.rules:1:1: unexpected 'rul'; expected 'rule', 'include' or 'tolerance'");
        Error(() => RuleParser.ParseFile("rule A fatal \"t\" check 301 == 302", "x.rules"))
            .ToString().Should().Be("x.rules:1:8: unexpected 'fatal'; expected a severity (error, warning or info)");
        Error(() => RuleParser.ParseFile("rule A error \"t\" table 基本支出表 check 301 ==", "x.rules"))
            .ToString().Should().StartWith("x.rules:1:42: unexpected end of file; expected '-' or a number");
        Error(() => RuleParser.ParseExpression("301 == == 2"))
            .ToString().Should().StartWith("expression:1:8: unexpected '=='; expected");
        Error(() => RuleParser.ParseExpression("sum(301"))
            .ToString().Should().Be("expression:1:4: '(' is not closed: found end of file at 1:8; expected ')'");
    }

    [Fact]
    public void An_unclosed_parenthesis_is_reported_where_it_opens_not_where_the_file_ends()
    {
        // Issue 15: the error used to point at the next rule or the end of the file.
        var text = "rule A error \"t\"\n    table 基本支出表\n    check sum(301 == 302\n\nrule B error \"u\"\n    table 基本支出表\n    check 301 == 301\n";
        Error(() => RuleParser.ParseFile(text, "p.rules")).ToString()
            .Should().Be("p.rules:3:14: '(' is not closed: found 'rule' at 5:1; expected ')'");
        Error(() => RuleParser.ParseExpression("abs((301 + 302)")).ToString()
            .Should().Be("expression:1:4: '(' is not closed: found end of file at 1:16; expected ')'");
        Error(() => RuleParser.ParseExpression("sum(abs(301) + 1.0")).ToString().Should().StartWith("expression:1:4: '(' is not closed");
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        Error(() => RuleParser.ParseExpression(new string('(', 10_000) + "301" + new string(')', 10_000)))
            .ToString().Should().Be("expression:1:65: expressions nest deeper than 64 levels here; expected a flatter expression");
        Error(() => RuleParser.ParseFile("rule A error \"t\" table 基本支出表 check " + string.Concat(Enumerable.Repeat("not ", 10_000)) + "true", "x.rules"))
            .Message.Should().Contain("nest deeper than 64 levels");
        Error(() => RuleParser.ParseExpression(string.Concat(Enumerable.Repeat("-", 10_000)) + "301"))
            .Message.Should().Contain("nest deeper than 64 levels");
        RuleParser.ParseExpression(new string('(', 60) + "301" + new string(')', 60)).Should().BeOfType<CellExpr>();
    }

    [Fact]
    public void Garbage_and_huge_files_are_errors()
    {
        var random = new Random(42);
        var garbage = new string(Enumerable.Range(0, 3_000_000).Select(_ => (char)random.Next(32, 0x4E00)).ToArray());
        Error(() => RuleParser.ParseFile(garbage, "garbage.rules"))
            .ToString().Should().Be("garbage.rules:1:1: the rule file has 3,000,000 characters; a rule file has at most 1,048,576");
        var smaller = garbage[..500_000];
        Error(() => RuleParser.ParseFile(smaller, "garbage.rules")).Span.File.Should().Be("garbage.rules");
        Error(() => RuleParser.ParseFile("rule A error \"t\"\0", "bin.rules"))
            .ToString().Should().Be("bin.rules:1:1: binary content (a NUL character): expected rule text");
    }
}
