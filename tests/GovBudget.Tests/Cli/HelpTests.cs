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
        var (code, output, _) = TestSupport.Cli.Run("--help");
        code.Should().Be(0);
        output.Should().Contain("Usage:\n  govbudget [command] [options]".ReplaceLineEndings()).And.NotContain("GovBudget.Cli");
        output.Should().Contain("PDF").And.Contain("GovBudget JSON").And.Contain("*.csv")
            .And.Contain("Exit codes: 0 no error found; 1 error findings (check); 2 an input").And.Contain("3 GovBudget itself failed");
        TestSupport.Cli.Run("check", "--help").Out.Should().Contain("govbudget check <file>... [options]");
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
        var (code, _, error) = TestSupport.Cli.Run("eval", Sample.Path, "301");
        code.Should().Be(2);
        error.Trim().Should().Be("govbudget: expression:1:1: this cell names no table and no table was given; use --table (govbudget eval FILE --table 基本支出表 \"301\") or write 表名::行 (基本支出表::301)");
        TestSupport.Cli.Run("eval", Sample.Path, "--table", "基本支出表", "301").Out.Should().EndWith("1112.32" + Environment.NewLine);
    }
}
