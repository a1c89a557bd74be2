using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Binding;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Evaluation;
using GovBudget.Rules.Findings;
using GovBudget.Rules.Syntax;
using GovBudget.TestSupport;

namespace GovBudget.Rules.Tests.Packs;

/// <summary>A document rules are checked on, named for messages.</summary>
/// <param name="Name">What it is and why it exists ("sample", "sample, 201 named as in the other tables").</param>
/// <param name="Document">The document.</param>
internal sealed record FixtureDocument(string Name, Disclosure Document)
{
    public override string ToString() => Name;
}

/// <summary>One contributing cell changed: the changed copy, and how to recognise the cell in a finding.</summary>
/// <param name="Description">What was changed ("支出总表 201 一般公共服务支出 [合计]: 1265.48 → 1266.48").</param>
/// <param name="Document">The changed copy.</param>
/// <param name="Names">Whether a finding's cell is the changed one, as it reads after the change.</param>
internal sealed record CellMutation(string Description, Disclosure Document, Func<FindingCell, bool> Names);

/// <summary>
/// A rule's fixtures: a document on which it applies and finds nothing (the passing fixture), and a copy with one
/// cell it reads changed, on which it reports a finding of its own severity naming that cell (the failing fixture).
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Passing">The passing fixture, or null when no candidate document passes.</param>
/// <param name="Failing">The mutation that makes it fail, or null when none does.</param>
/// <param name="Finding">The finding the failing fixture gives.</param>
/// <param name="Tried">What was tried, for the message when a fixture is missing.</param>
internal sealed record RuleFixture(BoundRule Rule, FixtureDocument? Passing, CellMutation? Failing, Finding? Finding, IReadOnlyList<string> Tried)
{
    public bool Complete => Passing is not null && Failing is not null;
}

/// <summary>
/// Finds each rule's passing fixture among a pack's candidate documents (in order) and generates its failing fixture
/// by changing, one at a time, the cells the rule reads there. Thread-safe; results are cached per rule.
/// </summary>
internal sealed class RuleFixtureFinder(RulePack pack, IReadOnlyList<Lazy<FixtureDocument>> candidates)
{
    private readonly ConcurrentDictionary<FixtureDocument, DocumentFindings> checks = new();
    private readonly ConcurrentDictionary<string, RuleFixture> fixtures = new(StringComparer.Ordinal);

    public RulePack Pack => pack;

    public RuleFixture For(string ruleId) => fixtures.GetOrAdd(ruleId, id => Find(pack.Rules.Single(r => r.Id == id)));

    private RuleFixture Find(BoundRule rule)
    {
        var tried = new List<string>();
        foreach (var candidate in candidates.Select(c => c.Value))
        {
            var result = checks.GetOrAdd(candidate, c => pack.Check(c.Document));
            if (!result.Passed.Contains(rule.Id))
            {
                tried.Add($"{candidate}: {(result.NotApplicable.Contains(rule.Id) ? "not applicable" : "fails")}");
                continue;
            }

            foreach (var mutation in CellMutations.Of(rule, candidate.Document))
            {
                if (FailingFinding(rule, mutation) is { } finding)
                {
                    return new RuleFixture(rule, candidate, mutation, finding, tried);
                }
            }

            var reads = CellMutations.Reads(rule, candidate.Document).Count;
            tried.Add(reads == 0
                ? $"{candidate}: passes, but reads no cell (an empty table?)"
                : $"{candidate}: passes, but no change of one of the {reads} cells it reads makes it fail");
        }

        return new RuleFixture(rule, null, null, null, tried);
    }

    // A finding of the rule's own severity (not a rounding warning) that names the changed cell.
    private Finding? FailingFinding(BoundRule rule, CellMutation mutation) =>
        pack.Check(mutation.Document).Findings.FirstOrDefault(f =>
            f.RuleId == rule.Id && f.Severity == rule.Severity && !f.ExplainedByRounding && f.Cells.Any(mutation.Names));
}

/// <summary>The cells a rule reads in a document, and the one-cell changes that could break it.</summary>
internal static class CellMutations
{
    public const string NarrativeTable = "情况说明";

    /// <summary>Every cell the rule's checks read in <paramref name="document"/> (amounts, labels and narrative figures).</summary>
    public static IReadOnlyList<FindingCell> Reads(BoundRule rule, Disclosure document)
    {
        // The evaluator collects the cells of error rules only (that is what ErrorDependencies is for): a copy of a
        // warning rule at error severity reads the same cells.
        var asError = rule.Severity == Severity.Error
            ? rule
            : new BoundRule(rule.Syntax with { Severity = SeverityKeyword.Error }, rule.Table, rule.Column, rule.Tolerance,
                rule.Quantifiers, rule.Where, rule.Check, rule.Tables, rule.Slots);
        var cells = new HashSet<FindingCell>();
        if (RuleBindings.Applies(asError, document, out var table))
        {
            new RuleEvaluation(new DocumentIndex(document), asError, table) { Dependencies = cells }.Run(out _);
        }

        return [.. cells];
    }

    /// <summary>
    /// One-cell changes of the cells the rule reads, in the order they are tried: a narrative figure restated +1
    /// (so that a narrative rule is broken in its text), a label renamed, an amount +1 in the table's unit (beyond
    /// what rounding explains), a blank cell filled with 1.00, an amount −1 (for rules such as ≥). Last, a code
    /// renamed in every table that prints it, for the catalog rules, and a name replaced by the code's name in another
    /// edition (the crosswalk), for the catalog rule of the lines that print no code.
    /// </summary>
    public static IEnumerable<CellMutation> Of(BoundRule rule, Disclosure document)
    {
        var reads = Reads(rule, document);
        var narrative = reads.Where(c => c.Table == NarrativeTable);
        var labels = reads.Where(c => c.Table != NarrativeTable && c.Column is null);
        var amounts = reads.Where(c => c.Column is not null && c.Value is not null);
        var blanks = reads.Where(c => c.Column is not null && c.Value is null);
        return narrative.SelectMany(c => NarrativeChanges(document, c))
            .Concat(labels.SelectMany(c => LabelChanges(document, c)))
            .Concat(amounts.SelectMany(c => AmountChanges(document, c, 1m)))
            .Concat(blanks.SelectMany(c => AmountChanges(document, c, 1m)))
            .Concat(amounts.SelectMany(c => AmountChanges(document, c, -1m)))
            .Concat(labels.SelectMany(c => RenameEverywhere(document, c)))
            .Concat(labels.SelectMany(c => OtherEditionName(document, c)));
    }

    private static IEnumerable<(BudgetTable Table, TableRow Row)> Rows(Disclosure document, FindingCell cell) =>
        from t in document.Tables
        where t.Kind.CanonicalName == cell.Table && t.Title == cell.Title
        from r in t.Rows
        where r.Key == cell.Row && r.Line == cell.Line && r.Label == cell.Label
        select (t, r);

    private static IEnumerable<CellMutation> AmountChanges(Disclosure document, FindingCell cell, decimal delta)
    {
        foreach (var (table, row) in Rows(document, cell))
        {
            var column = table.ColumnIndex(cell.Column!, row.Side);
            if (column < 0 || (row.Cells[column].Number is null && !row.Cells[column].IsBlank))
            {
                continue;
            }

            var original = row.Cells[column].Number;
            var after = original is { } o ? o + Amount.FromDecimal(delta) : Amount.Parse("1.00");
            var value = after.ToDecimal();
            yield return new CellMutation(
                $"{table.Title} {row} [{cell.Column}]: {original?.ToString() ?? "（空）"} → {after}",
                DocumentEditor.WithCell(document, table, row, column, Cell.FromNumber(after)),
                c => c.Table == cell.Table && c.Row == cell.Row && c.Line == cell.Line && c.Column == cell.Column && c.Value == value);
        }
    }

    // A name rule compares a row's label with the other tables' or the catalog's: give it a name neither uses.
    private static IEnumerable<CellMutation> LabelChanges(Disclosure document, FindingCell cell)
    {
        foreach (var (table, row) in Rows(document, cell))
        {
            var label = "其他" + row.Label;
            yield return new CellMutation(
                $"{table.Title} {row}: label → {label}",
                DocumentEditor.WithLabel(document, table, row, label),
                c => c.Table == cell.Table && c.Row == cell.Row && c.Line == cell.Line && c.Label == label);
        }
    }

    // A catalog rule skips a name the other tables do not share (the NM rule of its table reports that): the name must
    // change in every table that prints the code.
    private static IEnumerable<CellMutation> RenameEverywhere(Disclosure document, FindingCell cell)
    {
        foreach (var (_, row) in Rows(document, cell).Where(r => r.Row.Code is not null).Take(1))
        {
            var label = "其他" + row.Label;
            var renamed = document;
            foreach (var table in document.Tables)
            {
                foreach (var same in table.Rows.Where(r => r.Code == row.Code))
                {
                    renamed = DocumentEditor.WithLabel(renamed, renamed.Tables[document.Tables.IndexOf(table)], same, label);
                }
            }

            yield return new CellMutation(
                $"{row.Code} renamed {label} in every table",
                renamed,
                c => c.Table == cell.Table && c.Row == cell.Row && c.Line == cell.Line && c.Label == label);
        }
    }

    // 十、卫生健康支出 → 十、医疗卫生与计划生育支出: the name the crosswalk gives the line's 类 in another edition, in
    // every table that prints that name, so that only the catalog rules can tell.
    private static IEnumerable<CellMutation> OtherEditionName(Disclosure document, FindingCell cell)
    {
        var crosswalk = GovBudget.Catalog.CodeCrosswalk.BuiltIn;
        foreach (var (_, row) in Rows(document, cell).Take(1))
        {
            var printed = NameNormalizer.Label(row.Label);
            if ((row.Code ?? crosswalk.CodeNamed(row.Label)) is not { } code
                || crosswalk.NamesOf(code).FirstOrDefault(n => NameNormalizer.Label(n) != printed) is not { } other
                || !row.Label.Contains(printed, StringComparison.Ordinal))
            {
                continue;
            }

            var renamed = document;
            foreach (var table in document.Tables)
            {
                foreach (var same in table.Rows.Where(r => NameNormalizer.Label(r.Label) == printed))
                {
                    renamed = DocumentEditor.WithLabel(renamed, renamed.Tables[document.Tables.IndexOf(table)], same, same.Label.Replace(printed, other, StringComparison.Ordinal));
                }
            }

            var label = row.Label.Replace(printed, other, StringComparison.Ordinal);
            yield return new CellMutation(
                $"{row} renamed {label} (another edition's name) in every table",
                renamed,
                c => c.Table == cell.Table && c.Row == (row.Code?.ToString() ?? label) && c.Line == cell.Line && c.Label == label);
        }
    }

    // The figure as printed in its section (possibly with thousands separators), each place it is printed in turn:
    // only one of them is the figure the rule's phrase finds.
    private static IEnumerable<CellMutation> NarrativeChanges(Disclosure document, FindingCell cell)
    {
        if (cell.Value is not { } value)
        {
            yield break;
        }

        var printed = value.ToString(CultureInfo.InvariantCulture);
        var after = value + 1m;
        var replacement = after.ToString(CultureInfo.InvariantCulture);
        var parts = printed.Split('.');
        var digits = string.Join(",?", parts[0].ToCharArray()) + (parts.Length > 1 ? @"\." + parts[1] : string.Empty);
        var pattern = new Regex(@"(?<![\d.,])" + digits + @"(?!\d|\.\d)", RegexOptions.CultureInvariant);
        foreach (var section in document.Narrative.Where(s => s.Line == cell.Line && s.ToString() == cell.Title))
        {
            foreach (Match m in pattern.Matches(section.Text))
            {
                var text = section.Text[..m.Index] + replacement + section.Text[(m.Index + m.Length)..];
                var before = section.Text[Math.Max(0, m.Index - 12)..m.Index].TrimStart();
                yield return new CellMutation(
                    $"情况说明 {section}: …{before}{m.Value} → {before}{replacement}",
                    DocumentEditor.WithSectionText(document, section, text),
                    c => c.Table == NarrativeTable && c.Line == cell.Line && c.Value == after);
            }
        }
    }
}
