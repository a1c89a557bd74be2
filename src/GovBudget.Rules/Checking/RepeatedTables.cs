using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.BuiltIn;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Checking;

/// <summary>
/// A document that prints a second table of a kind (two 一般公共预算财政拨款基本支出表, say) has it checked like the
/// first: every rule reading that kind runs again with the second table in the first one's place, and what it finds is
/// added. Without this the second table would be read and never checked, and a broken figure in it would pass. The
/// rows a table prints twice with other figures are added here too (<see cref="RepeatedRows"/>), and the rows whose code is
/// misprinted (<see cref="MisprintedCodes"/>): like them, findings about what is printed, whatever the rules.
/// </summary>
internal static class RepeatedTables
{
    /// <summary>
    /// The findings of <paramref name="first"/> with those of every later table of a kind added (findings equal to one
    /// already there are not repeated). A rule that finds something on a later table no longer counts as passed.
    /// ROW-REPEAT and NM-CODE-MISPRINT are counted like every other check: passed when they found nothing, not
    /// applicable when the document prints no table they look at.
    /// </summary>
    public static DocumentFindings CheckLater(DocumentFindings first, Disclosure checkedDocument, IReadOnlyList<BoundRule> rules)
    {
        first = WithReaderChecks(first, checkedDocument);
        var later = checkedDocument.Tables.Where((t, i) => checkedDocument.Tables.Take(i).Any(p => p.Kind == t.Kind)).ToList();
        var repeatedRows = RepeatedRows.Find(checkedDocument).Concat(MisprintedCodes.Find(checkedDocument)).ToList();
        if (later.Count == 0 && repeatedRows.Count == 0)
        {
            return first;
        }

        var findings = first.Findings.Concat(repeatedRows).ToList();
        var known = new HashSet<string>(findings.Select(Key), StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in later)
        {
            var ordinal = checkedDocument.Tables.TakeWhile(t => !ReferenceEquals(t, table)).Count(t => t.Kind == table.Kind) + 1;
            var where = table.Page > 0 ? T("Place.Page", table.Page) : T("Place.Line", table.Line);
            // The later table takes the first one's place; every other table stays where it was.
            var firstOfKind = checkedDocument.Table(table.Kind)!;
            var variant = checkedDocument.WithTables(checkedDocument.Tables
                .Where(t => !ReferenceEquals(t, table))
                .Select(t => ReferenceEquals(t, firstOfKind) ? table : t));
            var index = new DocumentIndex(variant);
            var collector = new FindingsCollector();
            foreach (var rule in rules.Where(r => r.Tables.Contains(table.Kind)))
            {
                collector.Interpret(rule, variant, index);
            }

            // Both tables carry one title: the message says which one the finding is about.
            foreach (var finding in collector.Findings.Select(f => UncertainReading.Mark(f, variant)).Select(f => f with { Message = f.Message + T("RepeatedTable.Note", ordinal, table.Kind.CanonicalName, where) }))
            {
                if (known.Add(Key(finding)))
                {
                    findings.Add(finding);
                    failed.Add(finding.RuleId);
                }
            }
        }

        return first with
        {
            Findings = findings,
            Passed = [.. first.Passed.Where(id => !failed.Contains(id) && !repeatedRows.Any(f => f.RuleId == id))],
        };
    }

    // The reader checks' outcome before their findings are known: passed, or not applicable when they have nothing to
    // look at; CheckLater takes a check that found something out of Passed.
    private static DocumentFindings WithReaderChecks(DocumentFindings first, Disclosure document)
    {
        var checks = new (string Id, bool Examines, string Key)[]
        {
            (RepeatedRows.RuleId, RepeatedRows.Examines(document), "NA.NoKeyedTable"),
            (MisprintedCodes.RuleId, !document.Tables.IsEmpty, "NA.NoTables"),
        };
        var absent = checks.Where(c => !c.Examines).Select(c => new NotApplicableCheck(c.Id, NotApplicableReason.TableAbsent, T(c.Key))).ToList();
        return first with
        {
            Passed = [.. first.Passed, .. checks.Where(c => c.Examines).Select(c => c.Id)],
            NotApplicable = [.. first.NotApplicable, .. absent.Select(a => a.Rule)],
            NotApplicableReasons = [.. first.NotApplicableReasons, .. absent],
        };
    }

    private static string Key(Finding f) =>
        f.RuleId + "\u0001" + f.Message + "\u0001" + string.Join("\u0002", f.Cells.Select(c => c.ToString()));
}
