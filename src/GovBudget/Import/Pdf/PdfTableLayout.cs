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

    private readonly ImmutableArray<PdfCell> leaves;

    // The value columns left of the blocks printed side by side (a two-sided table's 收入 columns), and how many
    // columns each block has.
    private readonly int fixedSlots;
    private readonly int perBlock;

    private PdfTableLayout(ImmutableArray<PdfColumnSlot> slots, ImmutableArray<PdfCell> labels, string key, ImmutableArray<double> blockStarts,
        int fixedSlots, ImmutableArray<PdfColumnSlot> texts, ImmutableArray<PdfCell> leaves)
    {
        this.slots = slots;
        this.leaves = leaves;
        this.fixedSlots = fixedSlots;
        Texts = texts;
        var serial = Enumerable.Range(0, leaves.Length).FirstOrDefault(i => leaves[i].Compact is "序号" or "行次", -1);
        SerialLimit = serial < 0 ? double.NegativeInfinity
            : serial == leaves.Length - 1 ? double.PositiveInfinity
            : (leaves[serial].Right + leaves[serial + 1].Left) / 2;
        BlockStarts = blockStarts;
        perBlock = (slots.Length - fixedSlots) / (blockStarts.Length + 1);
        Values = slots[..(fixedSlots + perBlock)];
        Labels = labels;
        Key = key;
    }

    /// <summary>
    /// The value columns, left to right. On a side-by-side layout (two code/name/amount blocks printed on one line) these
    /// are the first block's columns: the other blocks repeat them. On a two-sided table whose 支出 side prints its lists
    /// side by side, the 收入 columns and the 支出 side's first block.
    /// </summary>
    public ImmutableArray<PdfColumnSlot> Values { get; }

    /// <summary>
    /// The x where each block after the first starts, on a side-by-side layout whose header is printed twice on one line
    /// (科目编码 科目名称 决算数 | 科目编码 科目名称 决算数), or whose 支出 side is (功能科目名称 金额 | 项目名称 金额);
    /// empty for a table with one block. The first block holds everything left of the second (the 收入 side too).
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
    /// Builds the layout from the header lines, top to bottom. A name printed on several lines (机关运行经费预算 / 数,
    /// 政府性基 / 金预算财 / 政拨款) is one cell. A header cell with a cell below it that overlaps it horizontally is a
    /// group (一般公共预算支出 over 合计/基本支出/项目支出); the other cells are the leaves, which name the columns.
    /// </summary>
    public static PdfTableLayout Build(TableKind kind, IReadOnlyList<PdfTextLine> header)
    {
        var lines = new List<(PdfCell Cell, int Line, double Y, double Size)>();
        for (var i = 0; i < header.Count; i++)
        {
            foreach (var c in SplitHeader(JoinSpaced(header[i].Cells, header[i].FontSize)))
            {
                lines.Add((c, i, header[i].Baseline, header[i].FontSize));
            }
        }

        var cells = DropTotalLabel(MergeStacks(lines));
        var leaves = cells.Where(c => !HasCellsBelow(c, cells)).ToList();

        // On a two-sided table, 本年收入 / 财政拨款支出 above the leaves name a side, not a column.
        var lowest = cells.Count == 0 ? 0 : cells.Max(c => c.Bottom);
        if (kind.IsTwoSided)
        {
            leaves.RemoveAll(l => l.Bottom < lowest && (l.Name.EndsWith("收入", StringComparison.Ordinal) || l.Name.EndsWith("支出", StringComparison.Ordinal)));
        }

        leaves.Sort((a, b) => a.Cell.Left.CompareTo(b.Cell.Left));
        var labels = ImmutableArray.CreateBuilder<PdfCell>();
        var valueLeaves = new List<HeaderCell>();
        var textLeaves = new List<HeaderCell>();
        foreach (var leaf in leaves)
        {
            if (IsLabelHeader(leaf.Name) || TableLayout.IsTextHeader(leaf.Name))
            {
                if (IsNameHeader(leaf.Name) && (labels.Count == 0 || valueLeaves.Count > 0 || !kind.IsTwoSided))
                {
                    labels.Add(leaf.Cell);
                }

                if (!IsCodeHeader(leaf.Name))
                {
                    textLeaves.Add(leaf);
                }

                continue;
            }

            valueLeaves.Add(leaf);
        }

        var groups = cells.Where(c => !leaves.Any(l => ReferenceEquals(l, c)) && HasCellsBelow(c, cells)).ToList();
        var size = header.Count == 0 ? 10 : header.Max(l => l.FontSize);
        var spans = kind.IsTwoSided ? null : GroupSpans(leaves, groups, size);
        string?[] GroupsOfLeaves(List<HeaderCell> subset) => spans is null
            ? GroupsOf(subset, groups)
            : [.. subset.Select(l => leaves.IndexOf(l)).Select(i => groups
                .Where(g => spans.TryGetValue(g, out var span) && span.First <= i && i <= span.Last)
                .OrderByDescending(g => g.Bottom).Select(g => g.Name).FirstOrDefault())];

        var groupOf = GroupsOfLeaves(valueLeaves);
        var values = valueLeaves.Select((l, i) => new PdfColumnSlot(l.Name, l.Cell, groupOf[i])).ToImmutableArray();
        var key = string.Concat(header.Select(l => l.Compact));

        // A two-sided table's 支出 side may print two lists side by side (by function and by purpose): its leaves,
        // from its name column on, repeat.
        var repeatedFrom = !kind.IsTwoSided ? 0 : labels.Count >= 2 ? leaves.FindIndex(l => ReferenceEquals(l.Cell, labels[1])) : -1;
        var blockStarts = repeatedFrom < 0 ? [] : RepeatedBlocks(leaves.Skip(repeatedFrom).Select(l => (l.Cell, l.Name)).ToList());
        var fixedSlots = blockStarts.IsEmpty ? 0 : values.Count(v => v.Header.Left < leaves[repeatedFrom].Cell.Left);

        // A table of classification codes names each row by its 科目名称 alone: a 项目 beside it is the group over
        // 科目编码 / 科目名称 printed off to one side (the 2024 final's 支出决算表), not a second name.
        var coded = leaves.Any(l => IsCodeHeader(l.Name) && l.Name is not ("序号" or "行次" or "栏次"));
        var textGroups = GroupsOfLeaves(textLeaves);
        var texts = !kind.IsTwoSided && blockStarts.IsEmpty && !coded && textLeaves.Count >= 2
            ? textLeaves.Select((l, i) => new PdfColumnSlot(l.Name, l.Cell, textGroups[i])).ToImmutableArray()
            : [];
        return new PdfTableLayout(values, labels.ToImmutable(), key, blockStarts, fixedSlots, texts, [.. leaves.Select(l => l.Cell)]);
    }

    /// <summary>
    /// How many of the last header lines are the first row's name, wrapped above the row's line: lines just above
    /// <paramref name="body"/> (within 1.4 lines) that print only text under a name column's header (项目, 科目名称).
    /// </summary>
    public static int NameLinesAboveBody(IReadOnlyList<PdfTextLine> header, PdfTextLine body)
    {
        var count = 0;
        var below = body;
        for (var i = header.Count - 1; i > 0; i--)
        {
            var line = header[i];
            var underName = line.Cells.All(c => !IsLabelHeader(c.Compact)
                && header.Take(i).Any(h => h.Cells.Any(n => IsNameHeader(n.Compact) && Overlaps(n, c))));
            if (line.Page != below.Page || line.Baseline - below.Baseline > 1.4 * line.FontSize || !underName)
            {
                break;
            }

            count++;
            below = line;
        }

        return count;
    }

    // A name printed on several lines: each next part is the only cell under the one above on the nearest line that
    // has one, at most 1.5 lines lower, and no wider than it by more than a letter (a group's children are further
    // down, or wider: 公务用车购置及运行维护费 under 财政拨款“三公”经费). A known column name broken over lines further
    // apart (附属单位 / 上缴收入, 对附属单位补 / 助支出, with the other columns' names printed between them) is one name too.
    private static List<HeaderCell> MergeStacks(List<(PdfCell Cell, int Line, double Y, double Size)> cells)
    {
        var merged = new List<HeaderCell>();
        var used = new HashSet<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var chain = Chain(i, 1.5);
            if (chain.Count == 1 && Chain(i, 3) is { Count: > 1 } loose
                && ColumnNames.IsKnown(string.Concat(loose.Select(j => cells[j].Cell.Compact))))
            {
                chain = loose; // 因公出 / 国（境） / 费 printed further apart: one name when joined it is a known column
            }

            if (chain.Count == 1)
            {
                var below = Enumerable.Range(0, cells.Count)
                    .Where(j => cells[j].Line > cells[i].Line && Overlaps(cells[i].Cell, cells[j].Cell)).ToList();
                if (below.Count == 1 && !used.Contains(below[0]) && cells[i].Y - cells[below[0]].Y <= 3 * cells[i].Size
                    && ColumnNames.IsKnown(cells[i].Cell.Compact + cells[below[0]].Cell.Compact))
                {
                    chain.Add(below[0]);
                }
            }

            used.UnionWith(chain);
            var parts = chain.Select(j => cells[j]).ToList();
            var cell = new PdfCell(string.Concat(parts.Select(p => p.Cell.Text)), parts.Min(p => p.Cell.Left), parts.Max(p => p.Cell.Right));
            merged.Add(new HeaderCell(cell, cell.Compact, parts[0].Line, parts[^1].Line, parts[0].Y, parts[^1].Y, parts[0].Size));
        }

        return merged;

        List<int> Chain(int top, double lines)
        {
            var chain = new List<int> { top };
            while (NextPart(chain[^1], lines) is { } next)
            {
                chain.Add(next);
            }

            return chain;
        }

        int? NextPart(int upper, double lines)
        {
            var (cell, line, y, size) = cells[upper];
            var under = Enumerable.Range(0, cells.Count).Where(j => cells[j].Line > line && Overlaps(cell, cells[j].Cell)).ToList();
            if (under.Count == 0)
            {
                return null;
            }

            var nearest = under.Min(j => cells[j].Line);
            var onNearest = under.Where(j => cells[j].Line == nearest).ToList();
            var part = onNearest[0];
            return onNearest.Count == 1 && !used.Contains(part) && y - cells[part].Y <= (lines * size) + 0.01
                && cells[part].Cell.Left >= cell.Left - size && cells[part].Cell.Right <= cell.Right + size
                ? part
                : null;
        }
    }

    // Which leaves each group spans. A group's name is printed centred over its columns, often over fewer of them than
    // it spans (“三公”经费 over 小计 … 公务接待费), and each leaf is centred vertically in its cell: a leaf under no
    // group reaches the top of the header, one under one group sits lower, one under two lower still. So the leaves
    // fall into tiers by their vertical centre, one more tier than there are levels of groups; a group of level k
    // spans the leaves it covers, widened to the neighbours of tier k or deeper. Returns null (a group then spans the
    // leaves whose centre it covers) when the tiers and levels do not match.
    private static Dictionary<HeaderCell, (int First, int Last)>? GroupSpans(List<HeaderCell> leaves, List<HeaderCell> groups, double size)
    {
        if (groups.Count == 0 || leaves.Count == 0)
        {
            return null;
        }

        var tolerance = 0.3 * size;
        var tierCentres = Clusters(leaves.Select(l => l.MiddleY), tolerance);
        var levelLines = Clusters(groups.Select(g => g.BottomY), tolerance);
        if (tierCentres.Count != levelLines.Count + 1)
        {
            return null;
        }

        var tiers = leaves.Select(l => Rank(tierCentres, l.MiddleY, tolerance)).ToList();
        var spans = new Dictionary<HeaderCell, (int First, int Last)>();
        foreach (var group in groups.OrderByDescending(g => g.Bottom))
        {
            var level = Rank(levelLines, group.BottomY, tolerance) + 1;
            var covered = Enumerable.Range(0, leaves.Count)
                .Where(i => tiers[i] >= level && Overlaps(group.Cell, leaves[i].Cell))
                .Concat(spans.Where(s => s.Key.Bottom > group.Bottom && Overlaps(group.Cell, s.Key.Cell))
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

    // 合计 printed under 项目 on the header's last line is the label of the total row of an empty table, whose line
    // also prints the lowest column names (合计  合计 基本支出 项目支出): not a column.
    private static List<HeaderCell> DropTotalLabel(List<HeaderCell> cells)
    {
        var lowest = cells.Count == 0 ? 0 : cells.Max(c => c.Bottom);
        cells.RemoveAll(c => c.Bottom == lowest && c.Name is "合计" or "总计"
            && cells.Any(n => n.Bottom < c.Top && IsNameHeader(n.Name) && Overlaps(n.Cell, c.Cell)));
        return cells;
    }

    // A cell with a cell below that overlaps it, or one printed between two cells of a lower line that it nearly
    // touches (合计 centred over 预算数 | 决算数, narrower than the two) or is centred over (支出用途 over 项目名称 …
    // 金额, in the gap between them): it spans them.
    private static bool HasCellsBelow(HeaderCell cell, List<HeaderCell> cells)
    {
        var below = cells.Where(c => c.Top > cell.Bottom).ToList();
        if (below.Any(c => Overlaps(cell.Cell, c.Cell)))
        {
            return true;
        }

        var widened = new PdfCell(cell.Cell.Text, cell.Cell.Left - (0.5 * cell.Size), cell.Cell.Right + (0.5 * cell.Size));
        return below.GroupBy(c => c.Top).Any(line => line.Count(c => Overlaps(widened, c.Cell)) >= 2 || CentredBetween(cell, [.. line]));
    }

    // Whether a cell printed in the gap between two neighbouring cells of a lower line is centred (within a letter)
    // over the run from the left one to the right one.
    private static bool CentredBetween(HeaderCell cell, List<HeaderCell> line)
    {
        var left = line.Where(c => c.Cell.Right <= cell.Cell.Left).MaxBy(c => c.Cell.Right);
        var right = line.Where(c => c.Cell.Left >= cell.Cell.Right).MinBy(c => c.Cell.Left);
        return left is not null && right is not null
            && Math.Abs(((left.Cell.Left + right.Cell.Right) / 2) - cell.Cell.Center) <= cell.Size;
    }

    // The group of each value column: the lowest group that spans it. A group spans the run of value leaves printed
    // below it that it is centred over and that its name fits above; groups nest (a group spans whole lower groups).
    // A run is then widened over neighbouring leaves printed on the same line as its own and spanned by no other group
    // but its ancestors: a single spanning header (一般公共预算支出) is printed centred over one of its columns only.
    private static string?[] GroupsOf(List<HeaderCell> leaves, List<HeaderCell> groups)
    {
        var ordered = groups.OrderBy(g => g.BottomY).ThenBy(g => g.Cell.Left).ToList();
        var ranges = new List<(HeaderCell Group, int First, int Last)>();
        var unplaced = new List<HeaderCell>();
        foreach (var group in ordered)
        {
            if (SpannedRange(group, leaves, ranges.Select(r => (r.First, r.Last)).ToList()) is var (first, last))
            {
                ranges.Add((group, first, last));
            }
            else
            {
                unplaced.Add(group);
            }
        }

        for (var r = 0; r < ranges.Count; r++)
        {
            var (group, first, last) = ranges[r];
            var own = r;
            bool Free(int i) => leaves[i].TopY < group.BottomY - (0.5 * group.Size)
                && !ranges.Where((x, k) => k != own && !(x.First <= first && last <= x.Last)).Any(x => x.First <= i && i <= x.Last);
            while (first > 0 && Free(first - 1) && Math.Abs(leaves[first - 1].MiddleY - leaves[first].MiddleY) <= 0.5 * group.Size)
            {
                first--;
            }

            while (last < leaves.Count - 1 && Free(last + 1) && Math.Abs(leaves[last + 1].MiddleY - leaves[last].MiddleY) <= 0.5 * group.Size)
            {
                last++;
            }

            ranges[r] = (group, first, last);
        }

        // A group no run fits spans the columns whose centres it is printed over.
        var result = new string?[leaves.Count];
        foreach (var group in ordered)
        {
            var spanned = ranges.Where(r => ReferenceEquals(r.Group, group)).Select(r => (First: r.First, Last: r.Last)).FirstOrDefault((First: -1, Last: -2));
            for (var i = 0; i < leaves.Count; i++)
            {
                var inside = unplaced.Contains(group)
                    ? group.Cell.Left <= leaves[i].Cell.Center && leaves[i].Cell.Center <= group.Cell.Right && leaves[i].TopY < group.BottomY
                    : spanned.First <= i && i <= spanned.Last;
                if (inside)
                {
                    result[i] ??= group.Name;
                }
            }
        }

        return result;
    }

    // The smallest run of leaves below the group, nesting with the runs of lower groups, whose middle is within a
    // letter of the group's and whose cells (up to midway to the next leaves) are wide enough for the group's name.
    private static (int First, int Last)? SpannedRange(HeaderCell group, List<HeaderCell> leaves, List<(int First, int Last)> lower)
    {
        var size = group.Size;
        for (var count = 1; count <= leaves.Count; count++)
        {
            (int First, int Last)? best = null;
            var bestDistance = double.MaxValue;
            for (var first = 0; first + count <= leaves.Count; first++)
            {
                var last = first + count - 1;
                if (Enumerable.Range(first, count).Any(i => leaves[i].TopY >= group.BottomY - (0.5 * size))
                    || lower.Any(x => x.First <= last && first <= x.Last && !(first <= x.First && x.Last <= last)))
                {
                    continue;
                }

                var distance = Math.Abs(((leaves[first].Cell.Left + leaves[last].Cell.Right) / 2) - group.Cell.Center);
                var left = first == 0 ? double.MinValue : (leaves[first - 1].Cell.Right + leaves[first].Cell.Left) / 2;
                var right = last == leaves.Count - 1 ? double.MaxValue : (leaves[last].Cell.Right + leaves[last + 1].Cell.Left) / 2;
                if (distance <= size && distance < bestDistance && group.Cell.Left >= left - (0.5 * size) && group.Cell.Right <= right + (0.5 * size))
                {
                    best = (first, last);
                    bestDistance = distance;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return null;
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
    /// Where the 序号 (or 行次) column ends: midway between its header and the next column's; a number printed left of it
    /// is the row's serial number, not a code or an amount. Negative infinity when the table has no such column.
    /// </summary>
    public double SerialLimit { get; }

    /// <summary>
    /// The value column (an index into <see cref="Values"/>) whose header is the nearest of all the header's columns
    /// to <paramref name="cell"/>, or -1 when a label or code column's header is nearer (a 栏次 number printed under
    /// 科目编码 numbers that column, not a value column).
    /// </summary>
    public int ValueUnder(PdfCell cell)
    {
        var nearest = leaves.OrderBy(l => Math.Abs(l.Center - cell.Center)).FirstOrDefault();
        var slot = nearest is null ? -1 : slots.Select(v => v.Header).ToList().IndexOf(nearest);
        return slot < 0 ? -1 : ColumnOf(slot);
    }

    /// <summary>Whether <paramref name="cell"/> overlaps a value column's header horizontally (in any block).</summary>
    public bool UnderValue(PdfCell cell) => slots.Any(s => Overlaps(s.Header, cell));

    /// <summary>
    /// The value column nearest to a printed amount (amounts are right-aligned, headers centred: the nearer centre wins).
    /// On a side-by-side layout the amount is matched within its own block and the index is that of the first block's
    /// column of the same position (both blocks' 决算数 are one column).
    /// </summary>
    public int NearestValue(PdfCell cell)
    {
        var block = BlockOf(cell.Center);
        var first = block == 0 ? 0 : fixedSlots + (block * perBlock);
        var best = -1;
        var distance = double.MaxValue;
        for (var i = first; i < fixedSlots + ((block + 1) * perBlock) && i < slots.Length; i++)
        {
            var d = Math.Abs(cell.Center - slots[i].Header.Center);
            if (d < distance)
            {
                distance = d;
                best = i;
            }
        }

        return best < 0 ? -1 : ColumnOf(best);
    }

    // The column (an index into Values) of a value slot: a later block's slot is the first block's of its position.
    private int ColumnOf(int slot) => slot < fixedSlots + perBlock ? slot : fixedSlots + ((slot - fixedSlots) % perBlock);

    // A header printed twice (or more) side by side: the leaves, left to right, are the same names repeated (any name
    // column for a name column: 功能科目名称 金额 | 项目名称 金额), and each repetition has a label column and a value
    // column. Returns the x where each later block starts (midway between the last leaf of one block and the first
    // leaf of the next), or empty.
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

            static string Kind(string name) => IsNameHeader(name) ? "名称" : name;
            var repeated = Enumerable.Range(1, count - 1)
                .All(b => leaves.Skip(b * size).Take(size).Select(l => Kind(l.Name)).SequenceEqual(first.Select(Kind)));
            if (repeated)
            {
                return [.. Enumerable.Range(1, count - 1)
                    .Select(b => (leaves[(b * size) - 1].Cell.Right + leaves[b * size].Cell.Left) / 2)];
            }
        }

        return [];
    }

    private static bool Overlaps(PdfCell a, PdfCell b) => a.Left < b.Right && b.Left < a.Right;


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

    /// <summary>A header cell, perhaps a name printed on several lines: its lines (indexes and baselines) top to bottom.</summary>
    private sealed record HeaderCell(PdfCell Cell, string Name, int Top, int Bottom, double TopY, double BottomY, double Size)
    {
        public double MiddleY => (TopY + BottomY) / 2;
    }
}

/// <summary>A value column of a page's table: its leaf header (name and position) and the spanning header above it.</summary>
/// <param name="Name">The leaf header without spaces (合计, 基本支出).</param>
/// <param name="Header">The leaf header cell, whose x range locates the column.</param>
/// <param name="Group">The spanning header above it, or null.</param>
internal sealed record PdfColumnSlot(string Name, PdfCell Header, string? Group);
