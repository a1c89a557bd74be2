using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

// A two-sided table's text-only line: each side's part is the rest of that side's last label, or a row of its own.
// The sides are judged apart: in a table set double-spaced, one side's row (结转下年资金) sits between the other side's
// label lines (上年结 / 转资金), so the line just above is no guide to where a side's label goes on.
internal sealed partial class PdfTableBuilder
{
    // Each side's part continues that side's last row when the row's last line is within a wrap's reach above it on the
    // page (拨款 | 支出 under 一、财政 | 一、一般公共服务), or when the row's full line ended the previous page and the part
    // is only the rest of a label (八、社会保障和就 / 业支出 across a page break); any other part is a row of its own.
    // Returns false when no part continues a row (the line is then read as rows of their own, as before).
    private bool JoinSides(PdfTextLine line, List<Token> texts, bool closeAbove, PdfTextLine? lastRead)
    {
        var joins = SideParts(texts).Select(p => (p.Side, p.Texts, Index: state.Rows.FindLastIndex(r => r.Side == p.Side)))
            .Select(p => (p.Side, p.Texts, p.Index, Joins: p.Index >= 0
                && ((closeAbove && IsWithinReach(state.Rows[p.Index], p.Side, line, lastRead)) || ContinuesAcrossPage(state.Rows[p.Index], p.Side, p.Texts, line, lastRead))))
            .ToList();
        if (!joins.Any(j => j.Joins))
        {
            return false;
        }

        var rowsOfTheirOwn = false;
        foreach (var (side, part, index, joinsRow) in joins)
        {
            if (joinsRow)
            {
                state.Rows[index] = state.Rows[index] with { Label = state.Rows[index].Label + Label(part), LastLine = line };
            }
            else
            {
                AddSide(side, null, Label(part), new Cell[columns.Length], line);
                rowsOfTheirOwn = true;
            }
        }

        if (rowsOfTheirOwn)
        {
            state.Previous = line;
        }
        else
        {
            state.Wrap = (line, FillsNameLine(texts));
        }

        return true;
    }

    // Each side's part of a two-sided line's texts, for the sides that print one.
    private List<(TableSide Side, List<Token> Texts)> SideParts(List<Token> texts) =>
        [.. Sides().Select(s => (s, texts.Where(t => OnSide(s, t)).ToList())).Where(p => p.Item2.Count > 0)];

    // Whether the row's last line (its label's or figures') is on line's page, within a wrap's reach above it, or a
    // wrap's reach above the line just above, which prints nothing on side: the label's cell is centred on the other
    // side's row (二、政府性基金预 / the line of 二、卫生健康支出 / 算拨款收入).
    private bool IsWithinReach(Row row, TableSide side, PdfTextLine line, PdfTextLine? above)
    {
        if (row.LastLine is not { } last)
        {
            return true;
        }

        bool Near(PdfTextLine upper, PdfTextLine lower) => upper.Page == lower.Page && upper.Baseline - lower.Baseline <= WrapReach(lower);
        return Near(last, line)
            || (above is not null && Near(last, above) && Near(above, line) && !Tokens(above).Any(t => OnSide(side, t)));
    }

    // A label wrapped over a page break: the row's line was the last the table printed on the previous page, its label
    // fills its side's name cell there (a word processor wraps only a full line), this line is the first of the new
    // page, and the part is only the rest of a label: no ordinal, figure or total starts it, and it is no row name of
    // its own (结转下年资金).
    private bool ContinuesAcrossPage(Row row, TableSide side, List<Token> part, PdfTextLine line, PdfTextLine? lastRead)
    {
        if (row.LastLine is not { } last || lastRead is null || last.Page != line.Page - 1 || lastRead.Page != last.Page
            || lastRead.Baseline != last.Baseline || IsTotalName(row.Label) || !IsLabelTail(Label(part))
            || IsRowName(Label(part)))
        {
            return false;
        }

        var labels = Tokens(last).Where(t => !t.IsAmount && OnSide(side, t)).ToList();
        return labels.Count > 0 && labels[^1].Right >= ColumnLabelRight(labels[^1]) - (FullLineSlack * last.FontSize);
    }

    // In letter widths: a full line ends where the widest label of its column does. A whole name a glyph shorter ends
    // at least 0.4 letter short (二十、其他支出 under 八、社会保障和就: 、 is about half a letter wide); letters set apart
    // to fill the cell (当 年 收 入) end at its edge.
    private const double FullLineSlack = 0.25;

    // The right edge of the widest label the table printed so far in label's column (the labels that overlap it).
    private double ColumnLabelRight(Token label) =>
        state.Labels.Where(l => l.Left < label.Right && label.Left < l.Right).Select(l => l.Right).DefaultIfEmpty(label.Right).Max();
}
