using GovBudget.Amounts;
using GovBudget.Documents;

namespace GovBudget.TestSupport;

/// <summary>Builds changed copies of a document for tests: one cell replaced, everything else shared.</summary>
internal static class DocumentEditor
{
    /// <summary>A copy of <paramref name="document"/> with the cell at (<paramref name="table"/>, <paramref name="row"/>, <paramref name="column"/>) replaced.</summary>
    public static Disclosure WithCell(Disclosure document, BudgetTable table, TableRow row, int column, Cell value)
    {
        var tables = document.Tables.Select(t => t != table
            ? t
            : new BudgetTable(t.Kind, t.Title, t.Unit, t.Columns,
                t.Rows.Select(r => r != row ? r : r with { Cells = r.Cells.SetItem(column, value) }), t.Notes, t.AsOf, t.Line));
        return document.WithTables(tables);
    }

    /// <summary>A copy with the amount of a coded or labelled row changed.</summary>
    public static Disclosure WithAmount(Disclosure document, TableKind kind, string rowKey, string column, string amount)
    {
        var table = document.Table(kind)!;
        var row = table.Rows.First(r => r.Key == rowKey || NameNormalizer.Label(r.Label) == NameNormalizer.Label(rowKey));
        return WithCell(document, table, row, table.ColumnIndex(column, row.Side), Cell.FromNumber(Amount.Parse(amount)));
    }

    /// <summary>A copy with one row's label (科目名称 or 项目) replaced.</summary>
    public static Disclosure WithLabel(Disclosure document, BudgetTable table, TableRow row, string label)
    {
        var tables = document.Tables.Select(t => t != table
            ? t
            : new BudgetTable(t.Kind, t.Title, t.Unit, t.Columns,
                t.Rows.Select(r => r != row ? r : r with { Label = label }), t.Notes, t.AsOf, t.Line));
        return document.WithTables(tables);
    }

    /// <summary>A copy with the text of one narrative section replaced.</summary>
    public static Disclosure WithSectionText(Disclosure document, NarrativeSection section, string text) =>
        new(document.Department, document.Year, document.Kind, document.Tables,
            document.Narrative.Select(s => s != section ? s : s with { Text = text }), document.Source);

    /// <summary>A copy with narrative text replaced in every section.</summary>
    public static Disclosure WithNarrative(Disclosure document, string find, string replace) =>
        new(document.Department, document.Year, document.Kind, document.Tables,
            document.Narrative.Select(s => s with { Text = s.Text.Replace(find, replace, StringComparison.Ordinal) }), document.Source);
}
