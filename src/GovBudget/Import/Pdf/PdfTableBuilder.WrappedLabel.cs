using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

// Figures printed between the two lines of a wrapped label (四、文化旅游体育与传媒 / figures / 支出; in a list by
// purpose, 三、单位预留机 / 140.20 / 动经费): the label's cell is centred vertically on its row's figures. Its first
// line, read as a row with no figure, takes the figures, and its last line then continues that row's name.
internal sealed partial class PdfTableBuilder
{
    // The index in block's rows of the row whose label's first line is printed just above line, when line prints, on
    // that row's side, only amounts (no code, no name; a two-sided table's other side may print a name) and the line
    // under it only the rest of that label (no ordinal, no code, no amount, not a total), each within a wrapped name's
    // reach; else -1. The row was read from the line above as a row of its own: a label with no code and no figure.
    private int LabelAround(Block block, PdfTextLine line, PdfTextLine? next)
    {
        if (layout is null || textCount > 0 || block.Previous is not { } above || next is null || block.Rows.Count == 0
            || above.Page != line.Page || next.Page != line.Page
            || above.Baseline - line.Baseline > WrapReach(line) || line.Baseline - next.Baseline > WrapReach(line))
        {
            return -1;
        }

        var tokens = Tokens(line);
        var amounts = tokens.Where(t => t.IsAmount).ToList();
        var sides = amounts.Select(a => layout.NearestValue(new PdfCell(a.Text, a.Left, a.Right)))
            .Select(v => v < 0 ? (TableSide?)null : columns[v + textCount].Side).Distinct().ToList();
        if (tokens.Any(t => t.IsCodePart) || sides is not [TableSide side])
        {
            return -1;
        }

        bool OnSide(Token t) => side == TableSide.Expenditure ? t.Left >= layout.SideBoundary : !Kind.IsTwoSided || t.Left < layout.SideBoundary;
        var rest = Tokens(next);
        var label = Label(rest);
        if (tokens.Any(t => !t.IsAmount && OnSide(t)) || rest.Count == 0 || rest.Any(t => t.IsAmount || t.IsCodePart || !OnSide(t))
            || char.IsAsciiDigit(label[0]) || Ordinal().IsMatch(label) || IsTotalName(label))
        {
            return -1;
        }

        var index = block.Rows.FindLastIndex(r => r.Side == side);
        return index >= 0 && block.Rows[index] is { Code: null } row && row.Label.Length > 0 && row.Cells.All(c => c.IsBlank)
            && row.Label == Label(Tokens(above).Where(OnSide))
            ? index
            : -1;
    }

    // Whether some block's part of the line is figures printed between the two lines of that block's wrapped label:
    // the line is then read block by block, not as one row across the blocks.
    private bool IsBetweenLabelLines(PdfTextLine line, PdfTextLine? next) =>
        Enumerable.Range(0, layout!.BlockCount).Any(b =>
            PartOf(line, b) is { } part && LabelAround(blocks[b], part, next is null ? null : PartOf(next, b)) >= 0);

    // Puts the line's figures into the row whose label is printed around them; on a two-sided table, a name the line
    // prints on the other side is a row of that side.
    private void FillLabelAround(int index, Cell[] values, List<ReadingSign> signs, PdfTextLine line, List<Token> names)
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

        state.Rows[index] = row with { Cells = cells, Signs = [.. row.Signs, .. signs] };
        if (names.Count > 0)
        {
            AddSide(row.Side == TableSide.Income ? TableSide.Expenditure : TableSide.Income, null, Label(names), new Cell[columns.Length], line);
        }

        state.PendingLabel = null;
        state.Previous = line;
    }
}
