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
/// <c>NA-PARTS</c>: "T 万元，其中：A a 万元，B b 万元 …" — the parts never exceed T, and add up to T when the list is
/// complete (its shares add up to 100%, it names all of 货物/工程/服务 or of the three 三公 parts, or it lists as many as the
/// sentence before counts; <see cref="PartsList"/>).
/// </summary>
internal sealed partial class PartsSums : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NA-PARTS";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        reading.Sections.SelectMany(t => Statements(PartsHead(), t.Text, m => Parts(t.Section, t.Text, m)));

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        new(Id, NotApplicableReason.PhraseAbsent, T("NA.Parts"));

    private static Verdict Parts(NarrativeSection section, string text, Match head)
    {
        var list = PartsList.Read(text, head);
        if (list is null)
        {
            return Verdict.NotExamined;
        }

        var (sum, total, tolerance) = (list.Sum, list.Total, list.Tolerance);
        var exceeds = sum - total > tolerance;
        var breaks = list.IsComplete && sum != total;
        if (!exceeds && !breaks)
        {
            return Verdict.Held;
        }

        var rounding = Math.Abs(sum - total) <= tolerance;
        var sentence = Sentence(text, head.Index);
        var unit = head.Groups["u"].Value;
        var why = T(exceeds && !list.IsComplete ? "NA.PartsExceed" : rounding ? "NA.PartsRounding" : "NA.PartsDiffer");
        return Make("NA-PARTS", NarrativeFigures.PageAt(section, head.Index), rounding ? Severity.Warning : Severity.Error,
            BuiltInChecks.Title("NA-PARTS"), section, sentence,
            T("NA.PartsMessage", sentence, string.Join(" + ", list.Parts.Select(p => p.Text)), Format(sum / PartsList.Factor(unit)), unit, head.Groups["t"].Value, why),
            sum / PartsList.Factor(unit), total / PartsList.Factor(unit), unit);
    }

    // T 万元，其中： / T 万元。其中 — the figure right before 其中 is the total the list breaks down.
    [GeneratedRegex("(?<t>" + Figure + ")(?<u>亿元|万元|元)[，,。]?其中[：:，,]?", RegexOptions.None, MatchTimeoutMilliseconds)]
    private static partial Regex PartsHead();
}
