using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Addressing;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary><c>NC-ITEMNAME</c>: "…（类）…（款）…（项）X 万元" naming another 类/款/项 than the one 项 row printing X. A warning.</summary>
internal sealed partial class ItemNameClaims : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NC-ITEMNAME";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        ItemNames(reading.Document, reading.Sections);

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        NarrativeText.ItemTable(document) is not { Unit: not null }
            ? new(Id, NotApplicableReason.TableAbsent, T("NA.ItemNameNoTable"))
            : new(Id, NotApplicableReason.PhraseAbsent, T("NA.ItemName"));

    // "…（类）…（款）计划生育事务（项）X万元" where the one 项 row printing X (at the text's precision) is
    // 2100717 计划生育服务: the text names another row than the one with its amount. Only a unique row is trusted, and a
    // text whose names the table prints for a 项 with its 款 is NA-ITEM's to check (its amount may be the wrong one).
    private static IEnumerable<Verdict> ItemNames(Disclosure document, IReadOnlyList<(NarrativeSection Section, string Text)> sections)
    {
        var table = NarrativeText.ItemTable(document);
        var column = table?.Columns.ToList().FindIndex(c => c.Type == ColumnType.Amount) ?? -1;
        if (table?.Unit is not { } unit || column < 0)
        {
            yield break;
        }

        var items = table.Rows.Where(r => r.Code is { Level: Classification.CodeLevel.Item } && column < r.Cells.Length && r.Cells[column].Number is not null).ToList();
        foreach (var (section, text) in sections)
        {
            foreach (Match m in NarrativeText.ItemPattern().Matches(text))
            {
                yield return NarrativeText.Statement(() => ItemName(table, unit, column, items, section, text, m));
            }
        }
    }

    private static Verdict ItemName(BudgetTable table, MoneyUnit unit, int column, List<TableRow> items, NarrativeSection section, string text, Match m)
    {
        if (!MoneyUnits.TryParse(m.Groups["u"].Value, out var textUnit))
        {
            return Verdict.NotExamined;
        }

        var names = (Class: Key(m.Groups["cls"].Value.TrimStart('.', '、', '．')), Section: Key(m.Groups["sec"].Value), Item: Key(m.Groups["item"].Value));
        if (items.Any(r => Key(r.Label) == names.Item && Parent(table, r) is { } p && Key(p.Label) == names.Section))
        {
            return Verdict.Held; // the table prints this 项 under this 款: NA-ITEM compares its amount
        }

        var x = m.Groups["x"].Value;
        var decimals = NarrativeNumbers.Decimals(x);
        var printed = NarrativeNumbers.Number(x);
        var rows = items.Where(r => Math.Round(r.Cells[column].Number!.Value.ToDecimal() * unit.InYuan() / textUnit.InYuan(), decimals, MidpointRounding.AwayFromZero) == printed).ToList();
        if (rows.Count != 1 || printed == 0)
        {
            return Verdict.NotExamined; // no row, or several, with that amount: which row the text means is not known
        }

        var row = rows[0];
        var sec = Parent(table, row);
        var cls = sec is null ? null : Parent(table, sec);
        var wrong = new List<string>();
        if (Key(row.Label) != names.Item)
        {
            wrong.Add(T("NC.ItemWrong", m.Groups["item"].Value, row.Label));
        }

        if (sec is not null && Key(sec.Label) != names.Section)
        {
            wrong.Add(T("NC.SectionWrong", m.Groups["sec"].Value, sec.Label));
        }

        if (cls is not null && Key(cls.Label) != names.Class)
        {
            wrong.Add(T("NC.ClassWrong", m.Groups["cls"].Value, cls.Label));
        }

        if (wrong.Count == 0)
        {
            return Verdict.Held;
        }

        var sentence = NarrativeText.Sentence(text, m.Index);
        return new Finding("NC-ITEMNAME", Severity.Warning, BuiltInChecks.Title("NC-ITEMNAME"),
            T("Finding.Titled", BuiltInChecks.Title("NC-ITEMNAME"), T("NC.ItemNameMessage", sentence, table.Title, x, textUnit.Symbol(), row.Key, row.Label,
                string.Join(T("List.Clauses"), [.. new[] { cls, sec }.OfType<TableRow>().Select(r => $"{r.Key} {r.Label}"), $"{row.Key} {row.Label}"]), string.Join(T("NC.Separator"), wrong))),
            table.Kind.CanonicalName, table.Title,
            [
                new FindingCell(NarrativeText.Table, section.ToString(), section.Number ?? section.Title, sentence, null, printed, textUnit.Symbol(), section.Line, NarrativeFigures.PageAt(section, m.Index)),
                FindingCell.Of(table, row, column, row.Cells[column].Number!.Value.ToDecimal()),
            ],
            null, null, null, row.Label, m.Groups["item"].Value, [], new Dictionary<string, string>(), false, new SourceSpan("narrative", section.Line, 1));
    }

    private static TableRow? Parent(BudgetTable table, TableRow row) =>
        row.Code?.Parent is { } parent ? table.Rows.FirstOrDefault(r => r.Code == parent) : null;

    // Width folded, brackets of both widths alike, a leading 其中： dropped: the names as printed, compared.
    private static string Key(string name) =>
        NameNormalizer.Basic(name).Replace('(', '（').Replace(')', '）').Replace("其中：", string.Empty, StringComparison.Ordinal).Replace("其中:", string.Empty, StringComparison.Ordinal);
}
