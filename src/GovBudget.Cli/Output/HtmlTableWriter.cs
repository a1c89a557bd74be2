using GovBudget.Amounts;
using GovBudget.Documents;
using static GovBudget.Cli.Output.Html;
using static GovBudget.Cli.CliTexts;

namespace GovBudget.Cli.Output;

/// <summary>
/// One table of the HTML report as printed (title, header with its spanning groups, rows with code and label, amounts,
/// notes), every cell a finding reads marked and linked to the finding, and beside it the findings that read it.
/// </summary>
internal static class HtmlTableWriter
{
    public static void Write(TextWriter w, BudgetTable table, int index, CellMarks marks, string id)
    {
        w.WriteLine($"<div class=\"table-block\" id=\"{id}-t{index}\">");
        w.WriteLine("<div class=\"table-wrap\">");
        w.WriteLine($"<table class=\"budget\" data-table=\"{E(table.Kind.CanonicalName)}\">");
        var where = table.Page > 0 ? T("Html.TablePage", table.Page) : table.Line > 0 ? T("Html.TableLine", table.Line) : string.Empty;
        w.WriteLine($"<caption>{E(table.Title)} <span class=\"meta\">{E(T("Html.Caption", table.Unit?.Symbol() ?? T("Html.NoUnit"), where))}</span></caption>");
        var sides = Sides(table);
        var codes = table.Rows.Any(r => r.Code is not null); // a table of items (收支总表, 三公) prints no code column
        WriteHeader(w, table, sides, codes);
        w.WriteLine("<tbody>");
        for (var line = 0; line < sides.Max(x => x.Rows.Count); line++)
        {
            w.Write("<tr>");
            foreach (var (rows, columns) in sides)
            {
                if (line < rows.Count)
                {
                    WriteRow(w, table, index, rows[line], columns, codes, marks, id);
                }
                else
                {
                    w.Write(string.Concat(Enumerable.Repeat("<td></td>", columns.Count + (codes ? 2 : 1))));
                }
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</tbody></table>");
        for (var n = 0; n < table.Notes.Length; n++)
        {
            var on = marks.AtNote(index, n);
            w.WriteLine(on is null
                ? $"<p class=\"notes\">{E(table.Notes[n])}</p>"
                : $"<p class=\"notes\"><span {Marked(marks, on, table.Page, table.Line)}>{Link(id, on, E(table.Notes[n]))}</span></p>");
        }

        w.WriteLine("</div>");
        if (marks.ByTable.TryGetValue(index, out var findings))
        {
            w.WriteLine("<aside><ul>");
            foreach (var i in findings)
            {
                var f = marks.Findings[i].Finding;
                w.WriteLine($"<li class=\"{Class(f.Severity)}\"><a href=\"#{id}-f{i}\"><span class=\"sev\">{ReportLabels.Severity(f.Severity)}</span> {E(f.RuleId)}</a> {E(f.Message)}</li>");
            }

            w.WriteLine("</ul></aside>");
        }

        w.WriteLine("</div>");
    }

    // A two-sided table (收支总表) is printed as 收入 beside 支出: its k-th 收入 row on the line of its k-th 支出 row.
    private static List<(List<int> Rows, List<int> Columns)> Sides(BudgetTable table)
    {
        if (!table.Columns.Any(c => c.Side != TableSide.None))
        {
            return [([.. Enumerable.Range(0, table.Rows.Length)], [.. Enumerable.Range(0, table.Columns.Length)])];
        }

        // A column of neither side stays with the 收入 half, where it is printed first.
        return [.. new[] { TableSide.Income, TableSide.Expenditure }.Select(side => (
            Enumerable.Range(0, table.Rows.Length).Where(r => table.Rows[r].Side == side || (side == TableSide.Income && table.Rows[r].Side == TableSide.None)).ToList(),
            Enumerable.Range(0, table.Columns.Length).Where(c => table.Columns[c].Side == side || (side == TableSide.Income && table.Columns[c].Side == TableSide.None)).ToList()))];
    }

    // Two header rows when columns are grouped under a spanning header (本年收入 over its columns), as printed.
    private static void WriteHeader(TextWriter w, BudgetTable table, List<(List<int> Rows, List<int> Columns)> sides, bool codes)
    {
        var columns = table.Columns;
        var grouped = columns.Any(c => c.Group is not null);
        var span = grouped ? " rowspan=\"2\"" : string.Empty;
        w.Write("<thead><tr>");
        foreach (var (_, indexes) in sides)
        {
            w.Write($"{(codes ? $"<th{span}>{E(T("Html.Code"))}</th>" : string.Empty)}<th{span}>{(sides.Count > 1 ? SideName(columns[indexes[0]].Side) : E(T("Html.ItemName")))}</th>");
            for (var i = 0; i < indexes.Count;)
            {
                var group = columns[indexes[i]].Group;
                var end = i + 1;
                while (group is not null && end < indexes.Count && columns[indexes[end]].Group == group)
                {
                    end++;
                }

                w.Write(group is null
                    ? $"<th{span}>{E(columns[indexes[i]].PrintedName)}</th>"
                    : $"<th colspan=\"{end - i}\">{E(group)}</th>");
                i = end;
            }
        }

        w.WriteLine("</tr>");
        if (grouped)
        {
            w.Write("<tr>");
            foreach (var c in sides.SelectMany(x => x.Columns).Select(i => columns[i]).Where(c => c.Group is not null))
            {
                w.Write($"<th>{E(c.PrintedName)}</th>");
            }

            w.WriteLine("</tr>");
        }

        w.WriteLine("</thead>");
    }

    private static string SideName(TableSide side) => E(T(side == TableSide.Expenditure ? "Html.Expenditure" : "Html.Income"));

    private static void WriteRow(TextWriter w, BudgetTable table, int t, int r, List<int> columns, bool codes, CellMarks marks, string id)
    {
        var row = table.Rows[r];
        var name = marks.At(t, r, CellMarks.NameColumn);
        var code = E(row.Code?.ToString());
        var codeCell = codes ? $"<td class=\"code\">{code}</td>" : string.Empty;
        var label = E(row.Label);
        var where = row.Page > 0 ? $" data-page=\"{row.Page}\"" : row.Line > 0 ? $" data-line=\"{row.Line}\"" : string.Empty;
        var indent = row.Depth > 1 ? $" style=\"padding-left: {row.Depth - 1}em\"" : string.Empty;
        w.Write(name is null
            ? $"{codeCell}<td{indent}{where}>{label}</td>"
            : $"{(codes ? $"<td {Marked(marks, name, row.Page, row.Line, "code ")}>{Link(id, name, code)}</td>" : string.Empty)}<td{indent} {Marked(marks, name, row.Page, row.Line)}>{Link(id, name, label)}</td>");
        foreach (var c in columns)
        {
            var value = E(row.Cells[c].ToString());
            var on = marks.At(t, r, c);
            w.Write(on is null
                ? $"<td class=\"amount\">{value}</td>"
                : $"<td {Marked(marks, on, row.Page, row.Line, "amount ")}>{Link(id, on, value.Length == 0 ? E(T("Html.EmptyCell")) : value)}</td>");
        }
    }

    private static string Marked(CellMarks marks, IReadOnlyList<int> on, int page, int line, string extra = "") =>
        MarkAttributes([.. on.Select(i => marks.Findings[i].Finding)], page, line, extra);

    // The cell links to its first finding; the title attribute lists them all.
    private static string Link(string id, IReadOnlyList<int> on, string content) => $"<a href=\"#{id}-f{on[0]}\">{content}</a>";
}
