using System.Text.RegularExpressions;

namespace GovBudget.Import.Pdf;

// 部门：江苏省人大常委会办公厅 单位：万元 printed closer than a cell gap is one cell (or two, 部门： | 江苏省… 单位：万元, which
// JoinMetaLabels makes one): it is split into the department and the unit, so that the table's unit is read and the
// department's name does not end in 单位：万元.
internal sealed partial class PdfDisclosureParser
{
    private static IReadOnlyList<PdfTextLine> SplitUnitCells(IReadOnlyList<PdfTextLine> lines)
    {
        List<PdfTextLine>? split = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Cells;
            for (var c = 0; c < cells.Length; c++)
            {
                if (UnitAfterDepartment().Match(cells[c].Text) is not { Success: true } m
                    || !DepartmentCell().IsMatch(m.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal)))
                {
                    continue;
                }

                // The letters' places are not kept in a cell: the unit's start is placed by an even share of the width per letter.
                var cell = cells[c];
                var perChar = (cell.Right - cell.Left) / Math.Max(1, cell.Text.Length);
                var unit = m.Groups[2].Value;
                var department = new PdfCell(m.Groups[1].Value, cell.Left, cell.Left + (m.Groups[1].Length * perChar));
                cells = cells.SetItem(c, department).Insert(c + 1, new PdfCell(unit, cell.Right - (unit.Length * perChar), cell.Right));
                c++;
            }

            if (cells != lines[i].Cells)
            {
                split ??= [.. lines];
                split[i] = lines[i] with { Cells = cells };
            }
        }

        return split ?? lines;
    }

    // A cell that ends, after a space, with a unit (单位：万元, 金额单位：元): the text before it and the unit.
    [GeneratedRegex(@"^(.*\S)\s+((?:金额)?单位\s*[：:]\s*(?:元|万元|亿元))$", RegexOptions.None, matchTimeoutMilliseconds: RegexTimeout.Milliseconds)]
    private static partial Regex UnitAfterDepartment();
}
