using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.Addressing.NarrativeNumbers;
using static GovBudget.Rules.BuiltIn.NarrativeText;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// NC-COMPARE's words of change: "增加 C 万元，增长 D%" names one change twice, so its two words say one direction
/// (增加 with 下降 is a contradiction, unless both figures are 0); and "增加 T 万元，其中：A 减少 a 万元；B 减少 b 万元"
/// cannot be, since no part moves the way the total does.
/// </summary>
internal sealed partial class BudgetComparisons
{
    private static IEnumerable<Verdict> Changes(NarrativeSection section, string text)
    {
        foreach (Match m in ChangeWords().Matches(text))
        {
            yield return Statement(() => ChangeWords(section, text, m));
        }

        foreach (Match m in ChangeList().Matches(text))
        {
            yield return Statement(() => ChangeList(section, text, m));
        }
    }

    private static bool Up(string word) => word is "增加" or "增长";

    private static Verdict ChangeWords(NarrativeSection section, string text, Match m)
    {
        var change = Number(m.Groups["c"].Value);
        var rate = Number(m.Groups["d"].Value);
        if (Up(m.Groups["dir"].Value) == Up(m.Groups["rate"].Value) || (change == 0 && rate == 0))
        {
            return Verdict.Held;
        }

        var sentence = Sentence(text, m.Index);
        return Make("NC-COMPARE", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NC-COMPARE"), section, sentence,
            T("NC.ChangeWordsMessage", sentence, m.Groups["dir"].Value + m.Groups["c"].Value + "万元", m.Groups["rate"].Value + m.Groups["d"].Value + "%"), change, null, "万元");
    }

    private static Verdict ChangeList(NarrativeSection section, string text, Match m)
    {
        var up = Up(m.Groups["dir"].Value);
        var total = Number(m.Groups["t"].Value);
        var parts = ChangePart().Matches(m.Groups["parts"].Value).ToList();
        if (parts.Count < 2 || total == 0)
        {
            return Verdict.NotExamined; // one part is a restatement, and no change needs no part to make it
        }

        if (parts.Any(p => Up(p.Groups["dir"].Value) == up && Number(p.Groups["a"].Value) > 0))
        {
            return Verdict.Held;
        }

        var sentence = Sentence(text, m.Index);
        var listed = string.Join(T("NA.List"), parts.Select(p => p.Value));
        return Make("NC-COMPARE", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NC-COMPARE"), section, sentence,
            T("NC.ChangeListMessage", sentence, m.Groups["dir"].Value + m.Groups["t"].Value + "万元", listed), total, null, "万元");
    }

    // 增加1297.83万元，增长16.07% / 减少8007.18万元，降低79.27% / 增加4032.99万元，增加254.23% (Jiangsu 2017).
    [GeneratedRegex(@"(?<dir>增加|减少)(?<c>" + NarrativePatterns.Figure + @")万元[，,]?(?<rate>增长|增加|下降|减少|降低)(?<d>" + NarrativePatterns.Percent + ")%",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex ChangeWords();

    // 较 2022 年增加 21113.82 万元，其中：基本支出增加 246.24 万元，…；项目支出增加 20867.58 万元 (the sample), to the sentence's end.
    [GeneratedRegex(@"(?<dir>增加|减少)(?<t>" + NarrativePatterns.Figure + @")万元[，,]其中[：:](?<parts>[^。]{1,400})",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex ChangeList();

    [GeneratedRegex(@"(?<name>[^，,；;：:。、0-9]{1,20}?)(?<dir>增加|减少)(?<a>" + NarrativePatterns.Figure + ")万元",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex ChangePart();
}
