using GovBudget.TestSupport;

namespace GovBudget.Tests.Cli;

/// <summary>
/// Issue 15 (help and messages): usage says what the user types, help lists every input kind and the exit codes, a
/// mistyped command gets a suggestion, eval says to use --table.
/// </summary>
public sealed class HelpTests
{
    [Fact]
    public void Usage_says_govbudget_and_help_lists_the_inputs_and_exit_codes()
    {
        var (code, output, _) = TestSupport.Cli.Run("--help", "--lang", "en");
        code.Should().Be(0);
        output.Should().Contain("Usage:\n  govbudget [command] [options]".ReplaceLineEndings()).And.NotContain("GovBudget.Cli");
        output.Should().Contain("PDF").And.Contain("GovBudget JSON").And.Contain("*.csv")
            .And.Contain("Exit codes:\n  0  no error found\n  1  error findings (check)\n  2  an input".ReplaceLineEndings()).And.Contain("3  GovBudget itself failed");
        TestSupport.Cli.Run("check", "--help", "--lang", "en").Out.Should().Contain("govbudget check <file>... [options]")
            .And.Contain("--format <format>").And.Contain("[default: text]").And.Contain("--as-one  ").And.NotContain("[default: False]");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("import", "-h")]
    [InlineData("eval", "--help")]
    [InlineData("generate", "--help")]
    public void The_help_is_chinese_by_default(params string[] args)
    {
        var (code, output, error) = TestSupport.Cli.Run(args);
        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("说明：").And.Contain("\n用法：\n  govbudget ".ReplaceLineEndings()).And.Contain("[选项]")
            .And.Contain("\n退出码：\n  0  没有发现错误".ReplaceLineEndings()).And.Contain("显示帮助和用法");
        // No English sentence: what stays Latin is option names, placeholders, file kinds and values.
        System.Text.RegularExpressions.Regex.Matches(output.Replace("GovBudget JSON", string.Empty, StringComparison.Ordinal), @"\b[a-z]{2,}(?: [a-z]{2,}){2,}\b")
            .Select(m => m.Value).Should().BeEmpty();
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("generate", "--help")]
    public void The_help_is_english_with_lang_en(params string[] args)
    {
        var (code, output, _) = TestSupport.Cli.Run([.. args, "--lang", "en"]);
        code.Should().Be(0);
        output.Should().StartWith("Description:").And.Contain("Exit codes:").And.Contain("show help and usage");
        System.Text.RegularExpressions.Regex.Matches(output, @"\p{IsCJKUnifiedIdeographs}+").Select(m => m.Value).Distinct()
            .Should().BeSubsetOf(["部门预算", "决算公开", "情况说明"], "only the documents' own words stay Chinese");
    }

    [Theory]
    [InlineData("chek", "check")]
    [InlineData("chekc", "check")]
    [InlineData("imprt", "import")]
    [InlineData("evl", "eval")]
    [InlineData("generat", "generate")]
    public void A_mistyped_command_suggests_the_nearest(string typed, string meant)
    {
        var (code, output, error) = TestSupport.Cli.Run(typed, "x.pdf", "--lang", "en");
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"govbudget: unknown command '{typed}'; did you mean '{meant}'? The commands are import, eval, check, generate.\nTry 'govbudget --help'.\n".ReplaceLineEndings());
    }

    [Fact]
    public void A_word_far_from_every_command_gets_no_suggestion()
    {
        TestSupport.Cli.Run("budget", "--lang", "en").Err.Should().StartWith("govbudget: unknown command 'budget'. The commands are import, eval, check, generate.");
    }

    [Fact]
    public void Eval_of_a_cell_without_a_table_says_to_use_the_table_option()
    {
        var (code, _, error) = TestSupport.Cli.Run("eval", Sample.Path, "301", "--lang", "en");
        code.Should().Be(2);
        TestSupport.Cli.Run("eval", Sample.Path, "301").Err.Trim().Should().Be("govbudget: expression:1:1: 这个单元格没有写表名，也没有给出表；请用 --table（govbudget eval FILE --table 基本支出表 \"301\"），或写 表名::行（基本支出表::301）");
        error.Trim().Should().Be("govbudget: expression:1:1: this cell names no table and no table was given; use --table (govbudget eval FILE --table 基本支出表 \"301\") or write 表名::行 (基本支出表::301)");
        TestSupport.Cli.Run("eval", Sample.Path, "--table", "基本支出表", "301").Out.Should().EndWith("1112.32" + Environment.NewLine);
    }
}
