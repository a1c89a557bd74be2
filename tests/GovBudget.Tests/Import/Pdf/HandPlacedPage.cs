using GovBudget.Documents;
using GovBudget.Import.Pdf;
using GovBudget.Rules.Checking;
using GovBudget.Rules.Findings;

namespace GovBudget.Tests.Import.Pdf;

/// <summary>
/// A page given as the reader's lines (cells further apart than a cell gap are apart, closer ones one cell), read as
/// page 1 of a budget disclosure and checked with the standard budget pack.
/// </summary>
internal static class HandPlacedPage
{
    public static Disclosure Parse(PdfTextLine[] page)
    {
        var parser = new PdfDisclosureParser("x.pdf");
        parser.AddPage(1, 842, page);
        return parser.Finish();
    }

    /// <summary>Pages in order, numbered from 1 (each line's page number is set to its page's).</summary>
    public static Disclosure Parse(params PdfTextLine[][] pages)
    {
        var parser = new PdfDisclosureParser("x.pdf");
        for (var p = 0; p < pages.Length; p++)
        {
            parser.AddPage(p + 1, 842, [.. pages[p].Select(l => l with { Page = p + 1 })]);
        }

        return parser.Finish();
    }

    /// <summary>The one table of <paramref name="kind"/> read from the page.</summary>
    public static BudgetTable Read(PdfTextLine[] page, TableKind kind) =>
        Parse(page).Tables.Should().ContainSingle(t => t.Kind == kind).Subject;

    public static IReadOnlyList<Finding> Check(PdfTextLine[] page) =>
        RulePack.Standard(DisclosureKind.Budget).Check(Parse(page)).Findings;

    public static PdfTextLine Line(double baseline, double size, params (string Text, double Left, double Right)[] cells) =>
        new(1, baseline, size, [.. cells.Select(c => new PdfCell(c.Text, c.Left, c.Right))]);

    /// <summary>A row's label and its cells joined by | (a blank cell is empty).</summary>
    public static (string Label, string Cells) Row(TableRow row) => (row.Label, string.Join("|", row.Cells.Select(c => c.ToString())));
}
