using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.Addressing.NarrativeNumbers;
using static GovBudget.Rules.Addressing.NarrativePatterns;
using static GovBudget.Rules.BuiltIn.NarrativeText;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// <c>NA-GROWTH</c>: "B 万元，与上年相比增加 C 万元，增长 D%" — D must be C / (B − C) (or C / (B + C) for a decrease).
/// </summary>
internal sealed partial class GrowthRates : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NA-GROWTH";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        reading.Sections.SelectMany(t => Statements(GrowthPattern(), t.Text, m => Growth(t.Section, t.Text, m)));

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        new(Id, NotApplicableReason.PhraseAbsent, T("NA.Growth"));

    private static Verdict Growth(NarrativeSection section, string text, Match m)
    {
        var b = Number(m.Groups["b"].Value);
        var c = Number(m.Groups["c"].Value);
        var d = m.Groups["d"].Value;
        var decrease = m.Groups["dir"].Value == "减少";
        var previous = decrease ? b + c : b - c;
        if (previous <= 0)
        {
            return Verdict.NotExamined; // a new item (上年 0) has no growth rate to check
        }

        var exact = c / previous * 100m;
        // The ratio c / previous is known to ±(δc / previous + ratio · δprevious / previous), δ half a printed step; c
        // may be 0 (增加0万元，增长0%), so it is never divided by.
        var uncertainty = (100m * Half(m.Groups["c"].Value) / previous) + (exact * (Half(m.Groups["b"].Value) + Half(m.Groups["c"].Value)) / previous);
        if (Explains(Number(d), Half(d), exact, uncertainty))
        {
            return Verdict.Held;
        }

        // Off by one in the last printed digit (16.0776% written 16.07%): mis-rounded, a warning as for shares; further
        // off (1.6898% written 1.66%), a wrong rate, an error.
        var misRounded = Math.Abs(Number(d) - exact) <= (2 * Half(d)) + uncertainty;
        var sentence = Sentence(text, m.Index);
        return Make("NA-GROWTH", NarrativeFigures.PageAt(section, m.Index), misRounded ? Severity.Warning : Severity.Error, BuiltInChecks.Title("NA-GROWTH"), section, sentence,
            T("NA.GrowthMessage", sentence, Format(previous), T(decrease ? "NA.Decrease" : "NA.Increase"), Format(c), Format(Math.Round(exact, Decimals(d) + 2)), d,
                misRounded ? T("NA.MisRounded") : string.Empty),
            Number(d), Math.Round(exact, Decimals(d), MidpointRounding.AwayFromZero));
    }

    // B 万元 … (与上年相比|较上年|比上年|与 2023 年度相比) … 增加/减少 C 万元，增长/减少/下降 D%
    [GeneratedRegex("(?<b>" + Figure + ")万元[^0-9。]{0,40}?(?:相比|较上年|比上年)[^0-9。]{0,20}?(?<dir>增加|减少)(?<c>" + Figure + ")万元[，,]?(?:增长|减少|下降)(?<d>" + Percent + ")%",
        RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex GrowthPattern();
}
