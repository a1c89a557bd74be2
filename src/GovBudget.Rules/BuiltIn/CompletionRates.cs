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
/// <c>NA-COMPLETION</c>: "年初预算为 A 万元，全年预算为 F 万元，支出决算为 X 万元，完成年初预算的 P%" — P must be X over the
/// budget it names.
/// </summary>
internal sealed partial class CompletionRates : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NA-COMPLETION";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        reading.Sections.SelectMany(t => Statements(CompletionPattern(), t.Text, m => Completion(t.Section, t.Text, m)));

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        new(Id, NotApplicableReason.PhraseAbsent, T("NA.Completion"));

    private static Verdict Completion(NarrativeSection section, string text, Match m)
    {
        var initial = Number(m.Groups["a"].Value);
        var full = Number(m.Groups["f"].Value);
        var actual = Number(m.Groups["x"].Value);
        var p = m.Groups["p"].Value;
        var named = m.Groups["base"].Value.StartsWith("年初", StringComparison.Ordinal) ? initial : full;
        var other = named == initial ? full : initial;
        var sentence = Sentence(text, m.Index);
        if (named > 0 && Explains(Number(p), Half(p), actual / named * 100m, 0m))
        {
            return Verdict.Held;
        }

        var otherName = T(named == initial ? "NA.FullBudget" : "NA.InitialBudget");
        var measured = other > 0 && Explains(Number(p), Half(p), actual / other * 100m, 0m)
            ? T("NA.CompletionOther", p, Format(actual), Format(other), otherName)
            : named > 0 ? T("NA.CompletionShould", Format(Math.Round(actual / named * 100m, Decimals(p), MidpointRounding.AwayFromZero))) : T("NA.CompletionZero");
        return Make("NA-COMPLETION", NarrativeFigures.PageAt(section, m.Index), Severity.Error, BuiltInChecks.Title("NA-COMPLETION"), section, sentence,
            T("NA.CompletionMessage", sentence, m.Groups["base"].Value, Format(named), measured), Number(p),
            named > 0 ? Math.Round(actual / named * 100m, Decimals(p), MidpointRounding.AwayFromZero) : null);
    }

    [GeneratedRegex("年初预算为(?<a>" + Figure + ")万元[，,]全年预算为(?<f>" + Figure + ")万元[，,]支出决算为(?<x>" + Figure + ")万元[，,]完成(?<base>年初预算|全年预算)数?的(?<p>" + Percent + ")%",
        RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex CompletionPattern();
}
