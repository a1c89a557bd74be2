using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

// Lines with names and no amount: rows of their own, or names wrapped in their cells (single-spaced, set wide apart,
// or in an outline's merged cells centred on their row's figures).
internal sealed partial class PdfTableBuilder
{
    // How far (in letter heights) a name's wrapped line may be from the line of its row: set single-spaced, a
    // wrapped line is 1.2–1.4 letters from its row's.
    private const double NameWrapReach = 1.4;

    // Rows whose names wrap over two or three lines each, centred on the row's figures (Jiangsu 政府采购预算表:
    // 台式计算机 / 分散自行组织 10.00 / （20 万以下）), set their lines 1.6 to 3.3 letters apart and their rows 5 to 9
    // letters apart. Where every line of figures is at least WideRowPitch letters from the next, a name's line may be
    // up to WideWrapShare of the median gap between lines of figures from its row (the nearer row wins, as always);
    // a dense table's text-only rows are never taken for wrapped names.
    private const double WideRowPitch = 3.0;

    private const double WideWrapShare = 0.75;

    private double? wideWrapReach; // in points, when the rows are set wide apart (see WideRowPitch)

    // A table with several text columns whose lines of figures are all at least WideRowPitch letters apart wraps its
    // names over lines set wider than single spacing.
    private void LearnWrapReach(IReadOnlyList<PdfTextLine> lines)
    {
        LearnWrapReachBetweenLines(lines);
        if (layout is null || textCount < 2)
        {
            return;
        }

        var figures = lines.Where(l => Tokens(l).Any(t => t.IsAmount)).ToList();
        var gaps = figures.Zip(figures.Skip(1), (a, b) => a.Page == b.Page ? (a.Baseline - b.Baseline) / a.FontSize : double.NaN)
            .Where(g => !double.IsNaN(g)).Order().ToList();
        if (gaps.Count >= 3 && gaps[0] >= WideRowPitch)
        {
            wideWrapReach = WideWrapShare * gaps[gaps.Count / 2] * figures[0].FontSize;
        }
    }

    // A label's cell centred on its row's figures, the label wrapped: its two lines are printed one line pitch above
    // and below the figures (一、财政 / 13,649.07 / 拨款), and a wrapped label with no figures has its two lines two
    // pitches apart (七、文化体育与传 / 媒支出). Where a table shows at least BetweenLinesSigns such lines of figures,
    // evenly between two lines without figures, its names wrap two of those pitches apart (the largest pitch seen, and
    // WrapSlack more); set single-spaced, that is within the usual reach, set double-spaced it is not.
    private const int BetweenLinesSigns = 2;

    // On a two-sided table one such line is enough: every line prints a label on a side or both, so a side's figures, or
    // the other side's one-line label, between the two lines of a side's label is no row's figures printed apart.
    private const int TwoSidedBetweenLinesSigns = 1;

    private const double BetweenLinesEven = 0.15; // in letter heights: the two gaps of one label's lines

    private const double BetweenLinesPitch = 2.0; // in letter heights: wider gaps are rows apart, not a label's lines

    // In letter heights, added to two pitches: one cell's lines are set exactly a pitch apart, the next row's first
    // line further by the cells' padding (about two tenths of a letter and more).
    private const double WrapSlack = 0.1;

    // The pitches of the lines of figures seen so far between a label's lines, on the table's pages read so far: a page
    // of a table going on over pages may show one such line, the table two.
    private readonly List<double> betweenLinesPitches = [];

    private void LearnWrapReachBetweenLines(IReadOnlyList<PdfTextLine> lines)
    {
        if (layout is null || textCount > 0 || wideWrapReach is not null)
        {
            return;
        }

        var pitches = betweenLinesPitches;
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            var (above, line, below) = (lines[i - 1], lines[i], lines[i + 1]);
            var (up, down) = ((above.Baseline - line.Baseline) / line.FontSize, (line.Baseline - below.Baseline) / line.FontSize);
            if (above.Page != line.Page || below.Page != line.Page || Math.Abs(up - down) > BetweenLinesEven || up > BetweenLinesPitch)
            {
                continue;
            }

            var around = Enumerable.Range(0, layout.BlockCount).Any(b => PartOf(line, b) is { } part && PartOf(above, b) is { } top
                && PartOf(below, b) is { } tail && (SidesAround(top, part, tail) is not null || SideAround(top, part, tail)));
            if (around)
            {
                pitches.Add(Math.Max(up, down) * line.FontSize);
            }
        }

        if (pitches.Count >= (Kind.IsTwoSided ? TwoSidedBetweenLinesSigns : BetweenLinesSigns)
            && (2 * pitches.Max()) + (WrapSlack * lines[0].FontSize) is var reach && reach > NameWrapReach * lines[0].FontSize)
        {
            wideWrapReach = reach;
        }
    }

    // Whether, on a two-sided table, a line of figures has one side's label with no figure wrapped around it (二、政府性
    // 基金预 / 算拨款收入 above and below, the other side printing 二、卫生健康支出 and its figure on the line): a cell
    // centred on its row as surely as a label around its own figures. So is a line printing only the other side's
    // one-line label, figures or none (2.政府性基金 / 三、国防支出 / 预算, Jiangsu 2017).
    private bool SideAround(PdfTextLine above, PdfTextLine line, PdfTextLine below)
    {
        var (top, middle, tail) = (Tokens(above), Tokens(line), Tokens(below));
        return Kind.IsTwoSided && !tail.Any(t => t.IsAmount || t.IsCodePart)
            && (middle.Any(t => t.IsAmount) || Sides().Any(s => OnOneLine(s, top, middle, tail)))
            && Sides().Any(s => WrapsAroundEmpty(s, top, middle, tail));
    }

    // A line with names and no amount: a row of its own (二、事业收入), or a name wrapped in its cell. A wrapped name
    // sits within a line's height of the row it belongs to and starts with no ordinal; when it is that close to the
    // rows above and below, it belongs to the clearly nearer one.
    private bool AddTextOnly(PdfTextLine line, PdfTextLine? next, List<Token> texts, int? number, PdfTextLine? lastRead)
    {
        if (texts.Count == 0)
        {
            return true;
        }

        var text = Label(texts);
        if (number is not null && !Kind.IsTwoSided)
        {
            // A line with its own 序号 is a row of its own (one with no figures), never part of a name wrapped around it.
            state.Rows.Add(new Row(null, text, TableSide.None, new Cell[columns.Length], line.Page)
            {
                Texts = textCount > 0 ? TextsByColumn(texts) : null, Y = line.Baseline, Number = number,
            });
            state.Previous = line;
            return true;
        }

        var wrapAbove = WrappedAbove(line);
        var closeAbove = wrapAbove is not null
            || (state.Previous is not null && state.Previous.Page == line.Page && state.Previous.Baseline - line.Baseline <= WrapReach(line));
        var closeBelow = next is not null && next.Page == line.Page && line.Baseline - next.Baseline <= WrapReach(line)
            && Tokens(next).Any(t => t.IsAmount);
        var ordinal = char.IsAsciiDigit(text[0]) || Ordinal().IsMatch(text);
        // Close to both rows (a name wrapped above and below its row, with rows a line apart): the nearer row wins.
        var nearerBelow = closeBelow && closeAbove
            && line.Baseline - next!.Baseline < 0.75 * ((wrapAbove ?? state.Previous)!.Baseline - line.Baseline);
        var byColumn = textCount > 0 ? TextsByColumn(texts) : null;
        if (byColumn is not null && textCount >= 2 && !ordinal && !IsTotalName(text) && state.Rows.Count > 0 && state.LastRowNamed
            && state.Previous is not null && state.Previous.Page == line.Page)
        {
            Centre(byColumn);
            return true;
        }

        if (!ordinal && closeBelow && (!closeAbove || nearerBelow))
        {
            if (Kind.IsTwoSided)
            {
                foreach (var (side, part) in SideParts(texts))
                {
                    state.PendingSides[side] = state.PendingSides.GetValueOrDefault(side, string.Empty) + Label(part);
                }

                return true;
            }

            if (byColumn is null)
            {
                state.PendingY = state.PendingLabel is null ? line.Baseline : state.PendingY;
                state.PendingLabel = (state.PendingLabel ?? string.Empty) + text; // the first part of a name centred on its row
                return true;
            }

            for (var c = 0; c < textCount; c++)
            {
                if (byColumn[c].Length > 0)
                {
                    state.PendingTexts[c] = state.PendingTexts.GetValueOrDefault(c, string.Empty) + byColumn[c];
                    state.PendingLines[c] = state.PendingLines.GetValueOrDefault(c) + 1;
                }
            }

            return true;
        }

        if (byColumn is not null && !ordinal && (closeAbove || closeBelow) && state.Rows.Count > 0)
        {
            // The rest of names wrapped in their cells: each column's part goes to that column of the row above.
            var previous = state.Rows[^1].Texts!;
            for (var c = 0; c < textCount; c++)
            {
                previous[c] += byColumn[c];
            }

            return true;
        }

        if (Kind.IsTwoSided && !ordinal && state.Rows.Count > 0 && JoinSides(line, texts, closeAbove, lastRead))
        {
            return true;
        }

        if (!Kind.IsTwoSided && !ordinal && (closeAbove || (closeBelow && state.Rows.Count > 0)) && state.Rows.Count > 0)
        {
            state.Rows[^1] = state.Rows[^1] with { Label = state.Rows[^1].Label + Label(texts) };
            state.Wrap = (line, FillsNameLine(texts));
            return true;
        }

        if (Kind.IsTwoSided)
        {
            var boundary = layout!.SideBoundary;
            AddSide(TableSide.Income, null, Label(texts.Where(t => t.Left < boundary)), new Cell[columns.Length], line);
            AddSide(TableSide.Expenditure, null, Label(texts.Where(t => t.Left >= boundary)), new Cell[columns.Length], line);
        }
        else
        {
            state.Rows.Add(new Row(null, text, TableSide.None, new Cell[columns.Length], line.Page) { Texts = byColumn, Y = line.Baseline });
        }

        state.Previous = line;
        return true;
    }

    // An outline's names are printed in merged cells centred on their row's figures: in each column a row's name has as
    // many lines below its figures as above them (none above, none below). So under a row, each column's lines go to
    // that row until it has as many below as above, and the rest are the first lines of the next row's name
    // (网络、电子检务、实 / 验室、机要通道、档 / 112.00 / 案数字化系统运行 / 维护费, lines 16 points apart and rows 20).
    private void Centre(string[] byColumn)
    {
        var previous = state.Rows[^1].Texts!;
        for (var c = 0; c < textCount; c++)
        {
            if (byColumn[c].Length == 0)
            {
                continue;
            }

            if (state.LinesBelow.GetValueOrDefault(c) < state.LinesAbove.GetValueOrDefault(c))
            {
                previous[c] += byColumn[c];
                state.LinesBelow[c] = state.LinesBelow.GetValueOrDefault(c) + 1;
            }
            else
            {
                state.PendingTexts[c] = state.PendingTexts.GetValueOrDefault(c, string.Empty) + byColumn[c];
                state.PendingLines[c] = state.PendingLines.GetValueOrDefault(c) + 1;
            }
        }
    }

    private double WrapReach(PdfTextLine line) => wideWrapReach ?? NameWrapReach * line.FontSize;

    // A name wrapped over three lines or more (其他政府办公厅（室 / ）及相关机构事务支 / 出): the line of the last row's
    // name that the next line goes on from, when that line is full and within a wrap's reach of it; else null.
    private PdfTextLine? WrappedAbove(PdfTextLine line) =>
        state.Wrap is ({ } above, true) && above.Page == line.Page && above.Baseline - line.Baseline <= WrapReach(line) ? above : null;

    // Whether a wrapped line of a name is full: it starts where the name's first line does and ends where it does
    // (within a letter), so the name was broken at the cell's edge and may go on. A word processor wraps only a full line.
    private bool FillsNameLine(List<Token> texts)
    {
        var first = state.Previous?.Cells.FirstOrDefault(c => Math.Abs(c.Left - texts[0].Left) <= state.Previous.FontSize);
        return first is not null && Math.Abs(first.Right - texts[^1].Right) <= state.Previous!.FontSize;
    }
}
