using GovBudget.Documents;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;
using NodaTime;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.Waivers;

/// <summary>
/// Applies a <see cref="WaiverSet"/> to the documents of one check run, and remembers which waivers matched so
/// that those that matched nothing are reported once, by <see cref="Finish"/>, after the last document.
/// </summary>
/// <remarks>
/// <para>For each finding, the waivers of its rule are tried in file order. A finding is accepted by the first
/// waiver that matches it, is not expired and does not concern an error; every such matching waiver counts as
/// used. A matching waiver that cannot accept gives one warning per document: <see cref="WaiverRuleIds.Error"/>
/// when the rule or the finding is an error (the error stays open), else <see cref="WaiverRuleIds.Expired"/> (the
/// finding stays open).</para>
/// <para><see cref="Finish"/> reports each waiver that neither accepted nor was reported with a document, by the
/// first that applies: <see cref="WaiverRuleIds.UnknownRule"/>, <see cref="WaiverRuleIds.Error"/>,
/// <see cref="WaiverRuleIds.Expired"/>, <see cref="WaiverRuleIds.Unused"/>.</para>
/// <para>Thread-safe: documents may be applied in parallel.</para>
/// </remarks>
public sealed class WaiverRun
{
    private const int Used = 1;
    private const int Reported = 2;

    private readonly IReadOnlyList<Waiver> waivers;
    private readonly Target[] targets;
    private readonly Dictionary<string, int[]> byRule;
    private readonly Dictionary<string, Severity> ruleSeverity = new(StringComparer.Ordinal);
    private readonly int[] states;

    internal WaiverRun(WaiverSet set, IEnumerable<RulePack> packs, LocalDate today)
    {
        Today = today;
        waivers = set.Waivers;
        targets = [.. waivers.Select(Target.Of)];
        byRule = waivers.Select((w, i) => (w.RuleId, i)).GroupBy(x => x.RuleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);
        foreach (var rule in packs.SelectMany(p => p.Rules))
        {
            ruleSeverity.TryAdd(rule.Id, rule.Severity);
        }

        states = new int[waivers.Count];
    }

    /// <summary>The date expiry is judged on.</summary>
    public LocalDate Today { get; }

    /// <summary>Applies the waivers to one document's findings: matching warnings and infos are accepted, and the
    /// waivers that matched but cannot accept are reported.</summary>
    public WaivedFindings Apply(DocumentFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var result = new List<CheckedFinding>(findings.Findings.Count);
        SortedDictionary<int, List<Finding>>? refused = null; // by waiver, in file order
        foreach (var finding in findings.Findings)
        {
            Waiver? acceptedBy = null;
            foreach (var i in byRule.GetValueOrDefault(finding.RuleId) ?? [])
            {
                if (!targets[i].Matches(finding, findings.Document.Department))
                {
                    continue;
                }

                if (IsError(finding) || waivers[i].IsExpired(Today))
                {
                    refused ??= [];
                    if (!refused.TryGetValue(i, out var list))
                    {
                        refused[i] = list = [];
                    }

                    list.Add(finding);
                    continue;
                }

                Interlocked.Or(ref states[i], Used);
                acceptedBy ??= waivers[i];
            }

            result.Add(new CheckedFinding(finding, acceptedBy));
        }

        foreach (var (i, matched) in refused ?? [])
        {
            Interlocked.Or(ref states[i], Reported);
            result.Add(new CheckedFinding(Refusal(waivers[i], targets[i], matched), null));
        }

        return new WaivedFindings(findings, result);
    }

    /// <summary>
    /// The problems of the waivers that neither accepted a finding nor were reported with a document: call it once,
    /// after the run's last document.
    /// </summary>
    public IReadOnlyList<Finding> Finish()
    {
        var problems = new List<Finding>();
        for (var i = 0; i < waivers.Count; i++)
        {
            if (Volatile.Read(ref states[i]) == 0)
            {
                problems.Add(Unmatched(waivers[i]));
            }
        }

        return problems;
    }

    private bool IsError(Finding finding) =>
        finding.Severity == Severity.Error || ruleSeverity.GetValueOrDefault(finding.RuleId) == Severity.Error;

    private Finding Refusal(Waiver w, Target target, List<Finding> matched)
    {
        var n = matched.Count;
        var (id, title, message) = matched.Any(IsError)
            ? (WaiverRuleIds.Error, T("Waiver.ErrorTitle"), T("Waiver.RefusedError", w.Where, w, w.By, w.RuleId, n))
            : (WaiverRuleIds.Expired, T("Waiver.ExpiredTitle"), T("Waiver.RefusedExpired", w.Where, w, w.By, w.ExpiresText, w.RuleId, n));

        // Shown beside the findings it concerns: in their table when they share one.
        var tables = matched.Select(f => (f.Table, f.TableTitle)).Distinct().ToList();
        var (table, tableTitle) = tables.Count == 1 ? tables[0] : (null, null);
        // The cells the waiver names, not every cell the findings read: those are listed with the findings.
        var cells = target.IsRestricted ? matched.SelectMany(f => f.Cells).Where(target.Matches).Distinct().ToList() : [];
        return Problem(w, id, title, message, table, tableTitle, cells);
    }

    private Finding Unmatched(Waiver w)
    {
        var (id, title, message) =
            ruleSeverity.Count > 0 && !ruleSeverity.ContainsKey(w.RuleId)
                ? (WaiverRuleIds.UnknownRule, T("Waiver.UnknownTitle"), T("Waiver.Unknown", w.Where, w, w.By, w.RuleId))
            : ruleSeverity.GetValueOrDefault(w.RuleId) == Severity.Error
                ? (WaiverRuleIds.Error, T("Waiver.ErrorTitle"), T("Waiver.ErrorRule", w.Where, w, w.By, w.RuleId))
            : w.IsExpired(Today)
                ? (WaiverRuleIds.Expired, T("Waiver.ExpiredTitle"), T("Waiver.ExpiredUnused", w.Where, w, w.By, w.ExpiresText))
                : (WaiverRuleIds.Unused, T("Waiver.UnusedTitle"), T("Waiver.Unused", w.Where, w, w.By));
        return Problem(w, id, title, message, w.Table, null, []);
    }

    private static Finding Problem(Waiver w, string id, string title, string message, string? table, string? tableTitle, IReadOnlyList<FindingCell> cells) =>
        new(id, Severity.Warning, title, message, table, tableTitle, cells, null, null, null, null, null, [],
            new Dictionary<string, string>(StringComparer.Ordinal), false, w.Location);

    /// <summary>What a waiver is restricted to, normalised once so that matching compares plain strings.</summary>
    private sealed record Target(string? Department, string? Table, string? Row, string? Column)
    {
        public static Target Of(Waiver w) => new(
            w.Department,
            w.Table is null ? null : (TableKind.FromName(w.Table) ?? TableKind.FromTitle(w.Table))?.CanonicalName ?? w.Table,
            w.Row is null ? null : NameNormalizer.Label(w.Row),
            w.Column is null ? null : ColumnNames.Canonical(w.Column));

        /// <summary>Whether the waiver names a table, row or column: else it matches every finding of its rule.</summary>
        public bool IsRestricted => Table is not null || Row is not null || Column is not null;

        public bool Matches(Finding finding, Department department)
        {
            if (Department is not null && Department != department.Code && Department != department.Name)
            {
                return false;
            }

            return !IsRestricted || finding.Cells.Any(Matches);
        }

        // Table, row and column must all hold for one cell: 201 in one table and 合计 in another is not a match.
        public bool Matches(FindingCell cell) =>
            (Table is null || Table == cell.Table)
            && (Row is null || Row == NameNormalizer.Label(cell.Row) || Row == NameNormalizer.Label(cell.Label))
            && (Column is null || (cell.Column is not null && Column == ColumnNames.Canonical(cell.Column)));
    }
}
