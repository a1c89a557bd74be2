using System.Text.RegularExpressions;
using GovBudget.Documents;
using GovBudget.Profiles;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;

using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// PUB-TABLES: the document publishes every table its profile mandates and every table its contents list names. A
/// missing table is an error when that is certain (the profile is fixed, or the contents list names the table, and the
/// reader left no table of figures unrecognised); otherwise a warning marked 待核实 with the pages to check. A file
/// that prints no table at all gets one warning listing the tables its contents name (the tables may be published
/// as a second file).
/// </summary>
internal static class PublishedTables
{
    public const string RuleId = "PUB-TABLES";

    private static string Title => BuiltInChecks.Title(RuleId);

    public static IEnumerable<Finding> Check(Disclosure document, ProfileChoice choice)
    {
        var profile = choice.Profile;
        var listed = document.Contents.Where(c => c.TableKind is not null).ToList();
        var unrecognised = TableCoverage.UnrecognisedIn(document);
        var span = new SourceSpan(profile.Source, 1, 1);
        if (document.Tables.IsEmpty && unrecognised.IsEmpty)
        {
            var names = listed.Count > 0 ? listed.Select(c => T("Pub.Quoted", c.Name)) : profile.Tables.Select(t => t.ToString());
            var where = listed.Count > 0 ? T("Pub.ListedCount", listed[0].Where, listed.Count) : T("Pub.ProfileCount", profile.Name, profile.Tables.Length);
            yield return new Finding(RuleId, Severity.Warning, Title,
                T("Pub.NoTables", where, string.Join(T("NA.List"), names), profile.Name),
                null, null, [.. listed.Take(1).Select(Cell)], null, null, null, null, null, [],
                new Dictionary<string, string>(), false, span);
            yield break;
        }

        var wanted = profile.Tables.Select(t => (t.Kind, Mandated: (MandatedTable?)t))
            .Concat(listed.Select(c => c.TableKind!).Where(k => profile.Table(k) is null).Distinct().Select(k => (k, Mandated: (MandatedTable?)null)));
        foreach (var (kind, mandated) in wanted)
        {
            if (document.Table(kind) is not null)
            {
                continue;
            }

            var entry = listed.FirstOrDefault(c => c.TableKind == kind);
            if (mandated is { MayBeReplacedByStatement: true } && Statement(document, profile, mandated) is not null)
            {
                continue; // 本部门无政府性基金预算: the narrative says why the table is not printed
            }

            var name = mandated?.ToString() ?? T("Pub.Quoted", entry!.Name);
            var because = mandated is null
                ? T("Pub.ListedNotPrinted", entry!.Where, entry.Title)
                : T("Pub.Required", profile.Name, profile.Title, entry is null ? T("Pub.NotListed") : T("Pub.Listed", entry.Where, entry.Title));
            var doubts = new List<string>();
            if (!unrecognised.IsEmpty)
            {
                doubts.Add(T("Pub.Unrecognised", string.Join(T("NA.List"), unrecognised.Select(u => u.Page > 0 ? T("Pub.PageOf", u.Page) : u.Title))));
            }

            if (entry is null && !choice.Certain)
            {
                doubts.Add(T("Pub.ProfileUncertain", choice.Reason));
            }

            var message = T("Pub.Missing", name, because, mandated?.MayBeReplacedByStatement == true
                ? T("Pub.NoStatement", mandated.StatementSubjects[0])
                : string.Empty);
            yield return new Finding(RuleId, doubts.Count == 0 ? Severity.Error : Severity.Warning, Title, message,
                kind.CanonicalName, mandated?.Title ?? entry!.Title, entry is null ? [] : [Cell(entry)], null, null, null, null, null,
                [], new Dictionary<string, string> { ["表"] = kind.CanonicalName }, false, span)
            {
                Uncertainty = doubts.Count == 0 ? null : string.Join(T("List.Clauses"), doubts),
                PagesToCheck = doubts.Count == 0 ? [] : [.. unrecognised.Select(u => u.Page).Append(entry?.Page ?? 0).Where(p => p > 0).Distinct().Order()],
            };
        }
    }

    private static FindingCell Cell(ContentsEntry entry) =>
        new("目录", "目录", entry.Title, entry.Title, null, null, null, entry.Line, entry.Page);

    // A sentence of the narrative that denies the table's subject (本部门无政府性基金预算), or null.
    private static string? Statement(Disclosure document, DisclosureProfile profile, MandatedTable table)
    {
        var negation = string.Join("|", profile.Negations.Select(Regex.Escape));
        var subject = string.Join("|", table.StatementSubjects.Select(Regex.Escape));
        var pattern = new Regex($"(?:{negation})[^。；;]{{0,{profile.StatementWindow}}}?(?:{subject})", RegexOptions.None, TimeSpan.FromSeconds(1));
        foreach (var section in document.Narrative)
        {
            foreach (var sentence in NameNormalizer.Basic(section.Text).Split('。', '；', ';', '\n'))
            {
                if (pattern.IsMatch(sentence))
                {
                    return sentence;
                }
            }
        }

        return null;
    }
}
