using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>
/// The columns of a table printed on one page, read from the x positions of its header cells: which header cells name
/// value columns (the lowest cell of each stack) and which span others (groups), and where the label area ends.
/// </summary>
internal sealed partial class PdfTableLayout
{
    private readonly ImmutableArray<PdfColumnSlot> slots;

    private readonly ImmutableArray<PdfCell> leaves;

    // The value columns left of the blocks printed side by side (a two-sided table's 收入 columns), and how many
    // columns each block has.
    private readonly int fixedSlots;
    private readonly int perBlock;

    // Whether each block's value columns are columns of their own: on a two-sided table the 支出 side's blocks are
    // different lists (功能分类, 支出用途) whose amounts add up separately; a one-sided table's blocks repeat one list.
    private readonly bool separateBlocks;

    // On blocks whose headers differ (PdfTableLayout.Blocks), the column (an index into Values) of each value slot;
    // default when the blocks repeat one header or are separate lists.
    private readonly ImmutableArray<int> slotColumns;

    private PdfTableLayout(ImmutableArray<PdfColumnSlot> slots, ImmutableArray<PdfCell> labels, string key, ImmutableArray<double> blockStarts,
        int fixedSlots, ImmutableArray<PdfColumnSlot> texts, ImmutableArray<PdfCell> leaves, bool separateBlocks, bool differentBlocks)
    {
        this.slots = slots;
        this.separateBlocks = separateBlocks && !blockStarts.IsEmpty;
        this.leaves = leaves;
        this.fixedSlots = fixedSlots;
        Texts = texts;
        var serial = Enumerable.Range(0, leaves.Length).FirstOrDefault(i => Words.IsRowNumber(leaves[i].Compact), -1);
        SerialLimit = serial < 0 ? double.NegativeInfinity
            : serial == leaves.Length - 1 ? double.PositiveInfinity
            : (leaves[serial].Right + leaves[serial + 1].Left) / 2;
        BlockStarts = blockStarts;
        perBlock = (slots.Length - fixedSlots) / (blockStarts.Length + 1);
        if (differentBlocks && !blockStarts.IsEmpty)
        {
            (Values, slotColumns) = MergedColumns(slots, blockStarts);
        }
        else
        {
            Values = this.separateBlocks ? slots : slots[..(fixedSlots + perBlock)];
        }

        Labels = labels;
        Key = key;
    }

    /// <summary>
    /// The value columns, left to right. On a side-by-side layout (two code/name/amount blocks printed on one line) these
    /// are the first block's columns: the other blocks repeat them. On a two-sided table whose 支出 side prints its lists
    /// side by side (功能分类 | 支出用途), every block's columns: each list has its own.
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
        var cells = DropTotalLabel(HeaderCells(header));
        var leaves = cells.Where(c => !HasCellsBelow(c, cells)).ToList();

        // On a two-sided table, 本年收入 / 财政拨款支出 above the leaves name a side, not a column.
        var lowest = cells.Count == 0 ? 0 : cells.Max(c => c.Bottom);
        if (kind.IsTwoSided)
        {
            leaves.RemoveAll(l => l.Bottom < lowest && (l.Name.EndsWith("收入", StringComparison.Ordinal) || l.Name.EndsWith("支出", StringComparison.Ordinal)));
        }

        leaves.Sort((a, b) => a.Cell.Left.CompareTo(b.Cell.Left));
        if (!kind.IsTwoSided)
        {
            var captions = GapCaptions(leaves);
            leaves.RemoveAll(captions.Contains);
        }

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

        // A two-sided table's 支出 side may print two lists side by side (by function and by purpose): its leaves,
        // from its name column on, repeat. A one-sided table may print its rows in blocks side by side, repeating one
        // header or each block with a header of its own.
        var repeatedFrom = !kind.IsTwoSided ? 0 : labels.Count >= 2 ? leaves.FindIndex(l => ReferenceEquals(l.Cell, labels[1])) : -1;
        var blockStarts = repeatedFrom < 0 ? [] : RepeatedBlocks(leaves.Skip(repeatedFrom).Select(l => (l.Cell, l.Name)).ToList());
        var differentBlocks = false;
        if (!kind.IsTwoSided && blockStarts.IsEmpty)
        {
            blockStarts = DifferentBlocks(leaves);
            differentBlocks = !blockStarts.IsEmpty;
        }

        var groups = cells.Where(c => !leaves.Any(l => ReferenceEquals(l, c)) && HasCellsBelow(c, cells)).ToList();
        if (!kind.IsTwoSided && !blockStarts.IsEmpty)
        {
            var captions = BlockCaptions(groups, leaves, blockStarts);
            groups.RemoveAll(captions.Contains);
        }

        var size = header.Count == 0 ? 10 : header.Max(l => l.FontSize);
        var spans = kind.IsTwoSided ? null : GroupSpans(leaves, groups, size);
        string?[] GroupsOfLeaves(List<HeaderCell> subset) => GroupNames(leaves, subset, groups, spans);

        var groupOf = !kind.IsTwoSided && !blockStarts.IsEmpty ? GroupsInBlocks(leaves, valueLeaves, groups, blockStarts, size) : GroupsOfLeaves(valueLeaves);
        var values = valueLeaves.Select((l, i) => new PdfColumnSlot(l.Name, l.Cell, groupOf[i])).ToImmutableArray();
        var key = string.Concat(header.Select(l => l.Compact));

        var fixedSlots = blockStarts.IsEmpty ? 0 : values.Count(v => v.Header.Left < leaves[repeatedFrom].Cell.Left);
        if (kind.IsTwoSided && !blockStarts.IsEmpty)
        {
            values = [.. values.Select(v => ListCaption(v, groups, blockStarts) is { } caption ? v with { Group = caption } : v)];
        }

        // A table of classification codes names each row by its 科目名称 alone: a 项目 beside it is the group over
        // 科目编码 / 科目名称 printed off to one side (the 2024 final's 支出决算表), not a second name.
        var coded = leaves.Any(l => Words.IsClassificationCode(l.Name));
        var textGroups = GroupsOfLeaves(textLeaves);
        var texts = !kind.IsTwoSided && blockStarts.IsEmpty && !coded && textLeaves.Count >= 2
            ? textLeaves.Select((l, i) => new PdfColumnSlot(l.Name, l.Cell, textGroups[i])).ToImmutableArray()
            : [];
        return new PdfTableLayout(values, labels.ToImmutable(), key, blockStarts, fixedSlots, texts, [.. leaves.Select(l => l.Cell)], kind.IsTwoSided,
            differentBlocks);
    }

    // The group of each of the leaves in subset: the lowest group whose span holds it, or, without spans (the tiers
    // of the leaves do not match the levels of the groups), the group GroupsOf places over it.
    private static string?[] GroupNames(List<HeaderCell> leaves, List<HeaderCell> subset, List<HeaderCell> groups,
        Dictionary<HeaderCell, (int First, int Last)>? spans) => spans is null
            ? GroupsOf(subset, groups)
            : [.. subset.Select(l => leaves.IndexOf(l)).Select(i => groups
                .Where(g => spans.TryGetValue(g, out var span) && span.First <= i && i <= span.Last)
                .OrderByDescending(g => g.Bottom).Select(g => g.Name).FirstOrDefault())];

    // The caption printed over a later block's list (支出用途 over 项目名称 … 金额): the lowest spanning cell centred
    // within the block. Its value column has no group of its own, the caption being centred over the list, not over it.
    private static string? ListCaption(PdfColumnSlot value, List<HeaderCell> groups, ImmutableArray<double> blockStarts)
    {
        var block = blockStarts.Count(x => value.Header.Center >= x);
        if (block == 0)
        {
            return value.Group;
        }

        var right = block < blockStarts.Length ? blockStarts[block] : double.MaxValue;
        return groups.Where(g => blockStarts[block - 1] <= g.Cell.Center && g.Cell.Center < right)
            .OrderByDescending(g => g.Bottom).Select(g => g.Name).FirstOrDefault() ?? value.Group;
    }

    // How far above the row's line (in letter heights) its wrapped name's first line may be: a row's lines are printed
    // up to about 1.65 letters apart (a 9-point table at a 14.7-point pitch).
    private const double NameAboveReach = 1.7;

    /// <summary>
    /// How many of the last header lines are the first row's name, wrapped above the row's line: lines just above
    /// <paramref name="body"/> (within <see cref="NameAboveReach"/> lines) that print only text under a name column's header (项目, 科目名称).
    /// </summary>
    public static int NameLinesAboveBody(IReadOnlyList<PdfTextLine> header, PdfTextLine body)
    {
        var count = 0;
        var below = body;
        for (var i = header.Count - 1; i > 0; i--)
        {
            var line = header[i];
            if (line.Page != below.Page || line.Baseline - below.Baseline > NameAboveReach * line.FontSize)
            {
                break;
            }

            // The header above the line, its wrapped names joined: only those are merged, and only when the line is near.
            var names = HeaderCells([.. header.Take(i)]).Where(n => IsNameHeader(n.Name)).ToList();
            if (!line.Cells.All(c => !IsLabelHeader(c.Compact) && names.Any(n => Overlaps(n.Cell, c))))
            {
                break;
            }

            count++;
            below = line;
        }

        return count;
    }

    /// <summary>
    /// Whether <paramref name="line"/>, under <paramref name="header"/>'s lines and printing no amount, goes on with the
    /// header's names rather than starting the rows of an empty table: it prints nothing under a label header (项目,
    /// 科目名称, 科目编码), where such rows print their names and codes, and no numbered name (五、教育支出), which is a
    /// row's.
    /// </summary>
    public static bool ContinuesWrappedHeader(IReadOnlyList<PdfTextLine> header, PdfTextLine line)
    {
        var labels = header.SelectMany(h => h.Cells).Where(c => IsLabelHeader(c.Compact)).ToList();
        return line.Cells.All(c => !IsLabelHeader(c.Compact) && !PdfTableBuilder.StartsNumberedRow(c.Compact) && !labels.Any(l => Overlaps(l, c)));
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
        var end = fixedSlots + ((block + 1) * perBlock);
        if (!slotColumns.IsDefault)
        {
            // Blocks with headers of their own: a block's slots are those printed within it.
            first = Enumerable.Range(0, slots.Length).FirstOrDefault(i => BlockOf(slots[i].Header.Center) >= block, slots.Length);
            end = Enumerable.Range(0, slots.Length).FirstOrDefault(i => BlockOf(slots[i].Header.Center) > block, slots.Length);
        }

        var best = -1;
        var distance = double.MaxValue;
        for (var i = first; i < end && i < slots.Length; i++)
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

    /// <summary>The block (0-based) of the value column <paramref name="column"/> (an index into <see cref="Values"/>).</summary>
    public int BlockOfColumn(int column) => column < fixedSlots + perBlock ? 0 : (column - fixedSlots) / perBlock;

    /// <summary>
    /// The first block's column of the same position as <paramref name="column"/>: where a total row's name is printed
    /// in the first block and its amount under a later block's column (支出合计 … 24,458.43 at the far right), the
    /// amount is the first block's total, printed across the blocks.
    /// </summary>
    public int FirstBlockColumn(int column) =>
        !slotColumns.IsDefault || column < fixedSlots + perBlock ? column : fixedSlots + ((column - fixedSlots) % perBlock);

    // The column (an index into Values) of a value slot: a later block's slot is the first block's of its position,
    // unless each block has columns of its own, or the blocks' headers differ (the column of its name).
    private int ColumnOf(int slot) => !slotColumns.IsDefault ? slotColumns[slot] : separateBlocks ? slot : FirstBlockColumn(slot);

    /// <summary>Whether the header names a code column (科目编码, 类 款 项): the rows are named by classification codes.</summary>
    public bool HasCodeColumn => leaves.Any(l => Words.IsClassificationCode(l.Compact));

    /// <summary>Whether a header names a label, code or number column rather than a value column.</summary>
    public static bool IsLabelHeader(string name) => Words.IsLabel(name);

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

    private static bool IsCodeHeader(string name) => Words.IsCode(name);

    private static bool IsNameHeader(string name) => Words.IsName(name);

    // The header words of the reading's names (names files, headerWords).
    private static TableHeaderWords Words => DisclosureNames.Reading.HeaderWords;
}
