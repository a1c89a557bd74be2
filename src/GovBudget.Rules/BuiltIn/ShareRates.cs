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
/// <c>NA-SHARE</c>: "X 万元，占 P%" — P must be X / T for a total T stated before it in the section.
/// </summary>
internal sealed partial class ShareRates : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NA-SHARE";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        reading.Sections.SelectMany(t => Shares(t.Section, t.Text));

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        new(Id, NotApplicableReason.PhraseAbsent, T("NA.Share"));

    private static IEnumerable<Verdict> Shares(NarrativeSection section, string text)
    {
        var amounts = AmountPattern().Matches(text)
            .Select(a => (a.Index, Value: Statement(() => Number(a.Groups["n"].Value)), Text: a.Groups["n"].Value))
            .Where(a => a.Value is not null).Select(a => (a.Index, Value: a.Value!.Value, a.Text)).ToList();
        return Statements(SharePattern(), text, m => Share(section, text, m, amounts));
    }

    private static Verdict Share(NarrativeSection section, string text, Match m, List<(int Index, decimal Value, string Text)> amounts)
    {
        var x = Number(m.Groups["x"].Value);
        var p = m.Groups["p"].Value;
        if (Number(p) is 100m)
        {
            return Verdict.NotExamined; // a whole is 100% of itself: nothing to check
        }

        // Candidate totals: amounts stated before this one in the section, larger than it (so never 0).
        var candidates = amounts.Where(a => a.Index < m.Index && a.Value > x && a.Value > 0).ToList();
        if (candidates.Count == 0)
        {
            return Verdict.NotExamined;
        }

        if (candidates.Any(t => Explains(Number(p), Half(p), x / t.Value * 100m, ShareUncertainty(x, t.Value, m.Groups["x"].Value, t.Text))))
        {
            return Verdict.Held;
        }

        // Off by one in the last printed digit against some total: the share is mis-rounded (e.g. truncated).
        var near = candidates.Select(t => (t, Ratio: x / t.Value * 100m))
            .Where(c => Math.Abs(c.Ratio - Number(p)) <= 2 * Half(p) + ShareUncertainty(x, c.t.Value, m.Groups["x"].Value, c.t.Text))
            .OrderBy(c => Math.Abs(c.Ratio - Number(p)))
            .FirstOrDefault();
        if (near.t.Text is null)
        {
            return Verdict.NotExamined; // no stated total explains it: the base is not identifiable, so nothing is proven
        }

        var sentence = Sentence(text, m.Index);
        var rounded = Math.Round(near.Ratio, Decimals(p), MidpointRounding.AwayFromZero);
        return Make("NA-SHARE", NarrativeFigures.PageAt(section, m.Index), Severity.Warning, BuiltInChecks.Title("NA-SHARE"), section, sentence,
            T("NA.ShareMessage", sentence, Format(x), near.t.Text, Format(Math.Round(near.Ratio, Decimals(p) + 2)), Format(rounded), p),
            Number(p), rounded);
    }

    // x / total is known to ±(δx / total + ratio · δtotal / total); x may be 0 (0万元，占0%), so it is never divided by.
    private static decimal ShareUncertainty(decimal x, decimal total, string xText, string totalText) =>
        (100m * Half(xText) / total) + (x / total * 100m * Half(totalText) / total);

    [GeneratedRegex("(?<x>" + Figure + ")万元[，,]占(?:[^0-9%。；;]{0,12})?(?<p>" + Percent + ")%", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex SharePattern();

    [GeneratedRegex("(?<n>" + Figure + ")万元", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex AmountPattern();
}
