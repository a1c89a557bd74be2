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
/// <c>NA-ITEM</c>: "…（类）…（款）C（项）X 万元" — X must be what the 一般公共预算 (or 支出总表) table prints for that 项,
/// rounded to the text's precision.
/// </summary>
internal sealed partial class ItemAmounts : NarrativeCheck
{
    /// <inheritdoc/>
    public override string Id => "NA-ITEM";

    /// <inheritdoc/>
    public override IEnumerable<Verdict> Check(NarrativeReading reading) =>
        reading.Sections.SelectMany(t => Items(reading.Document, t.Section, t.Text));

    /// <inheritdoc/>
    protected override NotApplicableCheck NothingFound(Disclosure document) =>
        ItemTable(document) is not { Unit: not null }
            ? new(Id, NotApplicableReason.TableAbsent, T("NA.ItemNoTable"))
            : new(Id, NotApplicableReason.PhraseAbsent, T("NA.Item"));

    // "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）87.70万元": the figure of that 项 in the
    // 一般公共预算 (or 支出总表) table, rounded to the text's precision, must be what the text says.
    private static IEnumerable<Verdict> Items(Disclosure document, NarrativeSection section, string text)
    {
        var table = ItemTable(document);
        return table is null || table.Unit is null ? [] : Statements(ItemPattern(), text, m => Item(table, section, text, m));
    }

    private static Verdict Item(BudgetTable table, NarrativeSection section, string text, Match m)
    {
        var tableUnit = table.Unit!.Value;
        var column = table.Columns.ToList().FindIndex(c => c.Type == ColumnType.Amount);
        var row = table.Rows.FirstOrDefault(r => r.Code is { Level: Classification.CodeLevel.Item } code
            && NameNormalizer.Basic(r.Label) == m.Groups["item"].Value
            && table.Rows.Any(p => p.Code == code.Parent && NameNormalizer.Basic(p.Label) == m.Groups["sec"].Value));
        if (row is null || column < 0 || row.Cells[column].Number is not { } amount
            || !MoneyUnits.TryParse(m.Groups["u"].Value, out var textUnit))
        {
            return Verdict.NotExamined; // an item the table does not print under that name: nothing to compare
        }

        var x = m.Groups["x"].Value;
        var inTextUnit = amount.ToDecimal() * tableUnit.InYuan() / textUnit.InYuan();
        var rounded = Math.Round(inTextUnit, Decimals(x), MidpointRounding.AwayFromZero);
        if (rounded == Number(x))
        {
            return Verdict.Held;
        }

        // Within one unit of the last printed digit the figure was cut instead of rounded (87.708 written 87.70): a
        // presentation defect, a warning; anything further is a wrong figure (887.36 for 87.36), an error.
        var truncated = Math.Abs(Number(x) - inTextUnit) < 2 * Half(x);
        var sentence = Sentence(text, m.Index);
        return new Finding("NA-ITEM", truncated ? Severity.Warning : Severity.Error, BuiltInChecks.Title("NA-ITEM"),
            T("Finding.Titled", BuiltInChecks.Title("NA-ITEM"), T("NA.ItemMessage", sentence, table.Title, row.Key, row.Label, amount, tableUnit.Symbol(), Format(inTextUnit), textUnit.Symbol(),
                Format(rounded), x, truncated ? T("NA.Truncated") : string.Empty)),
            table.Kind.CanonicalName, table.Title,
            [
                new FindingCell(Table, section.ToString(), section.Number ?? section.Title, sentence, null, Number(x), textUnit.Symbol(), section.Line, NarrativeFigures.PageAt(section, m.Index)),
                FindingCell.Of(table, row, column, amount.ToDecimal()),
            ],
            rounded, Number(x), Number(x) - rounded, null, null, [], new Dictionary<string, string>(), false, new SourceSpan("narrative", section.Line, 1));
    }
}
