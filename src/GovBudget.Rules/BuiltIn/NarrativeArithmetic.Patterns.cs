using System.Text.RegularExpressions;
using static GovBudget.Rules.Evaluation.NarrativePatterns;

namespace GovBudget.Rules.BuiltIn;

// The statements the arithmetic checks read. Every figure is a bounded NarrativePatterns.Figure, so a long run of
// digits costs each pattern linear time, and every match is timed (a timeout makes the check not applicable).
internal static partial class NarrativeArithmetic
{
    // B 万元 … (与上年相比|较上年|比上年|与 2023 年度相比) … 增加/减少 C 万元，增长/减少/下降 D%
    [GeneratedRegex("(?<b>" + Figure + ")万元[^0-9。]{0,40}?(?:相比|较上年|比上年)[^0-9。]{0,20}?(?<dir>增加|减少)(?<c>" + Figure + ")万元[，,]?(?:增长|减少|下降)(?<d>" + Percent + ")%",
        RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex GrowthPattern();

    [GeneratedRegex("(?<cls>[^（）。；;，,“”0-9]+)（类）(?<sec>[^（）。；;，,“”0-9]+)（款）(?<item>[^（）。；;，,“”0-9]+)（项）(?<x>" + Figure + ")(?<u>亿元|万元|元)",
        RegexOptions.None, MatchTimeoutMilliseconds)]
    internal static partial Regex ItemPattern();

    [GeneratedRegex("(?<x>" + Figure + ")万元[，,]占(?:[^0-9%。；;]{0,12})?(?<p>" + Percent + ")%", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex SharePattern();

    [GeneratedRegex("(?<n>" + Figure + ")万元", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex AmountPattern();

    // T 万元，其中： / T 万元。其中 — the figure right before 其中 is the total the list breaks down.
    [GeneratedRegex("(?<t>" + Figure + ")(?<u>亿元|万元|元)[，,。]?其中[：:，,]?", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex PartsHead();

    [GeneratedRegex("年初预算为(?<a>" + Figure + ")万元[，,]全年预算为(?<f>" + Figure + ")万元[，,]支出决算为(?<x>" + Figure + ")万元[，,]完成(?<base>年初预算|全年预算)数?的(?<p>" + Percent + ")%",
        RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex CompletionPattern();
}
