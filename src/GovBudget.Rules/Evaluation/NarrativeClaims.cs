using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Evaluation;

/// <summary>
/// What the 情况说明 says besides its arithmetic, where a template or another year's disclosure shows through:
/// <list type="bullet">
/// <item><c>NC-TEMPLATE</c>: template text left in print — the preparer's instructions (（按…填写）, 仍保留该表格式, （此处…）),
/// alternatives left unchosen (增加（减少）, 增长（减少）), placeholders (XX局, ××). Always an error.</item>
/// <item><c>NC-YEAR</c>: a year that is not the document's — "YYYY年（度）部门（汇总）预算/决算" naming another year (not in a
/// comparison: 比2018年部门预算…), a 决算's "截至YYYY年…" that is not its own year, a 预算's that is not the year before,
/// a table title or a contents line printing another year (NarrativeClaims.Contents.cs).</item>
/// <item><c>NC-DEPT</c>: a heading or a table title naming another department than the document's (NarrativeClaims.Departments.cs).</item>
/// <item><c>NC-COMPARE</c>: "年初预算为 A 万元，全年预算为 F 万元，支出决算为 X 万元……决算数大于/小于/等于（全年/年初）预算数" (or
/// "决算数与预算数持平"): the word must say how X compares with the budget it names; a bare 预算数 after two budgets is
/// wrong only when it is wrong against both. Also the words of a change: "增加 C 万元，下降 D%", and a 其中 list of changes
/// of which none moves the way the total does (NarrativeClaims.Changes.cs).</item>
/// <item><c>NC-ITEMNAME</c>: "…（类）…（款）…（项）X 万元" naming another 类/款/项 than the one 项 row printing X. A warning.</item>
/// <item><c>NC-SECTIONS</c>: a section the profile requires of the 情况说明 that is not printed (NarrativeClaims.Sections.cs).</item>
/// </list>
/// The narrative's sections (titles and text) and the notes under the tables are read.
/// </summary>
internal static partial class NarrativeClaims
{
    private const string Table = NarrativeSection.TableName;

    /// <summary>The ids of the checks, in the order they are reported.</summary>
    public static IReadOnlyList<string> Ids { get; } = ["NC-TEMPLATE", "NC-YEAR", "NC-DEPT", "NC-COMPARE", "NC-ITEMNAME", SectionsId];

    /// <summary>
    /// Whether the check also reads what the tables print, so that it has something to read in a file without a
    /// narrative or notes (a Jiangsu 公开表): NC-DEPT, the tables' 编制部门 lines and titles.
    /// </summary>
    public static bool ReadsTables(string id) => id == "NC-DEPT";

    /// <summary>One check's verdicts: each section read (held), and a finding per place that is wrong.</summary>
    /// <param name="id">The check.</param>
    /// <param name="document">The document.</param>
    /// <param name="sections">Its narrative's sections, as <see cref="NarrativeArithmetic.Sections"/> gives them.</param>
    /// <param name="chooseProfile">The document's profile (NC-SECTIONS reads its required sections), or null when none.</param>
    public static IEnumerable<Verdict> Check(
        string id, Disclosure document, IReadOnlyList<(NarrativeSection Section, string Text)> sections, Func<ProfileChoice?> chooseProfile) => id switch
    {
        "NC-TEMPLATE" => Template(document, sections),
        "NC-YEAR" => Years(document, sections),
        "NC-DEPT" => Departments(document, sections),
        "NC-COMPARE" => sections.SelectMany(t => Comparisons(t.Section, t.Text).Concat(Changes(t.Section, t.Text))),
        "NC-ITEMNAME" => ItemNames(document, sections),
        SectionsId => Sections(document, chooseProfile),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no such narrative check"),
    };

    private static IEnumerable<Verdict> Template(Disclosure document, IReadOnlyList<(NarrativeSection Section, string Text)> sections)
    {
        foreach (var (section, text) in Texts(document, sections))
        {
            yield return Verdict.Held;

            // One finding per sentence, naming every piece of template text in it.
            foreach (var (sentence, matches) in BySentence(text, TemplateText().Matches(text)))
            {
                var pieces = matches.Select(m => $"{Kind(m)}“{m.Value}”").Distinct(StringComparer.Ordinal);
                yield return NarrativeArithmetic.Make("NC-TEMPLATE", NarrativeFigures.PageAt(section, matches[0].Index), Severity.Error,
                    BuiltInChecks.Title("NC-TEMPLATE"), section, sentence, T("NC.TemplateMessage", sentence, string.Join(T("NA.List"), pieces)), null, null, string.Empty);
            }
        }
    }

    // The matches grouped by the sentence they are in (sentences of the same words together), in order. Each sentence
    // is cut out and hashed once, not once per match: a long sentence of many placeholders stays linear.
    private static List<(string Sentence, List<Match> Matches)> BySentence(string text, MatchCollection matches)
    {
        var groups = new List<(string Sentence, List<Match> Matches)>();
        var bySentence = new Dictionary<string, List<Match>>(StringComparer.Ordinal);
        List<Match>? current = null;
        var end = -1; // where the current sentence ends (its 。), or -1 when it runs to the end of the text
        foreach (Match m in matches)
        {
            if (current is null || (end >= 0 && m.Index > end))
            {
                var sentence = NarrativeArithmetic.Sentence(text, m.Index);
                end = text.IndexOf('。', m.Index);
                if (!bySentence.TryGetValue(sentence, out current))
                {
                    current = [];
                    bySentence[sentence] = current;
                    groups.Add((sentence, current));
                }
            }

            current.Add(m);
        }

        return groups;
    }

    /// <summary>预算 or 决算 (budget, final accounts) in the current language.</summary>
    internal static string KindName(DisclosureKind kind) => T(kind == DisclosureKind.FinalAccount ? "Kind.FinalAccounts" : "Kind.Budget");

    private static string Kind(Match m) => T(m.Groups["instruction"].Success ? "NC.Instruction" : m.Groups["choice"].Success ? "NC.Choice" : "NC.Placeholder");

    private static IEnumerable<Verdict> Years(Disclosure document, IReadOnlyList<(NarrativeSection Section, string Text)> sections)
    {
        var year = document.Year.Year;
        foreach (var (section, text) in Texts(document, sections))
        {
            yield return Verdict.Held;
            foreach (Match m in DisclosureYear().Matches(text))
            {
                var printed = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (printed != year && !Comparison().IsMatch(text[Math.Max(0, m.Index - 2)..m.Index]))
                {
                    var sentence = NarrativeArithmetic.Sentence(text, m.Index);
                    yield return NarrativeArithmetic.Make("NC-YEAR", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NC-YEAR"), section, sentence,
                        T("NC.YearMessage", sentence, m.Value, year, KindName(document.Kind)), printed, year, "年");
                }
            }

            foreach (Match m in AsOf().Matches(text))
            {
                var printed = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                var expected = document.Kind == DisclosureKind.FinalAccount ? year : year - 1;
                if (printed != expected)
                {
                    var sentence = NarrativeArithmetic.Sentence(text, m.Index);
                    var why = document.Kind == DisclosureKind.FinalAccount ? T("NC.AssetsFinal", year) : T("NC.AssetsBudget", year, year - 1);
                    yield return NarrativeArithmetic.Make("NC-YEAR", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NC-YEAR"), section, sentence,
                        T("NC.AssetsMessage", sentence, m.Value, why), printed, expected, "年");
                }
            }
        }

        foreach (var table in document.Tables)
        {
            if (TitleYear().Match(table.Title) is { Success: true } m && int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) is var printed && printed != year)
            {
                yield return new Finding("NC-YEAR", Severity.Error, T("Title.NC-YEAR-TITLE"),
                    T("Finding.Titled", T("Title.NC-YEAR-TITLE"), T("NC.TitleYearMessage", table.Title, printed, year, KindName(document.Kind))),
                    table.Kind.CanonicalName, table.Title, [new FindingCell(table.Kind.CanonicalName, table.Title, "表名", table.Title, null, printed, "年", table.Line, table.Page)],
                    year, printed, printed - year, null, null, [], new Dictionary<string, string>(), false, new SourceSpan("titles", table.Line, 1));
            }
        }

        foreach (var verdict in ContentsYears(document))
        {
            yield return verdict;
        }
    }

    private static IEnumerable<Verdict> Comparisons(NarrativeSection section, string text)
    {
        foreach (Match m in Compared().Matches(text))
        {
            var verdict = NarrativeArithmetic.Statement(() => Comparison(section, text, m));
            yield return verdict;
        }
    }

    private static Verdict Comparison(NarrativeSection section, string text, Match m)
    {
        var actual = NarrativeArithmetic.Number(m.Groups["x"].Value);
        var budgets = new List<(string Name, decimal Value)>();
        if (m.Groups["a"].Success)
        {
            budgets.Add(("年初预算", NarrativeArithmetic.Number(m.Groups["a"].Value)));
        }

        if (m.Groups["f"].Success)
        {
            budgets.Add(("全年预算", NarrativeArithmetic.Number(m.Groups["f"].Value)));
        }

        if (m.Groups["b"].Success)
        {
            budgets.Add(("预算", NarrativeArithmetic.Number(m.Groups["b"].Value)));
        }

        var named = m.Groups["base"].Value;
        var against = named.Length == 0 ? budgets : [.. budgets.Where(b => b.Name.StartsWith(named, StringComparison.Ordinal))];
        if (against.Count == 0)
        {
            return Verdict.NotExamined; // 决算数小于全年预算数 where the sentence states no 全年预算
        }

        var word = m.Groups["w"].Success ? m.Groups["w"].Value : "持平";
        bool Holds(decimal budget) => word switch
        {
            "大于" => actual > budget,
            "小于" => actual < budget,
            _ => actual == budget,
        };
        if (against.Any(b => Holds(b.Value)))
        {
            return Verdict.Held;
        }

        var sentence = NarrativeArithmetic.Sentence(text, m.Index) + "。" + NarrativeArithmetic.Sentence(text, m.Groups["w"].Success ? m.Groups["w"].Index : m.Index + m.Length - 1);
        var truth = string.Join(T("NC.Separator"), against.Select(b => T("NC.CompareTruth", b.Name, m.Groups[b.Name switch { "年初预算" => "a", "全年预算" => "f", _ => "b" }].Value,
            T(actual > b.Value ? "NC.Greater" : actual < b.Value ? "NC.Less" : "NC.Equal"))));
        return NarrativeArithmetic.Make("NC-COMPARE", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NC-COMPARE"), section,
            NarrativeArithmetic.Sentence(text, m.Index), T("NC.CompareMessage", m.Value, m.Groups["x"].Value, truth, word == "持平" ? "与预算数持平" : word + named + "预算数"),
            actual, against[0].Value, "万元");
    }

    // The sections (title and text, normalised) and the notes under the tables, each as a section of its own.
    private static IEnumerable<(NarrativeSection Section, string Text)> Texts(Disclosure document, IReadOnlyList<(NarrativeSection Section, string Text)> sections)
    {
        foreach (var (section, text) in sections)
        {
            yield return (section, NameNormalizer.Basic(section.Title) + "。" + text);
        }

        foreach (var table in document.Tables.Where(t => !t.Notes.IsEmpty))
        {
            var notes = new NarrativeSection(null, table.Title, string.Join("\n", table.Notes), table.Line, table.Page);
            yield return (notes, NameNormalizer.Basic(notes.Text));
        }
    }

    // 填报说明: （按“部门预算公开06表…”中实际发生经济分类支出事项填写）, 仍保留该表格式, （此处填写…）, （请填写…）;
    // 模板选项: 增加（减少）, 增长（减少）, 增长（下降）; 占位符: XX局, ××, XXX (two or more X or × beside Chinese).
    [GeneratedRegex(@"(?<instruction>（按[^（）。]{1,80}填写）|（(?:此处|请)[^（）。]{0,40}）|仍保留该表格式)|(?<choice>(?:增加|增长)（(?:减少|下降)）)|(?<placeholder>(?<=\p{IsCJKUnifiedIdeographs})[XＸ×]{2,}|(?<![XＸ×])[XＸ×]{2,}(?=\p{IsCJKUnifiedIdeographs}))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex TemplateText();

    // 2018年部门汇总预算, 2019年度部门预算 — not 2017-2019年部门… (a range) and not 2017—2019年 either.
    [GeneratedRegex(@"(?<![\d\-—–至~])(?<y>(?:19|20)[0-9]{2})年度?部门(?:汇总)?(?:预算|决算)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex DisclosureYear();

    // 比2018年部门预算, 较…, 与…: another year named on purpose, right before it (a heading above, 比上年增减情况, is not).
    [GeneratedRegex("比|较|与|和|及|至", RegexOptions.None, NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Comparison();

    // 年初预算为A万元，全年预算为F万元，支出决算为X万元，完成…%。决算数小于全年预算数 / 全年预算为F万元，支出决算为X万元。决算数与全年预算数持平
    [GeneratedRegex(@"(?:年初预算(?:数)?为(?<a>" + NarrativePatterns.Figure + @")万元[，,])?(?:全年预算(?:数)?为(?<f>" + NarrativePatterns.Figure + @")万元[，,])?(?:(?<!年初|全年)预算(?:数)?为(?<b>" + NarrativePatterns.Figure + @")万元[，,])?(?:支出)?决算(?:数)?为(?<x>" + NarrativePatterns.Figure + @")万元[^。]{0,40}。决算数(?:(?<w>大于|小于|等于)(?<base>全年|年初)?预算数|与(?<base>全年|年初)?预算数持平)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Compared();

    [GeneratedRegex(@"截[至止](?<y>(?:19|20)[0-9]{2})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex AsOf();

    [GeneratedRegex(@"(?<![\d\-—–至~])(?<y>(?:19|20)[0-9]{2})年", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex TitleYear();
}
