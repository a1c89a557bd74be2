using System.Text.RegularExpressions;
using GovBudget.TestSupport;

namespace GovBudget.Tests.Cli;

/// <summary>
/// Issue 15 item 3: the command line's own usage errors (a missing argument, option or value, a value not allowed, an
/// unknown option or argument) are in the run's language, exit 2, and the "did you mean" stays.
/// </summary>
public sealed partial class UsageErrorTests
{
    public static TheoryData<string[], string, string> Cases => new()
    {
        { ["check"], "govbudget: 命令“check”缺少 <file>", "govbudget: the command 'check' needs <file>" },
        { ["eval", "a.pdf"], "govbudget: 命令“eval”缺少 <expression>", "govbudget: the command 'eval' needs <expression>" },
        { ["check", "a.pdf", "--severity", "bogus"], "govbudget: --severity 不接受“bogus”；可用的值：error、warning、info", "govbudget: --severity does not take 'bogus'; expected one of: error, warning, info" },
        { ["check", "a.pdf", "--bogus"], "govbudget: 没有选项“--bogus”", "govbudget: unknown option '--bogus'" },
        { ["check", "a.pdf", "--sevrity", "info"], "govbudget: 没有选项“--sevrity”；您是不是要用“--severity”？", "govbudget: unknown option '--sevrity'; did you mean '--severity'?" },
        { ["import", "a.pdf", "b.pdf"], "govbudget: 多余的参数“b.pdf”", "govbudget: unexpected argument 'b.pdf'" },
        { ["check", "a.pdf", "--today"], "govbudget: --today 缺少值", "govbudget: --today needs a value" },
        { ["check", "a.pdf", "--rules"], "govbudget: --rules 缺少值", "govbudget: --rules needs a value" },
        { ["check", "a.pdf", "--format", "json", "--format", "text"], "govbudget: --format 只取一个值，却给了 2 个", "govbudget: --format takes one value, found 2" },
        { ["generate", "x.csv"], "govbudget: 命令“generate”必须给出 --departments", "govbudget: the command 'generate' needs --departments" },
        { ["generate", "x.csv", "--departments", "ten"], "govbudget: --departments 应为整数，读到“ten”", "govbudget: --departments takes a whole number, found 'ten'" },
        { ["generate", "x.csv", "--departments", "1", "--error-rate", "x"], "govbudget: --error-rate 应为数字，读到“x”", "govbudget: --error-rate takes a number, found 'x'" },
        { ["--version", "check"], "govbudget: --version 不能与其他参数同用", "govbudget: --version cannot be combined with other arguments" },
        { [], "govbudget: 没有给出命令。 命令有：import, eval, check, generate。", "govbudget: no command given. The commands are import, eval, check, generate." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_usage_error_is_chinese_by_default(string[] args, string chinese, string english)
    {
        _ = english;
        var (code, output, error) = TestSupport.Cli.Run(args);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.ReplaceLineEndings("\n").Should().Be(chinese + "\n请用“govbudget --help”查看用法。\n");
        EnglishRun().Matches(error).Should().BeEmpty("a Chinese error has no English sentence");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_usage_error_is_english_with_lang_en(string[] args, string chinese, string english)
    {
        _ = chinese;
        var (code, _, error) = TestSupport.Cli.Run([.. args, "--lang", "en"]);
        code.Should().Be(2);
        error.ReplaceLineEndings("\n").Should().Be(english + "\nTry 'govbudget --help'.\n");
        Han().IsMatch(error).Should().BeFalse("an English error has no Chinese");
    }

    [Fact]
    public void A_bad_language_is_reported_in_chinese_and_the_options_still_work_beside_files()
    {
        TestSupport.Cli.Run("check", "a.pdf", "--lang", "xx").Err.Should().StartWith("govbudget: --lang 不接受“xx”；可用的值：zh、en");
        // A single-value option takes one token: the file after it is still a file.
        var (code, _, error) = TestSupport.Cli.Run("check", "/no/a.pdf", "--format", "json", "/no/b.pdf", "--lang", "en");
        code.Should().Be(2);
        error.Should().Contain("govbudget: /no/a.pdf: no such file").And.Contain("govbudget: /no/b.pdf: no such file");
    }

    [Fact]
    public void Help_still_shows_a_required_option_and_ignores_other_errors()
    {
        var (code, output, _) = TestSupport.Cli.Run("generate", "--help", "--lang", "en");
        code.Should().Be(0);
        output.Should().MatchRegex(@"--departments <departments>\s+how many departments \[required\]");
        TestSupport.Cli.Run("check", "--help", "--bogus").Code.Should().Be(0);
    }

    // Option names, values and quoted tokens taken out, three English words in a row.
    [GeneratedRegex(@"(?<![-'‘“])\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b")]
    private static partial Regex EnglishRun();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
