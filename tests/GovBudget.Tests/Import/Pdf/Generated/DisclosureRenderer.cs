using System.Globalization;
using GovBudget.Amounts;
using GovBudget.Documents;
using GovBudget.Import.Pdf;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>
/// Prints a disclosure's tables as pages of positioned letters in a <see cref="GeneratedLayout"/>: a cover,
/// then each table from a new page, with its title, 部门 and unit line, header, and rows, going on over pages.
/// </summary>
internal sealed partial class DisclosureRenderer(GeneratedLayout layout)
{
    // Where the page's text starts and how far the baseline steps per printed line, in font sizes.
    private const double Margin = 40;
    private const double LineStep = 2.0;
    private const double WrapStep = 1.3;
    private const double TitleGrow = 6;

    private readonly List<PdfPageLetters> pages = [];
    private int year;

    private double size => layout.FontSize;

    /// <summary>Prints the cover and the tables.</summary>
    public IReadOnlyList<PdfPageLetters> Render(string department, int year, DisclosureKind kind, IEnumerable<BudgetTable> tables)
    {
        this.year = year;
        var cover = NewCanvas(842);
        cover.Centre(department, cover.Width / 2, 420, 22);
        cover.Centre($"{year}年部门{(kind == DisclosureKind.Budget ? "预算" : "决算")}", cover.Width / 2, 380, 22);
        Finish(cover);
        foreach (var table in tables)
        {
            RenderTable(department, table);
        }

        return pages;
    }

    /// <summary>The title a table is printed under.</summary>
    public static string PrintedTitle(BudgetTable table, int year) => $"{year}年{table.Title}";

    private void RenderTable(string department, BudgetTable table)
    {
        if (table.Kind.IsTwoSided)
        {
            RenderTwoSided(department, table);
            return;
        }

        if (BlocksOf(table) is { } blocks)
        {
            RenderBlocks(department, table, blocks);
            return;
        }

        var columns = Columns(table);
        var width = Math.Max(layout.Landscape ? 842 : 595, columns[^1].Right + Margin);
        var canvas = NewCanvas(width);
        var y = Top(canvas, department, table, columns[^1].Right, title: true, y => Header(canvas, table, columns, y));
        var onPage = 0;
        foreach (var row in table.Rows)
        {
            var lines = Wrapped(row.Label);
            if (!Fits(onPage, lines.Count, y))
            {
                (canvas, y) = NextPage(canvas, (page, title) => Top(page, department, table, columns[^1].Right, title, y => Header(page, table, columns, y)));
                onPage = 0;
            }

            y = Row(canvas, table, columns, row, lines, y);
            onPage++;
        }

        Finish(canvas);
    }

    // Whether a row of that many lines still fits on the page below y, with onPage rows printed on it already.
    private bool Fits(int onPage, int lines, double y) => onPage < layout.RowsPerPage && y - ((lines + 1) * LineStep * size) >= Margin + (2 * size);

    // Ends the page and starts the next, printing above its rows what the layout goes on with (top prints the header,
    // and the title and meta line when asked); returns the page and the baseline of its first row.
    private (PageCanvas Canvas, double Y) NextPage(PageCanvas canvas, Func<PageCanvas, bool, double> top)
    {
        Finish(canvas);
        var next = NewCanvas(canvas.Width);
        return (next, layout.Continued == Continuation.RowsOnly ? next.Height - Margin : top(next, layout.Continued == Continuation.TitleAndHeaderAgain));
    }

    // The space between two columns (and two blocks), never below a cell gap.
    private double ColumnGap => Math.Max(layout.AmountGapEms, 2) * size;

    // The title, 部门/unit line (the unit ending at right) and header; returns the baseline of the first row.
    private double Top(PageCanvas canvas, string department, BudgetTable table, double right, bool title, Func<double, double> header)
    {
        var y = canvas.Height - Margin - (size + TitleGrow);
        if (title)
        {
            var text = PrintedTitle(table, year);
            if (layout.WrappedTitle)
            {
                // Broken near the middle, never inside the year (2023年 stays whole, with a word after it).
                var cut = Math.Min(Math.Max(text.Length / 2, text.IndexOf('年', StringComparison.Ordinal) + 3), text.Length - 2);
                canvas.Centre(text[..cut], canvas.Width / 2, y, size + TitleGrow);
                y -= 1.4 * (size + TitleGrow);
                canvas.Centre(text[cut..], canvas.Width / 2, y, size + TitleGrow);
            }
            else
            {
                canvas.Centre(text, canvas.Width / 2, y, size + TitleGrow);
            }

            y -= LineStep * size * 1.5;
            canvas.Left($"编制部门：{department}", Margin, y, size);
            if (table.Unit is { } unit)
            {
                if (layout.UnitOnOwnLine)
                {
                    y -= LineStep * size;
                }

                canvas.Right($"单位：{unit.Symbol()}", right, y, size);
            }

            y -= LineStep * size;
        }

        return header(y);
    }

    private double Header(PageCanvas canvas, BudgetTable table, IReadOnlyList<Slot> slots, double y)
    {
        var values = slots.Where(s => s.Column is not null).ToList();
        var hasCodes = table.Rows.Any(r => r.Code is not null);
        var groups = values.Where(s => s.Column!.Group is not null).GroupBy(s => s.Column!.Group!).ToList();
        var twoLines = groups.Count > 0 || (hasCodes && layout.Codes == CodePrint.Spaced);
        var groupLine = y;
        if (twoLines)
        {
            foreach (var group in groups)
            {
                canvas.Centre(group.Key, (group.First().Left + group.Last().Right) / 2, y, size);
            }

            if (hasCodes && layout.Codes == CodePrint.Spaced)
            {
                var codes = slots.Where(s => s.Part is not null).ToList();
                canvas.Centre("科目编码", (codes[0].Left + codes[^1].Right) / 2, y, size);
            }

            y -= LineStep * size;
        }

        foreach (var slot in slots)
        {
            var text = slot switch
            {
                { Serial: true } => "序号",
                { Part: { } part } => layout.Codes == CodePrint.Spaced ? "类款项"[part].ToString() : "科目编码",
                { IsName: true } => hasCodes ? "科目名称" : "项目",
                _ => slot.Column!.PrintedName,
            };
            // A merged cell that spans the header's two lines prints its name between them (合计 beside 本年收入's columns).
            var merged = twoLines && (slot.Serial || (slot.Column is { Group: null }));
            canvas.Centre(text, slot.Centre, merged ? (groupLine + y) / 2 : y, size);
        }

        y -= LineStep * size;
        if (values.Count > 0 && values[0].Column!.Number is int first)
        {
            // 栏次: the code (its parts as one column) and the name are numbered before the value columns, or, without a
            // 序号 column to print 栏次 in, 栏次 spans them and only the value columns are numbered.
            var codes = slots.Where(s => s.Part is not null).ToList();
            var name = slots.Single(s => s.IsName);
            var leading = (codes.Count > 0 ? 1 : 0) + 1;
            var serial = slots.FirstOrDefault(s => s.Serial);
            if (serial is not null && first - leading >= 1)
            {
                canvas.Centre("栏次", serial.Centre, y, size);
                var number = first - leading;
                if (codes.Count > 0)
                {
                    canvas.Centre((number++).ToString(CultureInfo.InvariantCulture), (codes[0].Left + codes[^1].Right) / 2, y, size);
                }

                canvas.Centre(number.ToString(CultureInfo.InvariantCulture), name.Centre, y, size);
            }
            else
            {
                canvas.Centre("栏次", ((codes.Count > 0 ? codes[0].Left : name.Left) + name.Right) / 2, y, size);
            }

            foreach (var slot in values)
            {
                canvas.Centre(slot.Column!.Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, slot.Centre, y, size);
            }

            y -= LineStep * size;
        }

        return y;
    }

    private double Row(PageCanvas canvas, BudgetTable table, IReadOnlyList<Slot> slots, TableRow row, List<string> lines, double y)
    {
        var amountsAt = layout.Wrap == WrapAmounts.FirstLine ? y : y - ((lines.Count - 1) * WrapStep * size);
        foreach (var slot in slots)
        {
            if (slot.Serial && row.Number is int n)
            {
                canvas.Centre(n.ToString(CultureInfo.InvariantCulture), slot.Centre, y, size);
            }
            else if (slot.Part is int part && row.Code is { } code)
            {
                var digits = code.ToString();
                var text = layout.Codes == CodePrint.Joined ? (part == 0 ? digits : null)
                    : part == 0 ? digits[..3] : digits.Length >= 3 + (2 * part) ? digits.Substring(1 + (2 * part), 2) : null;
                if (text is not null)
                {
                    canvas.Left(text, slot.Left, y, size);
                }
            }
            else if (slot.IsName)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    canvas.Left(lines[i], slot.Left, y - (i * WrapStep * size), size);
                }
            }
            else if (slot.Column is not null && row.Cells[slot.Index].Number is { } amount)
            {
                canvas.Right(Format(amount), slot.Right, amountsAt, size);
            }
            else if (slot.Column is not null && row.Cells[slot.Index].Text is { } text)
            {
                canvas.Centre(text, slot.Centre, amountsAt, size);
            }
        }

        return y - ((lines.Count - 1) * WrapStep * size) - (LineStep * size);
    }

    private string Format(Amount amount)
    {
        var value = amount.ToDecimal();
        return value.ToString(layout.Thousands ? "#,##0.00##" : "0.00##", CultureInfo.InvariantCulture);
    }

    // A name longer than the name column, cut into lines of the column's width.
    private List<string> Wrapped(string label, int? ems = null)
    {
        var lines = new List<string>();
        var perLine = Math.Max(4, ems ?? layout.NameEms);
        for (var i = 0; i < label.Length;)
        {
            // A word processor breaks between Chinese characters and keeps a number whole on the line it starts on
            // (功能科目20601 overflows rather than leave 20601 alone on a line, where it would be a figure).
            var end = Math.Min(i + perLine, label.Length);
            while (end < label.Length && char.IsAsciiDigit(label[end]))
            {
                end++;
            }

            lines.Add(label[i..end]);
            i = end;
        }

        return lines.Count == 0 ? [string.Empty] : lines;
    }

    private List<Slot> Columns(BudgetTable table) =>
        Columns(table, table.Rows, Enumerable.Range(0, table.Columns.Length), Margin, layout.SerialNumbers);

    // The slots of the rows given (all the table's, or one block's), from x: the 序号 when asked for, the code (as
    // many 类/款/项 parts as the table's longest code has), the name as wide as the rows' longest, the value columns.
    private List<Slot> Columns(BudgetTable table, IReadOnlyList<TableRow> rows, IEnumerable<int> values, double x, bool serial)
    {
        var slots = new List<Slot>();
        var gap = ColumnGap;
        void Add(Slot slot)
        {
            slots.Add(slot);
            x = slot.Right + gap;
        }

        if (serial && rows.Any(r => r.Number is not null))
        {
            Add(new Slot(x, x + (2.5 * size)) { Serial = true });
        }

        if (table.Rows.Any(r => r.Code is not null))
        {
            if (layout.Codes == CodePrint.Joined)
            {
                Add(new Slot(x, x + (4 * size)) { Part = 0 });
            }
            else
            {
                // 类 款 项 for functional codes, 类 款 for economic ones: a column per level the table's codes have.
                var levels = Math.Clamp((table.Rows.Max(r => r.Code?.ToString().Length ?? 0) - 3) / 2, 0, 2);
                Add(new Slot(x, x + (1.7 * size)) { Part = 0 });
                for (var part = 1; part <= levels; part++)
                {
                    Add(new Slot(x, x + (1.2 * size)) { Part = part });
                }
            }
        }

        // A cell is never overflowed: a line kept whole for its number (功能科目2121099) widens the name column.
        var widestLine = rows.SelectMany(r => Wrapped(r.Label)).Max(l => PageCanvas.Measure(l, size));
        Add(new Slot(x, x + Math.Max(Math.Min(layout.NameEms, rows.Max(r => r.Label.Length)) * size, widestLine)) { IsName = true });
        foreach (var i in values)
        {
            var column = table.Columns[i];
            var widest = rows.Select(r => r.Cells[i] is { Number: { } a } ? Format(a) : r.Cells[i].Text ?? string.Empty)
                .Select(t => PageCanvas.Measure(t, size))
                .Append(PageCanvas.Measure(column.PrintedName, size)).Max();
            Add(new Slot(x, x + widest) { Column = column, Index = i });
        }

        return slots;
    }

    private PageCanvas NewCanvas(double width) => new(width, layout.Landscape ? 595 : 842);

    private void Finish(PageCanvas canvas)
    {
        var number = pages.Count + 1;
        if (layout.PageNumbers)
        {
            canvas.Centre($"- {number} -", canvas.Width / 2, Margin / 2, size);
        }

        pages.Add(canvas.ToPage(number));
    }

    // A printed column: the 序号, one part of the code, the name, or a value column.
    private sealed record Slot(double Left, double Right)
    {
        public bool Serial { get; init; }

        public int? Part { get; init; }

        public bool IsName { get; init; }

        public TableColumn? Column { get; init; }

        // The side of a two-sided table's list the slot is in, and whether that list is the 支出用途 one.
        public TableSide Side { get; init; }

        public bool Purpose { get; init; }

        public int Index { get; init; }

        public double Centre => (Left + Right) / 2;
    }
}
