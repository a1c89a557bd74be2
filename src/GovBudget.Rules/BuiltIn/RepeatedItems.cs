using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.Addressing.NarrativeNumbers;
using static GovBudget.Rules.BuiltIn.NarrativeText;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// <c>NA-REPEAT</c>: one 项 ("…（类）…（款）C（项）X 万元") stated twice must be stated with one amount.
/// </summary>
internal sealed partial class RepeatedItems : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NA-REPEAT";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        Repeats(reading.Sections);

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        new(Id, NotApplicableReason.PhraseAbsent, T("NA.Repeat"));

    // The same 项, fully named by its 类, 款 and 项, stated in two places with amounts that no rounding reconciles. (A
    // shorter name such as 基本支出 is not enough: the sentence around it sets its scope, 财政拨款 or all funds.)
    private static IEnumerable<Verdict> Repeats(IReadOnlyList<(NarrativeSection Section, string Text)> texts)
    {
        var statements = texts
            .SelectMany(t => ItemPattern().Matches(t.Text).Select(m => (t.Section, t.Text, Match: m)))
            .Where(s => MoneyUnits.TryParse(s.Match.Groups["u"].Value, out var unit)
                && Statement(() => Number(s.Match.Groups["x"].Value) * unit.InYuan()) is not null)
            .GroupBy(s => $"{s.Match.Groups["cls"].Value.TrimStart('.', '、', '．')}（类）{s.Match.Groups["sec"].Value}（款）{s.Match.Groups["item"].Value}（项）", StringComparer.Ordinal);
        foreach (var group in statements)
        {
            var all = group.Select(s =>
            {
                MoneyUnits.TryParse(s.Match.Groups["u"].Value, out var unit);
                var x = s.Match.Groups["x"].Value;
                return (s.Section, Normalised: s.Text, s.Match, Unit: unit, Text: x, Yuan: Number(x) * unit.InYuan(), Half: Half(x) * unit.InYuan());
            }).ToList();
            var first = all[0];
            if (all.Count < 2)
            {
                continue; // stated once: nothing to compare
            }

            var other = all.Skip(1).FirstOrDefault(s => Math.Abs(s.Yuan - first.Yuan) > s.Half + first.Half);
            if (other.Section is null)
            {
                yield return Verdict.Held;
                continue;
            }

            var cells = new[] { first, other }.Select(s => new FindingCell(Table, s.Section.ToString(), s.Section.Number ?? s.Section.Title,
                Sentence(s.Normalised, s.Match.Index), null, Number(s.Text), s.Unit.Symbol(), s.Section.Line,
                NarrativeFigures.PageAt(s.Section, s.Match.Index))).ToList();
            // Within one unit of the last printed digit, one of them was cut instead of rounded (as NA-ITEM): a warning.
            var cut = Math.Abs(other.Yuan - first.Yuan) <= 2 * (other.Half + first.Half);
            yield return new Finding("NA-REPEAT", cut ? Severity.Warning : Severity.Error, BuiltInChecks.Title("NA-REPEAT"),
                T("Finding.Titled", BuiltInChecks.Title("NA-REPEAT"), T("NA.RepeatMessage", group.Key, cells[0].Label, first.Text, first.Unit.Symbol(), cells[1].Label, other.Text, other.Unit.Symbol(),
                    cut ? T("NA.RepeatCut") : string.Empty)),
                Table, first.Section.ToString(), cells, Number(first.Text), other.Yuan / first.Unit.InYuan(), (other.Yuan - first.Yuan) / first.Unit.InYuan(), null, null, [],
                new Dictionary<string, string>(), false, new SourceSpan("narrative", first.Section.Line, 1));
        }
    }
}
