using GovBudget.Documents;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>Compares a table read from generated pages with the table the pages were printed from.</summary>
internal static class TableShould
{
    public static void Equal(BudgetTable read, BudgetTable printed, GeneratedLayout layout)
    {
        var because = $"'{printed.Title}' printed {layout}";
        // The reader keeps no 序号 on a two-sided table's rows (a line's number is both its sides'), so none is compared there.
        var serialNumbers = layout.SerialNumbers && !printed.Kind.IsTwoSided;
        read.Kind.Should().Be(printed.Kind, because);
        read.Unit.Should().Be(printed.Unit, because);
        read.Columns.Select(Key).Should().Equal(printed.Columns.Select(Key), because);
        // A two-sided table's sides are lists of their own: each is compared in order, 收入 then 支出 (which of two rows
        // side by side comes first is no part of the table when one's label starts above the other's).
        IEnumerable<TableRow> InOrder(IEnumerable<TableRow> rows) => printed.Kind.IsTwoSided ? rows.OrderBy(r => r.Side) : rows;
        var got = InOrder(read.Rows).Select(r => Key(printed.Kind.IsTwoSided ? r with { Number = null } : r)).ToList();
        var want = InOrder(printed.Rows).Select(r => Key(serialNumbers ? r : r with { Number = null })).ToList();
        var at = Enumerable.Range(0, Math.Max(got.Count, want.Count)).FirstOrDefault(i => i >= got.Count || i >= want.Count || got[i] != want[i], -1);
        at.Should().Be(-1, $"{because}: row {at} read as [{(at >= 0 && at < got.Count ? got[at] : "none")}] "
            + $"where [{(at >= 0 && at < want.Count ? want[at] : "none")}] was printed, then [{string.Join("] [", got.Skip(at + 1).Take(2))}]");
        read.HasSigns.Should().BeFalse(because + ": a clean page has no sign of an uncertain reading");
    }

    private static string Key(TableColumn c) => $"{c.Name}|{c.PrintedName}|{c.Number}|{c.Group}|{c.Side}|{c.Type}";

    private static string Key(TableRow r) =>
        $"{r.Number}|{r.Code}|{r.Label}|{r.Side}|{string.Join(",", r.Cells.Select(c => c.ToString()))}";
}
