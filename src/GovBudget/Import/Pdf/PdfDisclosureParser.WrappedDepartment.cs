using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

// 部门：中国共产党江苏省委员会办 / 公厅: a department's name wrapped in a narrow cell goes on at the start of the cell on
// the next line, above the header (a unit printed on a line of its own may stand between them). The tail is joined to
// the name, so that the table's 编制部门 is the whole name and the tail is not read as a header cell.
internal sealed partial class PdfDisclosureParser
{
    // How far (in letters) below the department's line its wrapped tail may be: single-spaced lines are 1.2–1.4 letters
    // apart (Jiangsu 2017's 部门 line at 12 pt, its tail 14.6 points lower); a header starts further down.
    private const double DepartmentWrapReach = 1.5;

    // The longest tail taken for the rest of a name (公厅, 办公厅, 委员会办公厅): longer text is something else.
    private const int MaxDepartmentTail = 10;

    private static IReadOnlyList<PdfTextLine> JoinWrappedDepartments(IReadOnlyList<PdfTextLine> lines)
    {
        List<PdfTextLine>? joined = null;
        for (var i = 0; i < (joined?.Count ?? lines.Count); i++)
        {
            var line = joined?[i] ?? lines[i];
            var c = line.Cells.IndexOf(line.Cells.FirstOrDefault(d => DepartmentCell().IsMatch(d.Compact))!);
            if (c < 0)
            {
                continue;
            }

            var cell = line.Cells[c];
            // The next line that is not meta only (单位：万元 printed on a line of its own between the name and its tail).
            var j = i + 1;
            while (j < (joined?.Count ?? lines.Count) && IsMeta(joined?[j] ?? lines[j]) && !IsMetaWithTail(joined?[j] ?? lines[j]))
            {
                j++;
            }

            if (j >= (joined?.Count ?? lines.Count))
            {
                continue;
            }

            var below = joined?[j] ?? lines[j];
            var tail = below.Cells[0];
            if (below.Page != line.Page || line.Baseline - below.Baseline > DepartmentWrapReach * line.FontSize
                || !IsDepartmentTail(tail, cell, line.FontSize)
                || !below.Cells.Skip(1).All(o => MetaCell(o.Compact) != MetaKind.None))
            {
                continue;
            }

            joined ??= [.. lines];
            joined[i] = line with { Cells = line.Cells.SetItem(c, cell with { Text = cell.Text + tail.Compact }) };
            if (below.Cells.Length == 1)
            {
                joined.RemoveAt(j);
            }
            else
            {
                joined[j] = below with { Cells = below.Cells.RemoveAt(0) };
            }
        }

        return joined ?? lines;
    }

    // A meta line whose first cell is itself a wrapped tail (院   单位：万元): IsMeta takes it, and ReadMeta then drops the tail.
    private static bool IsMetaWithTail(PdfTextLine line) =>
        line.Cells.Length >= 2 && IsWrappedTail(line.Cells[0].Text) && MetaCell(line.Cells[0].Compact) == MetaKind.None;

    // The rest of a department's name: Chinese letters (and brackets) only, within the name's cell (from its start, a
    // letter's slack either side), and no header word, numbered name, or start of a column's name (采购品目大 / 类, a
    // header cell wrapped under the 部门 line as close as a tail).
    private static bool IsDepartmentTail(PdfCell tail, PdfCell department, double size)
    {
        var text = tail.Compact;
        return text.Length is >= 1 and <= MaxDepartmentTail
            && text.All(ch => IsChinese(ch) || ch is '（' or '）' or '(' or ')')
            && tail.Left >= department.Left - size && tail.Right <= department.Right + size
            && !PdfTableLayout.IsLabelHeader(text) && !PdfTableBuilder.StartsNumberedRow(text)
            && !DisclosureNames.Reading.KnownColumns.Concat(TableLayout.TextHeaderNames).Any(h => h.StartsWith(text, StringComparison.Ordinal));
    }
}
