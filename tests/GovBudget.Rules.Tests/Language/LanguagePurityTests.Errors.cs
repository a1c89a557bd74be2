using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Language;

/// <summary>
/// Issue 15 item 3 for stderr: each class of error (usage, rule parse, rule bind, waiver file, text, PDF, dataset,
/// GovBudget JSON and names file readers) is Chinese by default with no run of three English words, and English with <c>--lang en</c> with no Chinese
/// but the file's own words and the built-in names the English messages quote; file, line and column stay in both.
/// </summary>
public sealed partial class LanguagePurityTests
{
    // Each case: a name, the files it writes (name → text) and the arguments ({dir} is the folder they are in).
    public static TheoryData<string> ErrorCases => ["usage", "rule-parse", "rule-bind", "waiver", "text", "pdf", "dataset", "json", "json-syntax", "names"];

    private static (Dictionary<string, string> Files, string[] Args, string Place) Case(string name) => name switch
    {
        "usage" => ([], ["check", "{dir}/a.pdf", "--severity", "bogus"], "--severity"),
        "rule-parse" => (new() { ["p.rules"] = "rule A error \"t\"\n  table 基本支出表\n  check sum(children(301) == 302\n" },
            ["check", Sample.Path, "--rules", "{dir}/p.rules"], "p.rules:3:12:"),
        "rule-bind" => (new() { ["b.rules"] = "rule A error \"t\"\n  table 基本支出表\n  check 301 == x + true\n" },
            ["check", Sample.Path, "--rules", "{dir}/b.rules"], "b.rules:3:"),
        "waiver" => (new() { ["w.csv"] = "rule,department,table,row,column,reason,by,expires\nNM-GB,,,,,r,张三,2025/12/31\n" },
            ["check", Sample.Path, "--waivers", "{dir}/w.csv"], "w.csv:2:"),
        "text" => (new() { ["t.txt"] = string.Join('\n', Sample.Lines.Take(107)) + "\n12\t2080505\t机关事业单位基本养" },
            ["check", "{dir}/t.txt"], "t.txt:108:"),
        "pdf" => (new() { ["n.pdf"] = "hello, not a PDF" }, ["check", "{dir}/n.pdf"], "n.pdf:"),
        "dataset" => (new() { ["d.csv"] = "year,kind\n" }, ["check", "{dir}/d.csv"], "d.csv:1:"),
        "json" => (new() { ["j.json"] = "{\"department\": {\"name\": \"甲\"}, \"year\": \"2023\"}" }, ["check", "{dir}/j.json"], "j.json:1:"),
        "json-syntax" => (new() { ["s.json"] = "{\"year\": 2023," }, ["check", "{dir}/s.json"], "s.json:1:"),
        "names" => (new() { ["n.json"] = "{\"formatVersion\": 1, \"provenance\": [], \"tables\": {}}" }, ["check", Sample.Path, "--names", "{dir}/n.json"], "n.json:1:"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such case"),
    };

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void An_error_on_stderr_is_chinese_by_default_and_english_with_lang_en(string name)
    {
        var (files, args, place) = Case(name);
        var dir = Directory.CreateTempSubdirectory("govbudget-lang-").FullName;
        try
        {
            foreach (var (file, text) in files)
            {
                File.WriteAllText(Path.Combine(dir, file), text);
            }

            var run = args.Select(a => a.Replace("{dir}", dir, StringComparison.Ordinal)).ToArray();
            var (zhCode, _, chinese) = TestSupport.Cli.Run(run);
            var (enCode, _, english) = TestSupport.Cli.Run([.. run, "--lang", "en"]);
            zhCode.Should().Be(2);
            enCode.Should().Be(2);
            var zhError = chinese.Split('\n').First(l => l.Contains(place, StringComparison.Ordinal));
            var enError = english.Split('\n').First(l => l.Contains(place, StringComparison.Ordinal));
            HanRuns().IsMatch(zhError).Should().BeTrue($"the {name} error is worded in Chinese: {zhError}");
            EnglishRuns(chinese).Should().BeEmpty($"the Chinese {name} error has no English sentence");
            var theirs = string.Join("\n", files.Values.Append(EnglishResources()));
            HanRuns().Matches(Quoted().Replace(english, " ")).Select(m => m.Value).Where(run => !theirs.Contains(run, StringComparison.Ordinal))
                .Should().BeEmpty($"the English {name} error quotes only the file's and the built-in names' Chinese: {enError}");
            EnglishRun().IsMatch(enError).Should().BeTrue($"the {name} error is worded in English: {enError}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_rule_error_keeps_its_place_and_quotes_the_file_in_either_language()
    {
        var dir = Directory.CreateTempSubdirectory("govbudget-lang-").FullName;
        try
        {
            var rules = Path.Combine(dir, "p.rules");
            File.WriteAllText(rules, "rule A error \"t\"\n  table 基本支出表\n  check sum(children(301) == 302\n");
            TestSupport.Cli.Run("check", Sample.Path, "--rules", rules).Err.Should()
                .Contain("p.rules:3:12: “(”没有闭合：在 4:1 读到文件结尾；应为");
            TestSupport.Cli.Run("check", Sample.Path, "--rules", rules, "--lang", "en").Err.Should()
                .Contain("p.rules:3:12: '(' is not closed: found end of file at 4:1; expected");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string EnglishResources() =>
        string.Join("\n", MessageKeyTests.AllResources.SelectMany(r => r.All(Localization.MessageLanguage.English).Values));
}
