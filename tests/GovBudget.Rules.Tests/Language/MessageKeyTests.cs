using System.Text.RegularExpressions;
using GovBudget.Cli;
using GovBudget.Localization;

namespace GovBudget.Rules.Tests.Language;

/// <summary>Every message exists in both languages, with the same placeholders, and the English one is translated.</summary>
public sealed partial class MessageKeyTests
{
    /// <summary>The messages of each assembly: the library, the rule engine, the command-line tool.</summary>
    internal static IReadOnlyList<TextResources> AllResources => [CoreTexts.Resources, RuleTexts.Resources, CliTexts.Resources];

    public static TheoryData<int> Assemblies => [0, 1, 2];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_key_exists_in_both_languages_with_the_same_placeholders(int assembly)
    {
        var resources = AllResources[assembly];
        var chinese = resources.All(MessageLanguage.Chinese);
        var english = resources.All(MessageLanguage.English);
        chinese.Should().NotBeEmpty();
        english.Keys.Should().BeEquivalentTo(chinese.Keys);
        foreach (var (key, zh) in chinese)
        {
            Placeholders(english[key]).Should().BeEquivalentTo(Placeholders(zh), $"{key} fills the same values in either language");
            if (Han().IsMatch(zh) && Han().Replace(zh, string.Empty).Trim().Length > 0)
            {
                english[key].Should().NotBe(zh, $"{key} is translated");
            }
        }
    }

    [Fact]
    public void A_message_is_written_in_the_language_of_the_flow()
    {
        CliTexts.T("Severity.Error").Should().Be("错误");
        using (MessageLanguages.Use(MessageLanguage.English))
        {
            CliTexts.T("Severity.Error").Should().Be("error");
            CliTexts.T("Err.NoSuchFile", "a.pdf").Should().Be("govbudget: a.pdf: no such file");
        }

        CliTexts.T("Err.NoSuchFile", "a.pdf").Should().Be("govbudget: a.pdf: 没有这个文件");
    }

    private static List<string> Placeholders(string message) => [.. Placeholder().Matches(message).Select(m => m.Groups[1].Value).Distinct().Order()];

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
