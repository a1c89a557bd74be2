using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.Addressing.NarrativeNumbers;
using static GovBudget.Rules.BuiltIn.NarrativeText;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// <c>NC-COMPARE</c>: "年初预算为 A 万元，全年预算为 F 万元，支出决算为 X 万元……决算数大于/小于/等于（全年/年初）预算数" (or
/// "决算数与预算数持平"): the word must say how X compares with the budget it names; a bare 预算数 after two budgets is
/// wrong only when it is wrong against both. Also the words of a change: "增加 C 万元，下降 D%", and a 其中 list of changes
/// of which none moves the way the total does (BudgetComparisons.Changes.cs).
/// </summary>
internal sealed partial class BudgetComparisons : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NC-COMPARE";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        reading.Sections.SelectMany(t => Comparisons(t.Section, t.Text).Concat(Changes(t.Section, t.Text)));

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        new(Id, NotApplicableReason.PhraseAbsent, T("NA.Compare"));

    private static IEnumerable<Verdict> Comparisons(NarrativeSection section, string text)
    {
        foreach (Match m in Compared().Matches(text))
        {
            var verdict = Statement(() => Comparison(section, text, m));
            yield return verdict;
        }
    }

    private static Verdict Comparison(NarrativeSection section, string text, Match m)
    {
        var actual = Number(m.Groups["x"].Value);
        var budgets = new List<(string Name, decimal Value)>();
        if (m.Groups["a"].Success)
        {
            budgets.Add(("年初预算", Number(m.Groups["a"].Value)));
        }

        if (m.Groups["f"].Success)
        {
            budgets.Add(("全年预算", Number(m.Groups["f"].Value)));
        }

        if (m.Groups["b"].Success)
        {
            budgets.Add(("预算", Number(m.Groups["b"].Value)));
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

        var sentence = Sentence(text, m.Index) + "。" + Sentence(text, m.Groups["w"].Success ? m.Groups["w"].Index : m.Index + m.Length - 1);
        var truth = string.Join(T("NC.Separator"), against.Select(b => T("NC.CompareTruth", b.Name, m.Groups[b.Name switch { "年初预算" => "a", "全年预算" => "f", _ => "b" }].Value,
            T(actual > b.Value ? "NC.Greater" : actual < b.Value ? "NC.Less" : "NC.Equal"))));
        return Make("NC-COMPARE", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NC-COMPARE"), section,
            Sentence(text, m.Index), T("NC.CompareMessage", m.Value, m.Groups["x"].Value, truth, word == "持平" ? "与预算数持平" : word + named + "预算数"),
            actual, against[0].Value, "万元");
    }

    // 年初预算为A万元，全年预算为F万元，支出决算为X万元，完成…%。决算数小于全年预算数 / 全年预算为F万元，支出决算为X万元。决算数与全年预算数持平
    [GeneratedRegex(@"(?:年初预算(?:数)?为(?<a>" + NarrativePatterns.Figure + @")万元[，,])?(?:全年预算(?:数)?为(?<f>" + NarrativePatterns.Figure + @")万元[，,])?(?:(?<!年初|全年)预算(?:数)?为(?<b>" + NarrativePatterns.Figure + @")万元[，,])?(?:支出)?决算(?:数)?为(?<x>" + NarrativePatterns.Figure + @")万元[^。]{0,40}。决算数(?:(?<w>大于|小于|等于)(?<base>全年|年初)?预算数|与(?<base>全年|年初)?预算数持平)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: NarrativePatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Compared();
}
