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
/// <c>NA-EMPTY-NOTE</c>: the note under an empty fund table (空表列示) names that table's own fund, not the other's.
/// It reads the tables' notes only, so a document without a narrative is no reason for it not to apply.
/// </summary>
internal sealed partial class EmptyFundNotes : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NA-EMPTY-NOTE";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        EmptyTableNotes(reading.Document);

    /// <inheritdoc/>
    public override NotApplicableCheck NothingToCheck(Disclosure document) =>
        new(Id, NotApplicableReason.TableAbsent, T("NA.EmptyNote"));

    // An empty fund table (空表列示) explains itself in a note; a note that names the other fund was carried over from
    // the other table's template (上海 2025: the 国有资本经营 table says 无政府性基金预算).
    private static IEnumerable<Verdict> EmptyTableNotes(Disclosure document)
    {
        var funds = new[]
        {
            (Kind: TableKind.GovernmentFundExpenditure, Own: new[] { "政府性基金", "政府基金" }, Other: "国有资本经营"),
            (Kind: TableKind.StateCapitalExpenditure, Own: new[] { "国有资本经营" }, Other: "政府性基金"),
        };
        foreach (var (kind, own, other) in funds)
        {
            if (document.Table(kind) is not { IsEmpty: true } table)
            {
                continue;
            }

            if (table.Notes.IsEmpty)
            {
                continue;
            }

            yield return Verdict.Held; // the notes were read; a note that names the other fund is a finding besides
            foreach (var note in table.Notes)
            {
                var n = NameNormalizer.Basic(note);
                if (n.Contains(other, StringComparison.Ordinal) && !own.Any(o => n.Contains(o, StringComparison.Ordinal)))
                {
                    yield return new Finding("NA-EMPTY-NOTE", Severity.Warning, BuiltInChecks.Title("NA-EMPTY-NOTE"),
                        T("Finding.Titled", BuiltInChecks.Title("NA-EMPTY-NOTE"), T("NA.EmptyNoteMessage", table.Title, note, other, own[0])),
                        kind.CanonicalName, table.Title, [new FindingCell(kind.CanonicalName, table.Title, "注", note, null, null, null, table.Line, table.Page)],
                        null, null, null, own[0], other, [], new Dictionary<string, string>(), false, new SourceSpan("notes", table.Line, 1));
                }
            }
        }
    }
}
