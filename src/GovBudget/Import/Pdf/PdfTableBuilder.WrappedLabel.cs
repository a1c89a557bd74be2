using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

// Figures printed between the two lines of a wrapped label (四、文化旅游体育与传媒 / figures / 支出; in a list by
// purpose, 三、单位预留机 / 140.20 / 动经费): the label's cell is centred vertically on its row's figures. Its first
// line, read as a row with no figure, takes the figures, and its last line then continues that row's name.
internal sealed partial class PdfTableBuilder
{
    // The indexes in block's rows of the rows whose labels' first lines are printed just above line, when line prints,
    // on each side with figures, only amounts (no code, no name; a two-sided table's other side may print a name) and
    // the line under it only the rest of those labels (no ordinal, no code, no amount, not a total), each within a
    // wrapped name's reach; else null. Each row was read from the line above as a row of its own: a label with no code
    // and no figure. On a two-sided table both sides' labels may wrap around their figures on one line.
    private List<int>? LabelsAround(Block block, PdfTextLine line, PdfTextLine? next)
    {
        if (block.Previous is not { } above || next is null || block.Rows.Count == 0
            || above.Page != line.Page || next.Page != line.Page
            || above.Baseline - line.Baseline > WrapReach(line) || line.Baseline - next.Baseline > WrapReach(line)
            || SidesAround(above, line, next) is not { } sides)
        {
            return null;
        }

        var indexes = new List<int>();
        foreach (var side in sides)
        {
            var index = block.Rows.FindLastIndex(r => r.Side == side);
            if (index < 0 || block.Rows[index] is not { Code: null } row || row.Label.Length == 0 || !row.Cells.All(c => c.IsBlank)
                || row.Label != Label(Tokens(above).Where(t => OnSide(side, t))))
            {
                return null;
            }

            indexes.Add(index);
        }

        return indexes;
    }

    // The sides on which line prints only amounts, with text above it and under it the rest of a label (no ordinal, no
    // code, no amount, not a total), the line under printing nothing else (on a two-sided table the other side may print
    // a row of its own on this line alone); null when there is none or the shape is another.
    private List<TableSide>? SidesAround(PdfTextLine above, PdfTextLine line, PdfTextLine next)
    {
        if (layout is null || textCount > 0)
        {
            return null;
        }

        var tokens = Tokens(line);
        var sides = tokens.Where(t => t.IsAmount).Select(a => layout.NearestValue(new PdfCell(a.Text, a.Left, a.Right)))
            .Select(v => v < 0 ? (TableSide?)null : columns[v + textCount].Side).Distinct().ToList();
        var rest = Tokens(next);
        var top = Tokens(above);

        // On a two-sided table the other side's label, with no figure, may wrap around the line too (八、附属单位上缴 /
        // 收入 beside 八、社会保障和就 / 123.70 / 业支出): its tail is then on the line under, the line itself empty there.
        bool AlsoAround(Token t) => Kind.IsTwoSided && Sides().Any(s => OnSide(s, t) && WrapsAroundEmpty(s, top, tokens, rest));
        if (tokens.Any(t => t.IsCodePart) || sides.Count == 0 || sides.Contains(null) || rest.Count == 0)
        {
            return null;
        }

        // The other side's label on one line, centred on the row with its figures (一、一般公共预算拨款 / 13,498.42
        // 一、一般公共服务支出 6,412.60 / 收入): a row of that side, printed on this line alone.
        sides.RemoveAll(s => Kind.IsTwoSided && OnOneLine(s!.Value, top, tokens, rest));
        if (sides.Count == 0 || rest.Any(t => t.IsAmount || t.IsCodePart || !(sides.Any(s => OnSide(s!.Value, t)) || AlsoAround(t))))
        {
            return null;
        }

        foreach (var side in sides.Select(s => s!.Value))
        {
            var label = Label(rest.Where(t => OnSide(side, t)));
            if (tokens.Any(t => !t.IsAmount && OnSide(side, t)) || !IsLabelTail(label) || !top.Any(t => !t.IsAmount && OnSide(side, t)))
            {
                return null;
            }
        }

        return [.. sides.Select(s => s!.Value)];
    }

    private static TableSide[] Sides() => [TableSide.Income, TableSide.Expenditure];

    // Whether side's label, with nothing printed on that side of the middle line, wraps around it: text above, and
    // under it the rest of a label.
    private bool WrapsAroundEmpty(TableSide side, List<Token> top, List<Token> middle, List<Token> tail) =>
        !middle.Any(t => OnSide(side, t)) && top.Any(t => !t.IsAmount && OnSide(side, t)) && IsLabelTail(Label(tail.Where(t => OnSide(side, t))));

    // Whether side prints a name on the middle line and nothing on the lines above and under it.
    private bool OnOneLine(TableSide side, List<Token> top, List<Token> middle, List<Token> tail) =>
        middle.Any(t => !t.IsAmount && OnSide(side, t)) && !top.Any(t => OnSide(side, t)) && !tail.Any(t => OnSide(side, t));

    // The rest of a wrapped label: no figure, ordinal or total starts it.
    private static bool IsLabelTail(string label) => label.Length > 0 && !char.IsAsciiDigit(label[0]) && !Ordinal().IsMatch(label) && !IsTotalName(label);

    private bool OnSide(TableSide side, Token t) =>
        side == TableSide.Expenditure ? t.Left >= layout!.SideBoundary : !Kind.IsTwoSided || t.Left < layout!.SideBoundary;

    // Whether some block's part of the line is figures printed between the two lines of that block's wrapped label:
    // the line is then read block by block, not as one row across the blocks.
    private bool IsBetweenLabelLines(PdfTextLine line, PdfTextLine? next) =>
        Enumerable.Range(0, layout!.BlockCount).Any(b =>
            PartOf(line, b) is { } part && LabelsAround(blocks[b], part, next is null ? null : PartOf(next, b)) is not null);

    // Puts the line's figures into the rows whose labels are printed around them; on a two-sided table, a name the
    // line prints on the other side is a row of that side.
    private void FillLabelsAround(List<int> indexes, Cell[] values, List<ReadingSign> signs, PdfTextLine line, List<Token> names)
    {
        foreach (var index in indexes)
        {
            var row = state.Rows[index];
            var cells = row.Cells.ToArray();
            for (var c = 0; c < cells.Length; c++)
            {
                if (columns[c].Side == row.Side && !values[c].IsBlank)
                {
                    cells[c] = values[c];
                }
            }

            state.Rows[index] = row with { Cells = cells, Signs = [.. row.Signs, .. signs], LastLine = line };
        }

        if (names.Count > 0)
        {
            var side = state.Rows[indexes[0]].Side;
            var other = side == TableSide.Income ? TableSide.Expenditure : TableSide.Income;
            AddSide(other, null, TakePending(other) + Label(names), values, line, signs);
        }

        state.PendingLabel = null;
        state.Previous = line;
    }
}
