using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>Figures printed on the last line of a wrapped name, as a cell aligned to its bottom prints them.</summary>
internal sealed partial class PdfTableBuilder
{
    // 2010399 其他政府办公厅（室）及相关机构事 / 务支出 107.54 …: the code and the name's start a line above, the rest of
    // the name with the figures. A line with the name's tail and figures, no code and no 序号, right under (within a
    // wrapped name's reach) a row that has a name and no figure at all, is that row's last line. A row with a
    // name of its own starts with an ordinal or is a total, and rows are set further apart than a name's lines.
    private bool FiguresOnNameTail(PdfTextLine line, List<Token> texts, Cell[] values, List<ReadingSign> signs)
    {
        if (Kind.IsTwoSided || textCount > 0 || texts.Count == 0 || state.Rows.Count == 0 || (WrappedAbove(line) ?? state.Previous) is not { } above
            || above.Page != line.Page || above.Baseline - line.Baseline > WrapReach(line))
        {
            return false;
        }

        var text = Label(texts);
        var row = state.Rows[^1];
        if (row.Label.Length == 0 || IsTotalName(row.Label) || row.Page != line.Page || row.Cells.Any(c => c is { IsBlank: false })
            || char.IsAsciiDigit(text[0]) || Ordinal().IsMatch(text) || IsTotalName(text))
        {
            return false;
        }

        state.Rows[^1] = row with { Label = row.Label + text, Cells = values, Signs = [.. row.Signs, .. signs] };
        state.Previous = line;
        return true;
    }
}
