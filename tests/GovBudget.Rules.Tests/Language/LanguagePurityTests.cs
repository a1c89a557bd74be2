using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovBudget.Import;
using GovBudget.Serialization;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Language;

/// <summary>
/// Issue 15 item 3: one language per report. A Chinese report (text, JSON messages, HTML) has no run of three or more
/// English words outside quoted names, file paths and rule ids; an English one has no Chinese but what the document,
/// the rule packs and the built-in names say (quoted as written). On the sample and two real PDFs (a 预算 and a 决算).
/// </summary>
public sealed partial class LanguagePurityTests
{
    public static TheoryData<string> Inputs => [Sample.Path, RealPdf.Path(RealPdf.Shanghai2025), RealPdf.Path(RealPdf.Final2024)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_chinese_report_has_no_english_sentence(string input)
    {
        foreach (var (format, text) in Reports(input, "zh"))
        {
            EnglishRuns(text).Should().BeEmpty($"the Chinese {format} report of {Path.GetFileName(input)} is in Chinese");
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void An_english_report_has_no_chinese_but_the_files_own_words(string input)
    {
        var theirs = FilesOwnWords(input);
        foreach (var (format, text) in Reports(input, "en"))
        {
            HanRuns().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)
                .Where(run => !theirs.Contains(run, StringComparison.Ordinal))
                .Should().BeEmpty($"the English {format} report of {Path.GetFileName(input)} quotes only the document's, the rule packs' and the names' Chinese");
        }
    }

    [Fact]
    public void The_purity_checks_can_fail()
    {
        // What each test would catch: an English notice in a Chinese report, a Chinese label in an English one.
        EnglishRuns("读取说明：budget.pdf（第 2 页）: a contents list: 16 entries kept").Should().NotBeEmpty();
        EnglishRuns("读取说明：budget.pdf（第 2 页）: 目录：保留 16 条 NA-ITEM “Some Quoted Name”").Should().BeEmpty();
        HanRuns().Matches("errors 0, 警告 1").Select(m => m.Value).Should().Equal("警告");
    }

    [Theory]
    [InlineData("zh", "govbudget: /no/such.pdf: 没有这个文件")]
    [InlineData("en", "govbudget: /no/such.pdf: no such file")]
    public void A_missing_file_is_reported_in_the_language_asked_for(string lang, string expected)
    {
        var (code, _, error) = TestSupport.Cli.Run("check", "/no/such.pdf", "--lang", lang);
        code.Should().Be(2);
        error.TrimEnd().Should().Be(expected);
    }

    [Fact]
    public void A_bad_rule_file_is_reported_in_english_with_lang_en()
    {
        var dir = Directory.CreateTempSubdirectory("govbudget-lang-").FullName;
        try
        {
            var rules = Path.Combine(dir, "typo.rules");
            File.WriteAllText(rules, "rule A error \"t\"\n  table 基本支出表\n  check 301 == sum(chilren(301))");
            var (code, _, error) = TestSupport.Cli.Run("check", Sample.Path, "--rules", rules, "--lang", "en");
            code.Should().Be(2);
            error.Should().Contain("typo.rules:3:20: unknown function 'chilren'");
            HanRuns().Matches(error).Select(m => m.Value).Should().BeEmpty("an English error names no Chinese the file does not hold");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // The report in text, the JSON's string values (its messages, details, notices) and the HTML's visible text.
    private static IEnumerable<(string Format, string Text)> Reports(string input, string lang)
    {
        var (_, text, textError) = TestSupport.Cli.Run("check", input, "--lang", lang);
        textError.Should().BeEmpty();
        yield return ("text", text);
        var (_, json, _) = TestSupport.Cli.Run("check", input, "--format", "json", "--lang", lang);
        yield return ("JSON", string.Join("\n", Strings(JsonDocument.Parse(json).RootElement)));
        var (_, html, _) = TestSupport.Cli.Run("check", input, "--format", "html", "--lang", lang);
        var page = new HtmlParser().ParseDocument(html);
        // Node by node: the text of two cells side by side is two texts, not one run of words.
        yield return ("HTML", string.Join("\n", page.Body!.GetDescendants().OfType<IText>().Select(t => t.Data).Append(page.Title)));
        var (_, import, _) = TestSupport.Cli.Run("import", input, "--lang", lang);
        yield return ("import", import);
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [e.GetString()!],
        _ => [],
    };

    // Runs of three or more English words once quoted names, file paths, options and rule ids are taken out.
    private static List<string> EnglishRuns(string text)
    {
        var plain = Quoted().Replace(text, " ");
        plain = PathsAndIds().Replace(plain, " ");
        return [.. EnglishRun().Matches(plain).Select(m => m.Value)];
    }

    // Every word the document prints (its JSON: titles, rows, columns, notes, narrative), every rule file, the built-in
    // names and profiles, and the document words the English messages quote (情况说明, 单位：…, “其中”).
    private static string FilesOwnWords(string input)
    {
        var read = DisclosureFile.Read(input, Documents.DisclosureNames.Default);
        var parts = new List<string> { DisclosureJson.Serialize(read) };
        // The narrative checks read a section's heading and text as one sentence, its lines joined.
        parts.AddRange(read.Document.Narrative.Select(s => Documents.NameNormalizer.Basic(s.Title) + Documents.NameNormalizer.Basic(s.Text)));
        parts.AddRange(Directory.EnumerateFiles(Repository.Path("rules"), "*.rules", SearchOption.AllDirectories).Select(File.ReadAllText));
        parts.AddRange(Directory.EnumerateFiles(Repository.Path("src", "GovBudget", "Documents", "Names", "Data"), "*.json").Select(File.ReadAllText));
        parts.AddRange(Directory.EnumerateFiles(Repository.Path("src", "GovBudget", "Profiles", "Data"), "*.json").Select(File.ReadAllText));
        foreach (var resources in MessageKeyTests.AllResources)
        {
            parts.AddRange(resources.All(Localization.MessageLanguage.English).Values);
        }

        return string.Join("\n", parts);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+")]
    private static partial Regex HanRuns();

    [GeneratedRegex("“[^”]*”|‘[^’]*’|《[^》]*》|'[^'\n]*'|\"[^\"\n]*\"")]
    private static partial Regex Quoted();

    // file.pdf, a/b/c, --severity info, SHA-256 and hashes, rule ids (NA-ITEM, BE-CLASS), versions.
    [GeneratedRegex(@"\S*[/\\]\S*|\S+\.(?:pdf|txt|json|csv|rules)\b|--[a-z-]+(?: [a-z]+)?|SHA-256|\b[0-9a-f]{16,}\b|\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b|\b[0-9][0-9.+a-z-]*\b")]
    private static partial Regex PathsAndIds();

    [GeneratedRegex(@"[A-Za-z]{2,}(?:[ ,;:()]+[A-Za-z]{2,}){2,}")]
    private static partial Regex EnglishRun();
}
