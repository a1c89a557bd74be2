using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>
/// A one-sided table printed as blocks side by side whose headers differ: the national 基本支出决算表 prints 人员经费
/// over one block (科目编码 科目名称 决算数) and 公用经费 over two more; others print one block with 合计 人员经费
/// 公用经费 beside one with only 金额. The rows of all blocks are the table's rows, block by block.
/// </summary>
internal sealed partial class PdfTableLayout
{
    /// <summary>
    /// Where each later block starts (midway between the last leaf of one block and the first of the next), or empty:
    /// a code or name column printed right of a value column starts a block, and every block has a name column and a
    /// value column. A label column after the values (备注) starts none: it has no name and value columns of its own.
    /// </summary>
    private static ImmutableArray<double> DifferentBlocks(List<HeaderCell> leaves)
    {
        var starts = new List<int>();
        for (var i = 1; i < leaves.Count; i++)
        {
            if (StartsBlock(leaves[i].Name) && IsValueLeaf(leaves[i - 1].Name))
            {
                starts.Add(i);
            }
        }

        var bounds = starts.Prepend(0).Append(leaves.Count).ToList();
        var whole = bounds.Zip(bounds.Skip(1)).All(b =>
            leaves.Skip(b.First).Take(b.Second - b.First) is var block
            && block.Any(l => IsNameHeader(l.Name)) && block.Any(l => IsValueLeaf(l.Name)));
        return starts.Count == 0 || !whole
            ? []
            : [.. starts.Select(i => (leaves[i - 1].Cell.Right + leaves[i].Cell.Left) / 2)];

        static bool StartsBlock(string name) => IsNameHeader(name) || (IsCodeHeader(name) && name is not ("序号" or "行次" or "栏次"));
    }

    private static bool IsValueLeaf(string name) => !IsLabelHeader(name) && !TableLayout.IsTextHeader(name);

    /// <summary>
    /// Whether a group printed over a table of blocks names blocks (人员经费 over 科目编码 科目名称 决算数, 公用经费 over
    /// two such blocks) rather than value columns: its name is centred nearer over a run of whole blocks than over any
    /// run of one block's value columns (一般公共预算基本支出 over 合计 人员经费 公用经费 is a column group).
    /// </summary>
    private static bool IsBlockCaption(HeaderCell group, List<HeaderCell> leaves, ImmutableArray<double> starts)
    {
        var blocks = leaves.GroupBy(l => BlockAt(starts, l.Cell.Center)).Select(b => b.ToList()).ToList();
        var centre = group.Cell.Center;
        var toBlocks = ToBlocks(group, blocks);
        var toValues = double.MaxValue;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            for (var first = 0; first < block.Count; first++)
            {
                for (var last = first; last < block.Count && IsValueLeaf(block[last].Name); last++)
                {
                    toValues = Math.Min(toValues, Math.Abs(((block[first].Cell.Left + block[last].Cell.Right) / 2) - centre));
                }
            }
        }

        return toBlocks < toValues;
    }

    // How far the cell's centre is from the middle of the nearest run of whole blocks.
    private static double ToBlocks(HeaderCell cell, List<List<HeaderCell>> blocks)
    {
        var distance = double.MaxValue;
        for (var i = 0; i < blocks.Count; i++)
        {
            for (var j = i; j < blocks.Count; j++)
            {
                distance = Math.Min(distance, Math.Abs(((blocks[i][0].Cell.Left + blocks[j][^1].Cell.Right) / 2) - cell.Cell.Center));
            }
        }

        return distance;
    }

    /// <summary>
    /// The groups over a table of blocks that are block captions: those <see cref="IsBlockCaption"/> finds, and the
    /// others on a caption's line centred (within a letter) over a run of whole blocks. Captions are printed on one
    /// line; one centred over two blocks can happen to be centred over a value column too (人员经费 over the first
    /// block's 预算数 when the blocks are as wide), where its line names it a caption still.
    /// </summary>
    private static List<HeaderCell> BlockCaptions(List<HeaderCell> groups, List<HeaderCell> leaves, ImmutableArray<double> starts)
    {
        var captions = groups.Where(g => IsBlockCaption(g, leaves, starts)).ToList();
        var blocks = leaves.GroupBy(l => BlockAt(starts, l.Cell.Center)).Select(b => b.ToList()).ToList();
        captions.AddRange(groups.Where(g => !captions.Contains(g) && captions.Any(c => c.Bottom == g.Bottom) && ToBlocks(g, blocks) <= g.Size));
        return captions;
    }

    /// <summary>
    /// The header cells over no other that are block captions printed in the gaps between blocks (人员经费 centred over
    /// two blocks, between the first block's 决算数 and the second block's 科目编码; 公用经费 beside it): they stand above
    /// every label leaf (科目名称, 类, 款), where no column's name starts, and name blocks rather than value columns.
    /// </summary>
    private static List<HeaderCell> GapCaptions(List<HeaderCell> leaves)
    {
        var labelTops = leaves.Where(l => IsLabelHeader(l.Name)).Select(l => l.Top).ToList();
        var candidates = labelTops.Count == 0 ? [] : leaves.Where(l => IsValueLeaf(l.Name) && l.Bottom < labelTops.Min()).ToList();
        var others = leaves.Except(candidates).ToList();
        var starts = candidates.Count == 0 ? [] : DifferentBlocks(others);
        return starts.IsEmpty ? [] : [.. candidates.Where(c => IsBlockCaption(c, others, starts))];
    }

    /// <summary>
    /// The group of each value column of a table of blocks, read within each block over its own leaves and the groups
    /// centred in it, so that a group over one block's columns (一般公共预算基本支出 over 合计 人员经费 公用经费) is not
    /// widened over the next block's (金额).
    /// </summary>
    private static string?[] GroupsInBlocks(List<HeaderCell> leaves, List<HeaderCell> values, List<HeaderCell> groups,
        ImmutableArray<double> starts, double size)
    {
        var result = new List<string?>();
        foreach (var block in values.GroupBy(v => BlockAt(starts, v.Cell.Center)))
        {
            var own = groups.Where(g => BlockAt(starts, g.Cell.Center) == block.Key).ToList();
            var blockLeaves = leaves.Where(l => BlockAt(starts, l.Cell.Center) == block.Key).ToList();
            result.AddRange(GroupNames(blockLeaves, [.. block], own, GroupSpans(blockLeaves, own, size)));
        }

        return [.. result];
    }

    private static int BlockAt(ImmutableArray<double> starts, double x) => starts.Count(s => x >= s);

    /// <summary>
    /// The columns of blocks whose headers differ, and the column of each value slot: a later block's value column is
    /// an earlier block's of the same name (决算数 in every block: one column), else a column of its own (金额 beside
    /// 合计 人员经费 公用经费), so that each row's amount stays in the column it is printed under.
    /// </summary>
    private static (ImmutableArray<PdfColumnSlot> Values, ImmutableArray<int> SlotColumns) MergedColumns(
        ImmutableArray<PdfColumnSlot> slots, ImmutableArray<double> starts)
    {
        var values = new List<PdfColumnSlot>();
        var names = new List<string>();
        var columns = new int[slots.Length];
        foreach (var block in Enumerable.Range(0, slots.Length).GroupBy(i => BlockAt(starts, slots[i].Header.Center)))
        {
            var used = new HashSet<int>();
            foreach (var i in block)
            {
                var name = DisclosureNames.Reading.CanonicalColumn(slots[i].Name);
                var column = Enumerable.Range(0, values.Count).FirstOrDefault(c => names[c] == name && !used.Contains(c), -1);
                if (column < 0)
                {
                    column = values.Count;
                    values.Add(slots[i]);
                    names.Add(name);
                }

                used.Add(column);
                columns[i] = column;
            }
        }

        return ([.. values], [.. columns]);
    }
}
