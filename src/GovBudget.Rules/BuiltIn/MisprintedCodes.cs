using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Findings;
using static GovBudget.Rules.RuleTexts;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// NM-CODE-MISPRINT: a row whose code column prints no valid classification code (7 11 02 for 210 11 02, 301 2 津贴补贴).
/// The reader reads such a row without a code, so that no sum takes its digits for figures or its figures for another
/// code's; the misprint itself is a defect of the publication, an error naming its page, what is printed and the row.
/// </summary>
internal static class MisprintedCodes
{
    /// <summary>The check's id.</summary>
    public const string RuleId = "NM-CODE-MISPRINT";

    private static string Title => BuiltInChecks.Title(RuleId);

    /// <summary>One error per row whose code is misprinted.</summary>
    public static IEnumerable<Finding> Find(Disclosure document) =>
        from table in document.Tables
        from row in table.Rows
        where row.MisprintedCode is not null
        select Error(table, row, row.MisprintedCode!);

    private static Finding Error(BudgetTable table, TableRow row, string printed)
    {
        // A row of no figures is still named: the cell is the row itself.
        var cells = ReaderFindings.Cells(table, row)
            .DefaultIfEmpty(new FindingCell(table.Kind.CanonicalName, table.Title, row.Key, row.Label, null, null, table.Unit?.Symbol(), row.Line, row.Page))
            .ToList();
        var where = row.Page > 0 ? T("Place.Page", row.Page) : T("Place.Line", row.Line);
        var message = T("Misprint.Message", Title, table.Title, where, row.Label, printed);
        return ReaderFindings.Of(RuleId, Severity.Error, Title, message, table, cells);
    }
}
