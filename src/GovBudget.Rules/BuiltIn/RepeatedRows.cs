using System.Collections.Immutable;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// ROW-REPEAT: a table that prints the same coded row, or the same standard row (a total, or an item of the 三公
/// table), twice with other figures. Every rule reads the first of them, so without this the second would be read and
/// never looked at. It is a warning: which of the two the department meant cannot be known from the table. Rows of
/// tables listed by project (政府采购, 绩效目标, 资产) repeat names legitimately and are not compared.
/// </summary>
internal static class RepeatedRows
{
    /// <summary>The check's id.</summary>
    public const string RuleId = "ROW-REPEAT";

    private static string Title => BuiltInChecks.Title(RuleId);

    // The kinds whose rows are one per code or per standard item; the others list projects or items that may share a name.
    private static readonly ImmutableHashSet<TableKind> Keyed =
    [
        TableKind.IncomeExpenditureSummary, TableKind.IncomeSummary, TableKind.ExpenditureSummary,
        TableKind.FiscalAppropriationSummary, TableKind.FiscalAppropriationExpenditure, TableKind.FiscalAppropriationBasicExpenditure,
        TableKind.GeneralBudgetExpenditure, TableKind.GeneralBudgetBasicExpenditure, TableKind.GovernmentFundExpenditure,
        TableKind.StateCapitalExpenditure, TableKind.ThreePublicExpenses,
    ];

    /// <summary>Whether the document prints a table this check looks at (one whose rows are keyed by code or standard item).</summary>
    public static bool Examines(Disclosure document) => document.Tables.Any(t => Keyed.Contains(t.Kind));

    /// <summary>One warning per row printed again with other figures.</summary>
    public static IEnumerable<Finding> Find(Disclosure document)
    {
        foreach (var table in document.Tables.Where(t => Keyed.Contains(t.Kind)))
        {
            var first = new Dictionary<(TableSide, string), TableRow>();
            foreach (var row in table.Rows)
            {
                if (Key(table, row) is not { } key)
                {
                    continue;
                }

                if (!first.TryGetValue((row.Side, key), out var earlier))
                {
                    first.Add((row.Side, key), row);
                }
                else if (!earlier.Cells.Select(c => c.Number).SequenceEqual(row.Cells.Select(c => c.Number)))
                {
                    yield return Warning(table, earlier, row);
                }
            }
        }
    }

    // A coded row by its code; a labelled row only when its label names a standard row (so that two 其他 or two
    // project names are not taken for a repeat).
    private static string? Key(BudgetTable table, TableRow row)
    {
        if (row.Depth > 0)
        {
            return null;
        }

        if (row.Code is { } code)
        {
            return code.ToString();
        }

        var label = string.Concat(row.Label.Where(c => !char.IsWhiteSpace(c)));
        return label.Length > 0 && (table.Kind == TableKind.ThreePublicExpenses || IsTotal(label)) ? label : null;
    }

    private static Finding Warning(BudgetTable table, TableRow earlier, TableRow again)
    {
        var cells = new[] { earlier, again }.SelectMany(r => ReaderFindings.Cells(table, r)).ToList();
        var where = again.Page > 0 ? T("Place.Pages", earlier.Page, again.Page) : T("Place.Lines", earlier.Line, again.Line);
        var message = T("Repeat.Message", Title, table.Title, again, where, Figures(earlier), Figures(again));
        return ReaderFindings.Of(RuleId, Severity.Warning, Title, message, table, cells);
    }

    private static string Figures(TableRow row) =>
        string.Join(T("NA.List"), row.Cells.Select(c => c.Number?.ToString()).Where(n => n is not null));

    // Totals (本年收入合计, 支出总计). Numbered items are not keys: 收支总表 numbers the 结转 items 一、二、三、 again.
    private static bool IsTotal(string label) =>
        label.Contains("合计", StringComparison.Ordinal) || label.Contains("总计", StringComparison.Ordinal);
}
