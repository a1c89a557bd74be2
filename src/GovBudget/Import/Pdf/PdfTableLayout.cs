using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>
/// The columns of a table printed on one page, read from the x positions of its header cells: which header cells name
/// value columns (the lowest cell of each stack) and which span others (groups), and where the label area ends.
/// </summary>
internal sealed class PdfTableLayout
{
    private readonly ImmutableArray<PdfColumnSlot> slots;

    private PdfTableLayout(ImmutableArray<PdfColumnSlot> slots, ImmutableArray<PdfCell> labels, string key, ImmutableArray<double> blockStarts,
        ImmutableArray<PdfColumnSlot> texts)
    {
        this.slots = slots;
        Texts = texts;
        BlockStarts = blockStarts;
        Values = slots[..(slots.Length / (blockStarts.Length + 1))];
        Labels = labels;
        Key = key;
    }

    /// <summary>
    /// The value columns, left to right. On a side-by-side layout (two code/name/amount blocks printed on one line) these
    /// are the first block's columns: the other blocks repeat them.
    /// </summary>
    public ImmutableArray<PdfColumnSlot> Values { get; }

    /// <summary>
    /// The x where each block after the first starts, on a side-by-side layout whose header is printed twice on one line
    /// (科目编码 科目名称 决算数 | 科目编码 科目名称 决算数); empty for a table with one block.
    /// </summary>
    public ImmutableArray<double> BlockStarts { get; }

    /// <summary>The number of side-by-side blocks (1 for an ordinary table).</summary>
    public int BlockCount => BlockStarts.Length + 1;

    /// <summary>The block (0-based, left to right) that text at <paramref name="x"/> belongs to.</summary>
    public int BlockOf(double x)
    {
        var block = 0;
        while (block < BlockStarts.Length && x >= BlockStarts[block])
        {
            block++;
        }

        return block;
    }

    /// <summary>
    /// The columns of names and other text, left to right, on a one-sided table that prints more than one (the Jiangsu
    /// 政府采购 table: 采购品目大类 专项名称 经济科目 采购物品名称 采购组织形式); empty when a table has one name column,
    /// which is the rows' label.
    /// </summary>
    public ImmutableArray<PdfColumnSlot> Texts { get; }

    /// <summary>The header cells that name label columns (项目, 科目名称), left to right: two on a two-sided table.</summary>
    public ImmutableArray<PdfCell> Labels { get; }

    /// <summary>The header's text without spaces, to recognise it when it is repeated on a continuation page.</summary>
    public string Key { get; }

    /// <summary>
    /// Builds the layout from the header lines, top to bottom. A header cell with a cell below it that overlaps it
    /// horizontally is a group (一般公共预算支出 over 合计/基本支出/项目支出), unless the cells below it are one stack
    /// of single cells close under each other: then they are one name printed on several lines (机关运行经费预算 / 数,
    /// 因公出 / 国（境） / 费).
    /// </summary>
    public static PdfTableLayout Build(TableKind kind, IReadOnlyList<PdfTextLine> header)
    {
        var cells = new List<(PdfCell Cell, int Line, double Y, double Size)>();
        for (var i = 0; i < header.Count; i++)
        {
            foreach (var c in SplitHeader(JoinSpaced(header[i].Cells, header[i].FontSize)))
            {
                cells.Add((c, i, header[i].Baseline, header[i].FontSize));
            }
        }

        List<int> Below(int i) => [.. Enumerable.Range(0, cells.Count)
            .Where(j => cells[j].Line > cells[i].Line && Overlaps(cells[i].Cell, cells[j].Cell))];

        var leaves = new List<HeaderLeaf>();
        var used = new HashSet<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            if (Below(i).Count == 0)
            {
                leaves.Add(new HeaderLeaf(cells[i].Cell, Compact(cells[i].Cell.Text), cells[i].Y, cells[i].Y));
                continue;
            }

            if (StackOf(i, cells, Below) is { } stack)
            {
                used.UnionWith(stack);
                var merged = new PdfCell(string.Concat(stack.Select(j => cells[j].Cell.Text)),
                    stack.Min(j => cells[j].Cell.Left), stack.Max(j => cells[j].Cell.Right));
                leaves.Add(new HeaderLeaf(merged, Compact(merged.Text), cells[i].Y, cells[stack[^1]].Y));
            }
        }

        // On a two-sided table, 本年收入 / 财政拨款支出 above the leaves name a side, not a column.
        var lowest = cells.Count == 0 ? 0 : cells.Max(c => c.Line);
        if (kind.IsTwoSided)
        {
            leaves.RemoveAll(l => cells.Any(c => ReferenceEquals(c.Cell, l.Cell) && c.Line < lowest)
                && (l.Name.EndsWith("收入", StringComparison.Ordinal) || l.Name.EndsWith("支出", StringComparison.Ordinal)));
        }

        leaves.Sort((a, b) => a.Cell.Left.CompareTo(b.Cell.Left));
        var groups = cells.Where((c, i) => !used.Contains(i) && !leaves.Any(l => ReferenceEquals(l.Cell, c.Cell))
            && Enumerable.Range(0, cells.Count).Any(j => cells[j].Line > c.Line && Overlaps(c.Cell, cells[j].Cell)))
            .Select(g => new HeaderGroup(g.Cell, g.Line, g.Y)).ToList();
        var spans = kind.IsTwoSided ? null : GroupSpans(leaves, groups, header.Count == 0 ? 10 : header.Max(l => l.FontSize));

        var labels = ImmutableArray.CreateBuilder<PdfCell>();
        var values = ImmutableArray.CreateBuilder<PdfColumnSlot>();
        var texts = ImmutableArray.CreateBuilder<PdfColumnSlot>();
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var (cell, name, _, _) = leaves[leaf];
            var group = groups.Where(g => spans is null
                    ? g.Cell.Left <= cell.Center && cell.Center <= g.Cell.Right
                    : spans.TryGetValue(g, out var span) && span.First <= leaf && leaf <= span.Last)
                .OrderByDescending(g => g.Line).Select(g => Compact(g.Cell.Text)).FirstOrDefault();
            if (IsLabelHeader(name) || TableLayout.IsTextHeader(name))
            {
                if (IsNameHeader(name) && (labels.Count == 0 || values.Count > 0 || !kind.IsTwoSided))
                {
                    labels.Add(cell);
                }

                if (!IsCodeHeader(name))
                {
                    texts.Add(new PdfColumnSlot(name, cell, group));
                }

                continue;
            }

            values.Add(new PdfColumnSlot(name, cell, group));
        }

        // A single spanning header over the value area (一般公共预算支出) is printed centred over one leaf only.
        var valueGroups = values.Select(v => v.Group).Where(g => g is not null).Distinct().ToList();
        if (!kind.IsTwoSided && valueGroups.Count == 1 && groups.Count(g => IsValueGroup(g.Cell, values)) == 1)
        {
            for (var i = 0; i < values.Count; i++)
            {
                values[i] = values[i] with { Group = valueGroups[0] };
            }
        }

        var key = string.Concat(header.Select(l => l.Compact));
        var blockStarts = kind.IsTwoSided ? [] : RepeatedBlocks(leaves.Select(l => (l.Cell, l.Name)).ToList());
        // A table of classification codes names each row by its 科目名称 alone: a 项目 beside it is the group over
        // 科目编码 / 科目名称 printed off to one side (the 2024 final's 支出决算表), not a second name.
        var coded = leaves.Any(l => IsCodeHeader(l.Name) && l.Name is not ("序号" or "行次" or "栏次"));
        var textColumns = !kind.IsTwoSided && blockStarts.IsEmpty && !coded && texts.Count >= 2 ? texts.ToImmutable() : [];
        return new PdfTableLayout(values.ToImmutable(), labels.ToImmutable(), key, blockStarts, textColumns);
    }

    // A name printed on several lines: from the cell at the top, each lower line that has a cell under the one above
    // has exactly one, and these are exactly the cells under the top cell. The lines are close (at most 1.5 lines apart), or up to
    // 3 lines apart when the joined name is a known column name (附属单位 / 上缴收入 with the other columns' names
    // printed on a line between them). Returns the cells top to bottom, or null.
    private static List<int>? StackOf(int top, List<(PdfCell Cell, int Line, double Y, double Size)> cells, Func<int, List<int>> below)
    {
        var stack = new List<int> { top };
        for (var under = below(top); under.Count > 0; under = below(stack[^1]))
        {
            var next = under.Min(j => cells[j].Line);
            var onNext = under.Where(j => cells[j].Line == next).ToList();
            if (onNext.Count != 1)
            {
                return null;
            }

            stack.Add(onNext[0]);
        }

        var underTop = below(top);
        if (stack.Count < 2 || underTop.Count != stack.Count - 1 || !underTop.All(stack.Contains))
        {
            return null;
        }

        var name = Compact(string.Concat(stack.Select(j => cells[j].Cell.Text)));
        var size = cells[top].Size;
        for (var k = 1; k < stack.Count; k++)
        {
            var gap = cells[stack[k - 1]].Y - cells[stack[k]].Y;
            if (gap > 1.5 * size && !(gap <= 3 * size && ColumnNames.IsKnown(name)))
            {
                return null;
            }
        }

        return stack;
    }

    // Which leaves each group spans. A group's name is printed centred over its columns, often over fewer of them than
    // it spans (“三公”经费 over 小计 … 公务接待费), and each leaf is centred vertically in its cell: a leaf under no
    // group reaches the top of the header, one under one group sits lower, one under two lower still. So the leaves
    // fall into tiers by their vertical centre, one more tier than there are levels of groups; a group of level k
    // spans the leaves it covers, widened to the neighbours of tier k or deeper. Returns null (a group then spans the
    // leaves whose centre it covers) when the tiers and levels do not match.
    private static Dictionary<HeaderGroup, (int First, int Last)>? GroupSpans(List<HeaderLeaf> leaves, List<HeaderGroup> groups, double size)
    {
        if (groups.Count == 0 || leaves.Count == 0)
        {
            return null;
        }

        var tolerance = 0.3 * size;
        var tierCentres = Clusters(leaves.Select(l => (l.Top + l.Bottom) / 2), tolerance);
        var levelLines = Clusters(groups.Select(g => g.Y), tolerance);
        if (tierCentres.Count != levelLines.Count + 1)
        {
            return null;
        }

        var tiers = leaves.Select(l => Rank(tierCentres, (l.Top + l.Bottom) / 2, tolerance)).ToList();
        var spans = new Dictionary<HeaderGroup, (int First, int Last)>();
        foreach (var group in groups.OrderByDescending(g => g.Line))
        {
            var level = Rank(levelLines, group.Y, tolerance) + 1;
            var covered = Enumerable.Range(0, leaves.Count)
                .Where(i => tiers[i] >= level && Overlaps(group.Cell, leaves[i].Cell))
                .Concat(spans.Where(s => s.Key.Line > group.Line && Overlaps(group.Cell, s.Key.Cell))
                    .SelectMany(s => Enumerable.Range(s.Value.First, s.Value.Last - s.Value.First + 1)))
                .ToList();
            if (covered.Count == 0)
            {
                continue;
            }

            var (first, last) = (covered.Min(), covered.Max());
            while (first > 0 && tiers[first - 1] >= level)
            {
                first--;
            }

            while (last < leaves.Count - 1 && tiers[last + 1] >= level)
            {
                last++;
            }

            spans[group] = (first, last);
        }

        return spans;
    }

    // Values closer than the tolerance to the previous one are one cluster; the clusters' first values, top (largest) first.
    private static List<double> Clusters(IEnumerable<double> values, double tolerance)
    {
        var clusters = new List<double>();
        var previous = double.NaN;
        foreach (var v in values.OrderDescending())
        {
            if (clusters.Count == 0 || previous - v > tolerance)
            {
                clusters.Add(v);
            }

            previous = v;
        }

        return clusters;
    }

    private static int Rank(List<double> clusters, double value, double tolerance)
    {
        var rank = 0;
        for (var i = 0; i < clusters.Count; i++)
        {
            if (clusters[i] >= value - tolerance)
            {
                rank = i;
            }
        }

        return rank;
    }

    /// <summary>The side of the value column <paramref name="index"/>: on a two-sided table, columns right of the second label column are 支出.</summary>
    public TableSide SideOf(TableKind kind, int index)
    {
        if (!kind.IsTwoSided)
        {
            return TableSide.None;
        }

        return Labels.Length >= 2 && Values[index].Header.Center > Labels[1].Center ? TableSide.Expenditure : TableSide.Income;
    }

    /// <summary>The x that separates the 收入 side from the 支出 side of a two-sided table (text right of it is 支出).</summary>
    public double SideBoundary
    {
        get
        {
            if (Labels.Length < 2)
            {
                return double.MaxValue;
            }

            var lastIncome = Values.Where(v => v.Header.Center < Labels[1].Center).Select(v => v.Header.Center).DefaultIfEmpty(Labels[0].Right).Max();
            return lastIncome + 1;
        }
    }

    /// <summary>
    /// The value column nearest to a printed amount (amounts are right-aligned, headers centred: the nearer centre wins).
    /// On a side-by-side layout the amount is matched within its own block and the index is that of the first block's
    /// column of the same position (both blocks' 决算数 are one column).
    /// </summary>
    public int NearestValue(PdfCell cell)
    {
        var perBlock = Values.Length;
        var block = BlockOf(cell.Center);
        var best = -1;
        var distance = double.MaxValue;
        for (var i = block * perBlock; i < (block + 1) * perBlock && i < slots.Length; i++)
        {
            var d = Math.Abs(cell.Center - slots[i].Header.Center);
            if (d < distance)
            {
                distance = d;
                best = i - (block * perBlock);
            }
        }

        return best;
    }

    // A header printed twice (or more) side by side: the leaves, left to right, are the same names repeated, and each
    // repetition has a label column and a value column. Returns the x where each later block starts (midway between
    // the last leaf of one block and the first leaf of the next), or empty.
    private static ImmutableArray<double> RepeatedBlocks(List<(PdfCell Cell, string Name)> leaves)
    {
        for (var count = 2; count <= 4; count++)
        {
            if (leaves.Count < 2 * count || leaves.Count % count != 0)
            {
                continue;
            }

            var size = leaves.Count / count;
            var first = leaves.Take(size).Select(l => l.Name).ToList();
            if (!first.Any(IsLabelHeader) || first.All(IsLabelHeader))
            {
                continue;
            }

            var repeated = Enumerable.Range(1, count - 1)
                .All(b => leaves.Skip(b * size).Take(size).Select(l => l.Name).SequenceEqual(first));
            if (repeated)
            {
                return [.. Enumerable.Range(1, count - 1)
                    .Select(b => (leaves[(b * size) - 1].Cell.Right + leaves[b * size].Cell.Left) / 2)];
            }
        }

        return [];
    }

    private static bool IsValueGroup(PdfCell group, IEnumerable<PdfColumnSlot> values) =>
        values.Any(v => group.Left <= v.Header.Center && v.Header.Center <= group.Right);

    private static bool Overlaps(PdfCell a, PdfCell b) => a.Left < b.Right && b.Left < a.Right;

    private static string Compact(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal);

    // "金   额" is one name printed letter-spaced: two single letters further apart than a cell gap (at most 4 letters
    // apart) are joined when together they make a known column name (金额, 合计, 项目). 类 款 项 stay apart.
    private static List<PdfCell> JoinSpaced(IReadOnlyList<PdfCell> cells, double size)
    {
        var joined = new List<PdfCell>();
        foreach (var cell in cells)
        {
            if (joined.Count > 0 && IsLetter(cell) && IsLetter(joined[^1]) && cell.Left - joined[^1].Right <= 4 * size
                && (joined[^1].Text + cell.Text) is var name
                && (ColumnNames.IsKnown(name) || name is "项目" or "科目" or "合计" or "小计" or "总计"))
            {
                joined[^1] = new PdfCell(name, joined[^1].Left, cell.Right);
                continue;
            }

            joined.Add(cell);
        }

        return joined;

        static bool IsLetter(PdfCell c) => c.Text.Length == 1 && !char.IsAsciiDigit(c.Text[0]);
    }

    // "政府性基金预算 国有资本经营预算" is two header cells printed closer than a cell gap: split at a space between
    // two names of two or more letters each.
    private static IEnumerable<PdfCell> SplitHeader(IEnumerable<PdfCell> cells)
    {
        foreach (var cell in cells)
        {
            var parts = cell.Text.Split(' ');
            if (parts.Length < 2 || parts.Any(p => p.Length < 2))
            {
                yield return cell;
                continue;
            }

            var perChar = (cell.Right - cell.Left) / Math.Max(1, cell.Text.Length);
            var x = cell.Left;
            foreach (var p in parts)
            {
                yield return new PdfCell(p, x, x + (p.Length * perChar));
                x += (p.Length + 1) * perChar;
            }
        }
    }

    /// <summary>Whether a header names a label, code or number column rather than a value column.</summary>
    public static bool IsLabelHeader(string name) =>
        name is "项目" or "科目" or "类" or "款" or "项" or "序号" or "行次" or "栏次" or "备注" or "科目代码"
        || name.Contains("编码", StringComparison.Ordinal) || name.EndsWith("名称", StringComparison.Ordinal)
        || name.EndsWith("科目", StringComparison.Ordinal);

    /// <summary>The text column nearest to text printed at <paramref name="center"/> (an index into <see cref="Texts"/>).</summary>
    public int NearestText(double center)
    {
        var best = 0;
        for (var i = 1; i < Texts.Length; i++)
        {
            if (Math.Abs(center - Texts[i].Header.Center) < Math.Abs(center - Texts[best].Header.Center))
            {
                best = i;
            }
        }

        return best;
    }

    private static bool IsCodeHeader(string name) =>
        name is "类" or "款" or "项" or "序号" or "行次" or "栏次" or "科目代码" || name.Contains("编码", StringComparison.Ordinal);

    private static bool IsNameHeader(string name) =>
        name is "项目" or "科目" || name.EndsWith("名称", StringComparison.Ordinal);

    // A header cell naming a column (or a name printed over several lines, joined), with its top and bottom baselines.
    private sealed record HeaderLeaf(PdfCell Cell, string Name, double Top, double Bottom);

    // A header cell spanning others, with the index and baseline of its line.
    private sealed record HeaderGroup(PdfCell Cell, int Line, double Y);
}

/// <summary>A value column of a page's table: its leaf header (name and position) and the spanning header above it.</summary>
/// <param name="Name">The leaf header without spaces (合计, 基本支出).</param>
/// <param name="Header">The leaf header cell, whose x range locates the column.</param>
/// <param name="Group">The spanning header above it, or null.</param>
internal sealed record PdfColumnSlot(string Name, PdfCell Header, string? Group);
