using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Import;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>The text summary of an import: the document and its coverage, then per table its title, unit, rows and totals, then notices.</summary>
internal static class ImportSummaryWriter
{
    // A name printed over several columns (预算数 under each “三公” item) is shown with its group: 公务接待费/预算数.
    private static string ColumnName(BudgetTable table, TableColumn column) =>
        column.Group is { } group && table.Columns.Count(c => c.Name == column.Name && c.Side == column.Side) > 1
            ? $"{group}/{column.Name}"
            : column.Name;

    public static void Write(TextWriter w, ImportResult result, ImportCoverage coverage)
    {
        var d = result.Document;
        w.WriteLine(T("Import.Heading", ReportLabels.Heading(d.Department, d.Year, d.Kind), d.Source));
        w.WriteLine(T("Import.Counts", d.Tables.Length, d.Narrative.Length, result.Notices.Length));
        WriteCoverage(w, coverage);
        foreach (var t in d.Tables)
        {
            w.WriteLine();
            var kind = t.Kind.CanonicalName == t.Title ? string.Empty : T("Import.TableKind", t.Kind.CanonicalName);
            w.WriteLine($"{t.Title}{kind}  {Place(t.Line, t.Page)}");
            var unit = t.Unit is { } u ? T("Import.Unit", u.Symbol()) : T("Import.NoUnit");
            w.WriteLine(T("Import.TableLine", unit, t.Rows.Length, string.Join(T("List.Enumeration"), t.Columns.Select(c => ColumnName(t, c)))));
            if (t.Rows.IsEmpty)
            {
                w.WriteLine(T("Import.EmptyTable"));
            }

            foreach (var total in Totals(t))
            {
                var cells = t.Columns.Select((c, i) => (c, v: total.Cells[i]))
                    .Where(x => x.v.Kind == CellKind.Number)
                    .Select(x => $"{ColumnName(t, x.c)} {x.v}");
                var side = total.Side switch
                {
                    TableSide.Income => T("Import.Income"),
                    TableSide.Expenditure => T("Import.Expenditure"),
                    _ => string.Empty,
                };
                w.WriteLine(T("Import.Total", side, total.Label, string.Join(T("List.Separator"), cells)));
            }

            foreach (var note in t.Notes)
            {
                w.WriteLine($"  {note}");
            }
        }

        if (d.Narrative.Length > 0)
        {
            w.WriteLine();
            w.WriteLine(T("Import.Narrative"));
            foreach (var s in d.Narrative)
            {
                w.WriteLine(T("Import.Sentence", s, Place(s.Line, s.Page), s.Text.Length));
            }
        }

        w.WriteLine();
        w.WriteLine(T(result.Notices.IsEmpty ? "Import.NoNotices" : "Import.Notices"));
        foreach (var n in result.Notices)
        {
            w.WriteLine($"  {n}");
        }
    }

    // What the checks see of the document: the profile's tables found and missing, blocks not recognised, checks applying.
    private static void WriteCoverage(TextWriter w, ImportCoverage coverage)
    {
        var (profile, tables, checks, notCounted) = coverage;
        w.WriteLine(ReportLabels.Profile(profile));
        var recognised = tables.Recognised.Select(t => T("Import.RecognisedTable", t.Kind.CanonicalName, Place(t.Line, t.Page)));
        w.WriteLine(T("Import.Recognised", tables.Recognised.Length, tables.Recognised.IsEmpty ? string.Empty : T("Import.RecognisedList", string.Join(T("List.Enumeration"), recognised))));
        w.WriteLine(T("Import.Missing", tables.Missing.IsEmpty ? T("Import.None") : string.Join(T("List.Enumeration"), tables.Missing)));
        var unrecognised = tables.Unrecognised.Select(u => Place(u.Line, u.Page) + (u.Title.Length > 0 ? T("Import.UnrecognisedTitle", u.Title) : T("Import.NoTitle")));
        w.WriteLine(T("Import.Unrecognised", tables.Unrecognised.IsEmpty ? T("Import.None") : string.Join(T("List.Enumeration"), unrecognised)));
        if (checks is null)
        {
            w.WriteLine(T("Import.ChecksNotCounted", notCounted));
            return;
        }

        var counts = FindingCounts.Of(checks);
        w.WriteLine(T("Import.Checks", counts.Applicable, counts.NotApplicable, ReportLabels.NotApplicableCounts(checks)));
    }

    // The rows that state a table's totals: 合计/总计/小计 rows, or the first row when it has no code.
    private static IEnumerable<TableRow> Totals(BudgetTable t) =>
        t.Rows.Where(r => r.Code is null && (r.Label.EndsWith("合计", StringComparison.Ordinal)
            || r.Label.EndsWith("总计", StringComparison.Ordinal) || r.Label.EndsWith("小计", StringComparison.Ordinal)
            || r.Label == "资产总额"));

    // A PDF has pages and no lines; a text file has lines, and pages when it marks them with form feeds.
    private static string Place(int line, int page) => (line, page) switch
    {
        (> 0, > 0) => T("Place.LineAndPage", line, page),
        (> 0, _) => T("Place.Line", line),
        (_, > 0) => T("Place.Page", page),
        _ => T("Place.Unknown"),
    };
}
