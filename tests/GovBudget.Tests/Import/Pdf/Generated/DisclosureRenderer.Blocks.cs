using GovBudget.Documents;

namespace GovBudget.Tests.Import.Pdf.Generated;

/// <summary>
/// A 基本支出表 printed as blocks side by side (<see cref="GeneratedLayout.Blocks"/>): each group of rows closed by its
/// total (人员经费合计, 公用经费合计) in a block of its own, or the larger group in two, each block with its own code,
/// name and value columns; the blocks' lines are printed across the page together and go on over pages together.
/// </summary>
internal sealed partial class DisclosureRenderer
{
    // The groups' blocks, left to right, or null when the table is printed as one block: blocks are asked for, it is
    // a 基本支出表 whose columns have no group, its rows all fall into two or more groups each closed by a total row
    // and holding a coded row, and (with blocks of their own columns) every block has a value column and the blocks
    // name the columns in the table's order.
    private List<RowBlock>? BlocksOf(BudgetTable table)
    {
        if (layout.Blocks == SideBySide.None || table.Kind != TableKind.GeneralBudgetBasicExpenditure || table.Columns.Any(c => c.Group is not null))
        {
            return null;
        }

        var groups = new List<List<TableRow>>();
        var current = new List<TableRow>();
        foreach (var row in table.Rows)
        {
            current.Add(row);
            if (row.Code is null && row.Label.EndsWith("合计", StringComparison.Ordinal))
            {
                groups.Add(current);
                current = [];
            }
        }

        if (current.Count > 0 || groups.Count < 2 || groups.Any(g => !g.Any(r => r.Code is not null)))
        {
            return null;
        }

        var larger = layout.SplitLargerGroup ? groups.IndexOf(groups.MaxBy(g => g.Count)!) : -1;
        var blocks = new List<RowBlock>();
        for (var g = 0; g < groups.Count; g++)
        {
            var rows = groups[g];
            var values = Enumerable.Range(0, table.Columns.Length)
                .Where(i => layout.Blocks == SideBySide.Captioned || rows.Any(r => !r.Cells[i].IsBlank)).ToList();
            var half = g == larger && rows.Count >= 2 ? (rows.Count + 1) / 2 : rows.Count;
            blocks.Add(new RowBlock(g, rows[^1].Label[..^2], rows[..half], values));
            if (half < rows.Count)
            {
                blocks.Add(new RowBlock(g, rows[^1].Label[..^2], rows[half..], values));
            }
        }

        var named = blocks.SelectMany(b => b.Values).Distinct().ToList();
        return blocks.All(b => b.Values.Count > 0) && named.SequenceEqual(named.Order()) ? blocks : null;
    }

    private void RenderBlocks(string department, BudgetTable table, List<RowBlock> blocks)
    {
        var slots = new List<List<Slot>>();
        var x = Margin;
        foreach (var block in blocks)
        {
            var own = Columns(table, block.Rows, block.Values, x, serial: false);
            slots.Add(own);
            x = own[^1].Right + ColumnGap;
        }

        var right = slots[^1][^1].Right;
        var canvas = NewCanvas(Math.Max(layout.Landscape ? 842 : 595, right + Margin));
        double TopOf(PageCanvas page, bool title) => Top(page, department, table, right, title, y => BlocksHeader(page, blocks, slots, y));
        var y = TopOf(canvas, title: true);
        var onPage = 0;
        for (var i = 0; i < blocks.Max(b => b.Rows.Count); i++)
        {
            var line = i;
            var height = blocks.Where(b => line < b.Rows.Count).Max(b => Wrapped(b.Rows[line].Label).Count);
            if (!Fits(onPage, height, y))
            {
                (canvas, y) = NextPage(canvas, TopOf);
                onPage = 0;
            }

            for (var b = 0; b < blocks.Count; b++)
            {
                if (i < blocks[b].Rows.Count)
                {
                    Row(canvas, table, slots[b], blocks[b].Rows[i], Wrapped(blocks[b].Rows[i].Label), y);
                }
            }

            y -= ((height - 1) * WrapStep * size) + (LineStep * size);
            onPage++;
        }

        Finish(canvas);
    }

    // The captions (each group's name centred over its blocks), then each block's header: 科目编码, or 类 / 款 under a
    // 科目编码 centred over them (科目名称 and the value columns then between the two lines, as merged cells print).
    private double BlocksHeader(PageCanvas canvas, List<RowBlock> blocks, List<List<Slot>> slots, double y)
    {
        if (layout.Blocks == SideBySide.Captioned)
        {
            foreach (var group in Enumerable.Range(0, blocks.Count).GroupBy(b => blocks[b].Group))
            {
                canvas.Centre(blocks[group.First()].Caption, (slots[group.First()][0].Left + slots[group.Last()][^1].Right) / 2, y, size);
            }

            y -= LineStep * size;
        }

        var spaced = layout.Codes == CodePrint.Spaced;
        var codeLine = y;
        if (spaced)
        {
            foreach (var codes in slots.Select(own => own.Where(s => s.Part is not null).ToList()))
            {
                canvas.Centre("科目编码", (codes[0].Left + codes[^1].Right) / 2, y, size);
            }

            y -= LineStep * size;
        }

        foreach (var slot in slots.SelectMany(s => s))
        {
            var text = slot switch
            {
                { Part: { } part } => spaced ? "类款项"[part].ToString() : "科目编码",
                { IsName: true } => "科目名称",
                _ => slot.Column!.PrintedName,
            };
            canvas.Centre(text, slot.Centre, spaced && slot.Part is null ? (codeLine + y) / 2 : y, size);
        }

        return y - (LineStep * size);
    }

    /// <summary>One block of a table printed side by side: its group (and the group's caption), rows and value columns.</summary>
    private sealed record RowBlock(int Group, string Caption, List<TableRow> Rows, List<int> Values);
}
