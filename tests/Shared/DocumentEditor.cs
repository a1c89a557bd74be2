using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Documents;

namespace GovBudget.TestSupport;

/// <summary>Builds changed copies of a document for tests: one cell replaced, everything else shared.</summary>
internal static class DocumentEditor
{
    /// <summary>A copy of <paramref name="document"/> with the cell at (<paramref name="table"/>, <paramref name="row"/>, <paramref name="column"/>) replaced.</summary>
    public static Disclosure WithCell(Disclosure document, BudgetTable table, TableRow row, int column, Cell value) =>
        WithRows(document, table, r => r != row ? r : r with { Cells = r.Cells.SetItem(column, value) });

    /// <summary>A copy with the amount of a coded or labelled row changed.</summary>
    public static Disclosure WithAmount(Disclosure document, TableKind kind, string rowKey, string column, string amount)
    {
        var table = document.Table(kind)!;
        var row = table.Rows.First(r => r.Key == rowKey || NameNormalizer.Label(r.Label) == NameNormalizer.Label(rowKey));
        return WithCell(document, table, row, table.ColumnIndex(column, row.Side), Cell.FromNumber(Amount.Parse(amount)));
    }

    /// <summary>A copy with one row's label (科目名称 or 项目) replaced.</summary>
    public static Disclosure WithLabel(Disclosure document, BudgetTable table, TableRow row, string label) =>
        WithRows(document, table, r => r != row ? r : r with { Label = label });

    /// <summary>A copy with a sign of an uncertain reading added to one row (to one of its cells when the sign names a column).</summary>
    public static Disclosure WithSign(Disclosure document, BudgetTable table, TableRow row, ReadingSign sign) =>
        WithRows(document, table, r => r != row ? r : r with { Signs = r.Signs.Add(sign) });

    /// <summary>A copy with <paramref name="table"/> given another unit and more signs of an uncertain reading on the whole table.</summary>
    public static Disclosure WithTable(Disclosure document, BudgetTable table, MoneyUnit? unit, params ReadingSign[] signs) =>
        Replace(document, table, t => new BudgetTable(t.Kind, t.Title, unit, t.Columns, t.Rows, t.Notes, t.AsOf, t.Line, t.Page) { Signs = t.Signs.AddRange(signs) });

    /// <summary>A copy with the table of <paramref name="kind"/> printed empty (空表列示): its title, header and notes kept, no rows.</summary>
    public static Disclosure Emptied(Disclosure document, TableKind kind) =>
        Replace(document, document.Table(kind)!, t => new BudgetTable(t.Kind, t.Title, t.Unit, t.Columns, [], t.Notes, t.AsOf, t.Line, t.Page) { Signs = t.Signs });

    // Every row of one table changed by `change`; the table's page and signs kept.
    private static Disclosure WithRows(Disclosure document, BudgetTable table, Func<TableRow, TableRow> change) =>
        Replace(document, table, t => new BudgetTable(t.Kind, t.Title, t.Unit, t.Columns, t.Rows.Select(change), t.Notes, t.AsOf, t.Line, t.Page) { Signs = t.Signs });

    private static Disclosure Replace(Disclosure document, BudgetTable table, Func<BudgetTable, BudgetTable> change) =>
        document.WithTables(document.Tables.Select(t => t != table ? t : change(t)));

    /// <summary>A copy with the text of one narrative section replaced.</summary>
    public static Disclosure WithSectionText(Disclosure document, NarrativeSection section, string text) =>
        new(document.Department, document.Year, document.Kind, document.Tables,
            document.Narrative.Select(s => s != section ? s : s with { Text = text }), document.Source);

    /// <summary>
    /// A copy with every match of <paramref name="pattern"/> in the narrative replaced: text read from a PDF keeps its
    /// line breaks and spaces, which a pattern can span (<c>机关运行经费：指[^。]*。</c> over a wrapped definition).
    /// </summary>
    public static Disclosure WithNarrative(Disclosure document, Regex pattern, string replace) =>
        new(document.Department, document.Year, document.Kind, document.Tables,
            document.Narrative.Select(s => s with { Text = pattern.Replace(s.Text, replace) }), document.Source);

    /// <summary>A copy with one entry of the contents list (目录) retitled.</summary>
    public static Disclosure WithContentsEntry(Disclosure document, string title, string retitled) =>
        new(document.Department, document.Year, document.Kind, document.Tables, document.Narrative, document.Source)
        {
            Contents = [.. document.Contents.Select(c => c.Title == title ? c with { Title = retitled } : c)],
            UnreadTables = document.UnreadTables,
            Sources = document.Sources,
            Names = document.Names,
        };

    /// <summary>A pattern of <paramref name="words"/> as a PDF's text prints them: wrapped or spaced anywhere inside.</summary>
    public static Regex Printed(string words) =>
        new(string.Join(@"\s*", words.Select(c => Regex.Escape(c.ToString()))), RegexOptions.CultureInvariant);

    /// <summary>A copy with narrative text replaced in every section.</summary>
    public static Disclosure WithNarrative(Disclosure document, string find, string replace) =>
        new(document.Department, document.Year, document.Kind, document.Tables,
            document.Narrative.Select(s => s with { Text = s.Text.Replace(find, replace, StringComparison.Ordinal) }), document.Source);
}
