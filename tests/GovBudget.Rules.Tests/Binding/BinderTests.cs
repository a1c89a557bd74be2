using GovBudget.Localization;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Diagnostics;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Binding;

public sealed class BinderTests : InEnglish
{
    private static IReadOnlyList<string> Problems(string rules) =>
        ((Action)(() => RulePack.Parse(rules, "t.rules"))).Should().Throw<RuleLoadException>().Which.Diagnostics.Select(d => d.ToString()).ToList();

    [Fact]
    public void Unknown_tables_columns_and_functions_are_reported_with_their_place()
    {
        using var chinese = MessageLanguages.Use(MessageLanguage.Chinese); // the default wording
        Problems("rule A error \"t\"\n  table 基本表\n  check 301 == 302").Should().ContainSingle()
            .Which.Should().StartWith("t.rules:2:9: 未知的表“基本表”（是不是“基本支出表”？）；应为表名，如 收支总表");
        Problems("rule A error \"t\" table 基本支出表 check 301[人员费] == 302").Should().ContainSingle()
            .Which.Should().StartWith("t.rules:1:40: 未知的列“人员费”（是不是“人员经费”？）；应为列名，如 合计");
        Problems("rule A error \"t\" table 基本支出表 check summ(301) == 302").Should().ContainSingle()
            .Which.Should().Be("t.rules:1:36: 未知的函数“summ”（是不是“sum”？）；应为以下之一：abs, avg, catalogname, children, commonname, count, defines, exists, items, label, max, members, min, name, parent, round, sum, text");
        Problems("rule A error \"t\" table 基本支出表 check x == 302").Should().ContainSingle()
            .Which.Should().StartWith("t.rules:1:36: 未知的名字“x”；应为代码、加引号的行名");
    }

    [Theory]
    [InlineData("sum(chilren(301))", "未知的函数“chilren”（是不是“children”？）")]
    [InlineData("301[合记]", "未知的列“合记”（是不是“合计”？）")]
    [InlineData("基本支岀表::301", "未知的表“基本支岀表”（是不是“基本支出表”？）")]
    [InlineData("基本表::301", "未知的表“基本表”（是不是“基本支出表”？）")]
    [InlineData("无关的表::301", "未知的表“无关的表”；应为")]
    public void A_mistyped_name_gets_one_message_with_the_nearest_known_name(string expression, string message)
    {
        using var chinese = MessageLanguages.Use(MessageLanguage.Chinese); // the default wording
        // Issue 15: "did you mean" by edit distance, or the shortest name holding every character typed; one message per mistake.
        Problems($"rule A error \"t\" table 基本支出表 check {expression} == 302").Should().ContainSingle().Which.Should().Contain(message);
    }

    [Fact]
    public void Text_takes_one_quoted_phrase_or_more()
    {
        RulePack.Parse("rule A error \"t\" table 支出总表 check text(\"支出预算为\", \"支出预算\") == \"合计\"", "t.rules").Rules.Should().ContainSingle();
        Problems("rule A error \"t\" table 支出总表 check text() == \"合计\"").Should().ContainSingle()
            .Which.Should().Be("t.rules:1:35: text takes 1 argument or more, found 0");
        Problems("rule A error \"t\" table 支出总表 check text(\"支出预算\", 301) == \"合计\"").Should().ContainSingle()
            .Which.Should().StartWith("t.rules:1:48: text(…) takes the phrases that precede the figure, in quotes");
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        Problems("rule A error \"t\" table 无此表 check 301 == 302\nrule B error \"t\" table 基本支出表 check 30113..30101 == 302")
            .Should().HaveCount(2).And.Contain(p => p.StartsWith("t.rules:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void Code_ranges_must_be_one_length_and_ascending()
    {
        Problems("rule A error \"t\" table 基本支出表 check sum(30113..30101) == 301").Should().ContainSingle()
            .Which.Should().Be("t.rules:1:40: the range 30113..30101 is empty: its lower end 30113 is above its upper end 30101");
        Problems("rule A error \"t\" table 基本支出表 check sum(301..30113) == 301").Should().ContainSingle()
            .Which.Should().Be("t.rules:1:40: the range 301..30113 mixes codes of 3 and 5 digits; expected ends of one length");
    }

    [Fact]
    public void A_bare_integer_is_a_code_and_a_number_needs_a_decimal_point()
    {
        Problems("rule A error \"t\" table 基本支出表 check 301 > 100").Should().ContainSingle()
            .Which.Should().Be("t.rules:1:42: 100 is neither a code (3, 5 or 7 digits starting with 2, 3 or 5) nor a number (a number has a decimal point: 100.0)");
        Problems("rule A error \"t\" table 基本支出表 check 2010 == 301").Should().ContainSingle()
            .Which.Should().Contain("2010 is neither a code");
        Problems("rule A error \"t\" table 基本支出表 check 401 == 301").Should().ContainSingle()
            .Which.Should().Contain("401 is neither a code");
        RulePack.Parse("rule A error \"t\" table 基本支出表 check 301 > 100.0").Rules.Should().ContainSingle();
    }

    [Fact]
    public void Types_are_checked()
    {
        Problems("rule A error \"t\" table 基本支出表 check 301xx == 301").Should().ContainSingle()
            .Which.Should().Contain("a set of rows has no single value; expected sum(…)");
        Problems("rule A error \"t\" table 基本支出表 check 301 + 302").Should().ContainSingle()
            .Which.Should().Be("t.rules:1:40: check needs a condition (true/false), found a number");
        Problems("rule A error \"t\" table 基本支出表 check name(301) == 301").Should().ContainSingle()
            .Which.Should().Contain("cannot compare text with a number");
        Problems("rule A error \"t\" check 301 == 302").Should().Contain(p => p.Contains("names no table", StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_columns_are_taken_as_printed_and_table_names_accept_aliases_and_titles()
    {
        var pack = RulePack.Parse("""
            rule A error "t" table 部门预算一般公共预算财政拨款基本支出表 check 301["某个列"] == 0.0
            rule B error "t" table “三公”经费支出表 check "公务接待费" == 0.0
            rule C error "t" table 支出决算表 check 301 == 0.0
            """);
        pack.Rules.Select(r => r.Table!.CanonicalName).Should().Equal("一般公共预算财政拨款基本支出表", "“三公”经费支出表", "支出总表");
    }

    [Fact]
    public void Duplicate_rule_ids_are_an_error()
    {
        Problems("rule A error \"t\" table 基本支出表 check 301 == 301\nrule A error \"u\" table 基本支出表 check 302 == 302")
            .Should().ContainSingle().Which.Should().Be("t.rules:2:1: rule id A is already defined at t.rules:1:1; expected a unique id");
    }
}
