using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Rules.Diagnostics;
using GovBudget.Rules.Findings;

namespace GovBudget.Rules.BuiltIn;

/// <summary>
/// The shape of the findings about what the reader saw printed rather than about a rule's identity (ROW-REPEAT,
/// NM-CODE-MISPRINT): their cells are a row's printed figures, and their place in the rules is the reader.
/// </summary>
internal static class ReaderFindings
{
    /// <summary>The row's printed figures as cells of a finding.</summary>
    public static IEnumerable<FindingCell> Cells(BudgetTable table, TableRow row) =>
        row.Cells.Select((c, i) => (Cell: c, Column: i))
            .Where(x => x.Cell.Number is not null)
            .Select(x => new FindingCell(table.Kind.CanonicalName, table.Title, row.Key, row.Label, table.Columns[x.Column].Name,
                x.Cell.Number!.Value.ToDecimal(), table.Unit?.Symbol(), row.Line, row.Page));

    /// <summary>A finding of <paramref name="table"/> with no expected or actual value.</summary>
    public static Finding Of(string ruleId, Severity severity, string title, string message, BudgetTable table, IReadOnlyList<FindingCell> cells) =>
        new(ruleId, severity, title, message, table.Kind.CanonicalName, table.Title, cells,
            null, null, null, null, null, [], new Dictionary<string, string>(), false, new SourceSpan("reader", 0, 1));
}
