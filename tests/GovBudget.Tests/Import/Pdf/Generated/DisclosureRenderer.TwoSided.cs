using System.Globalization;
using System.Text.RegularExpressions;
using GovBudget.Documents;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>
/// A two-sided table (收支总表, 财政拨款收支总表) printed as the real corpus prints it: the 收入 list and the 支出 list side
/// by side under a 收入 / 支出 header line, each list 项目 and its amounts; a printed line holds a 收入 row and the 支出
/// row beside it, or one of the two alone; with <see cref="ExpenditureLists.FunctionAndPurpose"/> the 支出 side as two
/// lists under captions (功能分类 | 支出用途), the 支出用途 rows beside the first lines.
/// </summary>
internal sealed partial class DisclosureRenderer
{
    // A two-sided table's name columns are never narrower than 8 letters: the corpus's summaries wrap a name over two
    // lines at most (二十三、灾害防治及应急管理支出 is 15 letters).
    private const int TwoSidedNameEms = 8;

    // With the figures between a label's lines, a row starts 2.14 pitches below the last line of the row above, as the
    // Jiangsu 2017 人大常委会办公厅's 收支预算总表 sets them (a label's lines are two pitches apart).
    private const double BetweenRowGap = 2.14;

    // With two 支出 lists the columns are set at most 4 letters apart: the reader finds a list's caption (功能分类,
    // 支出用途) only over or near its names' text, and a wider gap beside a name column much wider than its header
    // (15 letters under 功能科目名称) moves the caption off both; it is then read as a column (left undone, issue 12).
    private const double ListGapEms = 4;

    private int SummaryNameEms => Math.Max(layout.NameEms, TwoSidedNameEms);

    private void RenderTwoSided(string department, BudgetTable table)
    {
        var (main, purposes) = SummaryPurposeList.Split(table);
        var lines = PrintedLines(main);
        for (var i = 0; i < purposes.Count; i++)
        {
            if (i == lines.Count)
            {
                lines.Add(new PrintedLine(null, null));
            }

            lines[i] = lines[i] with { Purpose = purposes[i] };
        }

        // The 支出 totals: the 支出 rows after the last numbered item (一、… 三十一、…).
        var lastItem = main.FindLastIndex(r => r.Side == TableSide.Expenditure && Ordinal().IsMatch(r.Label));
        var totals = purposes.Count == 0 ? [] : main.Skip(lastItem + 1).Where(r => r.Side == TableSide.Expenditure).ToHashSet(ReferenceEqualityComparer.Instance);
        var slots = TwoSidedColumns(table, main, purposes);
        var right = slots[^1].Right;
        var canvas = NewCanvas(Math.Max(layout.Landscape ? 842 : 595, right + Margin));
        double TopOf(PageCanvas page, bool title) => Top(page, department, table, right, title, y => TwoSidedHeader(page, table, slots, purposes.Count > 0, y));
        var y = TopOf(canvas, title: true);
        var onPage = 0;
        foreach (var line in lines)
        {
            var height = line.Rows.Max(r => Wrapped(r.Label, SummaryNameEms).Count);
            var pitches = layout.FiguresBetweenLines ? (2 * height) - 1 : height;
            if (!Fits(onPage, pitches, y))
            {
                (canvas, y) = NextPage(canvas, TopOf);
                onPage = 0;
            }

            if (line.Income is { } income)
            {
                SideRow(canvas, slots, income, TableSide.Income, purpose: false, serial: true, height, y);
            }

            if (line.Expenditure is { } expenditure)
            {
                SideRow(canvas, slots, expenditure, TableSide.Expenditure, purpose: false, serial: line.Income is null, height, y, farRight: totals.Contains(expenditure));
            }

            if (line.Purpose is { } purpose)
            {
                SideRow(canvas, slots, purpose, TableSide.Expenditure, purpose: true, serial: false, height, y);
            }

            y -= ((pitches - 1) * WrapStep * size) + (layout.FiguresBetweenLines ? BetweenRowGap * WrapStep * size : LineStep * size);
            onPage++;
        }

        Finish(canvas);
    }

    // The printed lines of a two-sided table's rows: a 收入 row and the 支出 row after it (with the same 序号) share a
    // line; any other row is printed alone on its side.
    private static List<PrintedLine> PrintedLines(IReadOnlyList<TableRow> rows)
    {
        var lines = new List<PrintedLine>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Side == TableSide.Income && i + 1 < rows.Count && rows[i + 1].Side == TableSide.Expenditure && rows[i + 1].Number == rows[i].Number)
            {
                lines.Add(new PrintedLine(rows[i], rows[i + 1]));
                i++;
            }
            else
            {
                lines.Add(rows[i].Side == TableSide.Income ? new PrintedLine(rows[i], null) : new PrintedLine(null, rows[i]));
            }
        }

        return lines;
    }

    // The 序号 when asked for, then per list its name and its value columns: 收入, 支出 (功能分类), 支出用途.
    private List<Slot> TwoSidedColumns(BudgetTable table, IReadOnlyList<TableRow> main, IReadOnlyList<TableRow> purposes)
    {
        var slots = new List<Slot>();
        var x = Margin;
        var gap = purposes.Count > 0 ? Math.Min(ColumnGap, ListGapEms * size) : ColumnGap;
        void Add(Slot slot)
        {
            slots.Add(slot);
            x = slot.Right + gap;
        }

        // The class with the figures between a label's lines (Jiangsu 2017) prints no 序号.
        if (layout.SerialNumbers && !layout.FiguresBetweenLines && table.Rows.Any(r => r.Number is not null))
        {
            Add(new Slot(x, x + (2.5 * size)) { Serial = true });
        }

        void List(IReadOnlyList<TableRow> rows, TableSide side, bool purpose)
        {
            var header = PageCanvas.Measure(ListNameHeader(side, purpose, purposes.Count > 0), size);
            var widestLine = rows.SelectMany(r => Wrapped(r.Label, SummaryNameEms)).Select(l => PageCanvas.Measure(l, size)).Append(header).Max();
            var longest = rows.Select(r => r.Label.Length).DefaultIfEmpty(0).Max();
            Add(new Slot(x, x + Math.Max(Math.Min(SummaryNameEms, longest) * size, widestLine)) { IsName = true, Side = side, Purpose = purpose });
            for (var i = 0; i < table.Columns.Length; i++)
            {
                var column = table.Columns[i];
                if (column.Side != side || SummaryPurposeList.IsPurpose(column) != purpose)
                {
                    continue;
                }

                var index = i;
                var widest = rows.Select(r => r.Cells[index] is { Number: { } a } ? PageCanvas.Measure(Format(a), size) : 0)
                    .Append(PageCanvas.Measure(column.PrintedName, size)).Max();
                Add(new Slot(x, x + widest) { Column = column, Index = i, Side = side, Purpose = purpose });
            }
        }

        List([.. main.Where(r => r.Side == TableSide.Income)], TableSide.Income, purpose: false);
        List([.. main.Where(r => r.Side == TableSide.Expenditure)], TableSide.Expenditure, purpose: false);
        if (purposes.Count > 0)
        {
            List(purposes, TableSide.Expenditure, purpose: true);
        }

        return slots;
    }

    private static string ListNameHeader(TableSide side, bool purpose, bool twoLists) =>
        !twoLists ? "项目" : side == TableSide.Expenditure && !purpose ? "功能科目名称" : "项目名称";

    // 收入 and 支出 centred over their lists (序号 merged between this line and the names'), the 功能分类 and 支出用途
    // captions over their lists when the 支出 side is two, the lists' names, and the 栏次 line when the columns have numbers.
    private double TwoSidedHeader(PageCanvas canvas, BudgetTable table, List<Slot> slots, bool twoLists, double y)
    {
        var top = y;
        foreach (var side in new[] { TableSide.Income, TableSide.Expenditure })
        {
            var own = slots.Where(s => s.Side == side).ToList();
            canvas.Centre(side == TableSide.Income ? "收入" : "支出", (own[0].Left + own[^1].Right) / 2, y, size);
        }

        y -= LineStep * size;
        if (twoLists)
        {
            foreach (var purpose in new[] { false, true })
            {
                var own = slots.Where(s => s.Side == TableSide.Expenditure && s.Purpose == purpose).ToList();
                canvas.Centre(purpose ? "支出用途" : "功能分类", (own[0].Left + own[^1].Right) / 2, y, size);
            }

            y -= LineStep * size;
        }

        foreach (var slot in slots)
        {
            if (slot.Serial)
            {
                canvas.Centre("序号", slot.Centre, (top + y) / 2, size);
            }
            else
            {
                canvas.Centre(slot.IsName ? ListNameHeader(slot.Side, slot.Purpose, twoLists) : slot.Column!.PrintedName, slot.Centre, y, size);
            }
        }

        y -= LineStep * size;
        if (table.Columns.Any(c => c.Number is not null))
        {
            // 栏次 in the 序号 column, each list's name numbered before its value columns.
            for (var i = 0; i < slots.Count; i++)
            {
                var slot = slots[i];
                var number = slot.Serial ? "栏次"
                    : slot.IsName ? (slots.Skip(i + 1).FirstOrDefault(s => s.Column is not null)?.Column!.Number - 1)?.ToString(CultureInfo.InvariantCulture)
                    : slot.Column!.Number?.ToString(CultureInfo.InvariantCulture);
                if (number is not null)
                {
                    canvas.Centre(number, slot.Centre, y, size);
                }
            }

            y -= LineStep * size;
        }

        return y;
    }

    // One side's row on a printed line `height` label lines tall: its 序号 when asked (once a line), its label's lines
    // and its figures. Figures go on the label's first line (the corpus shows a summary's figures on a wrapped name's
    // last line nowhere), or, with every cell centred on the row, the labels' lines two pitches apart and the figures
    // on the row's middle pitch. With two 支出 lists, a 支出 total's figure is printed at the far right, under the
    // 支出用途 金额, as Jiangsu prints it (the total is the 功能分类 list's all the same).
    private void SideRow(PageCanvas canvas, List<Slot> slots, TableRow row, TableSide side, bool purpose, bool serial, int height, double y, bool farRight = false)
    {
        var right = slots.LastOrDefault(s => s.Purpose && s.Column is not null);
        var pitch = WrapStep * size;
        var lines = Wrapped(row.Label, SummaryNameEms);
        var between = layout.FiguresBetweenLines;
        var first = between ? y - ((height - lines.Count) * pitch) : y;
        var step = between ? 2 * pitch : pitch;
        var figures = between ? y - ((height - 1) * pitch) : y;
        foreach (var slot in slots)
        {
            if (slot.Serial && serial && row.Number is int n)
            {
                canvas.Centre(n.ToString(CultureInfo.InvariantCulture), slot.Centre, figures, size);
            }
            else if (slot.Side != side || slot.Purpose != purpose)
            {
                continue;
            }
            else if (slot.IsName)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    canvas.Left(lines[i], slot.Left, first - (i * step), size);
                }
            }
            else if (slot.Column is not null && row.Cells[slot.Index].Number is { } amount)
            {
                canvas.Right(Format(amount), farRight && right is not null ? right.Right : slot.Right, figures, size);
            }
        }
    }

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex Ordinal();

    /// <summary>A printed line of a two-sided table: the 收入 row, the 支出 row beside it and the 支出用途 row, each or none.</summary>
    private sealed record PrintedLine(TableRow? Income, TableRow? Expenditure)
    {
        public TableRow? Purpose { get; init; }

        public IEnumerable<TableRow> Rows => new[] { Income, Expenditure, Purpose }.OfType<TableRow>();
    }
}
