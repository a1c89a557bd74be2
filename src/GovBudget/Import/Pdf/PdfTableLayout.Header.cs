using System.Collections.Immutable;
using GovBudget.Documents;

namespace GovBudget.Import.Pdf;

/// <summary>Reading a table's header: stacked and wrapped header cells, column groups and spans, repeated blocks.</summary>
internal sealed partial class PdfTableLayout
{
    // A name printed on several lines: each next part is the only cell under the one above on the nearest line that
    // has one, at most 1.5 lines lower, and no wider than it by more than a letter (a group's children are further
    // down, or wider: 公务用车购置及运行维护费 under 财政拨款“三公”经费). A known column name broken over lines further
    // apart (附属单位 / 上缴收入, 对附属单位补 / 助支出, with the other columns' names printed between them) is one name too,
    // and so is one centred in its cell whose lines are of different lengths (单位 / 预留机动 / 经费: a wider part
    // spans the one above).
    // How far (in letters) a name's next part may stand out beside the part above and still be under it: a letter, and
    // a little more for a part centred with the wrap's space (小 / 计 in a narrow cell: 计 a letter and a fiftieth left,
    // just clear of 小).
    private const double PartOffset = 1.25;

    // How far apart (in letter heights) the lines of a name may be when, joined, they make a known column or label
    // name: a cell's name printed double-spaced (项目名 / 称, 3.4 letters apart, the next column's name on the line
    // between) or broken across the other columns' lines (因公出 / 国（境） / 费).
    private const double KnownPartLines = 3.5;

    // Whether a name's parts, joined, make a known value column's name, or a label column's name that neither the first
    // nor the last part is alone (项目名 / 称; not 支出用途 / 项目名称, a caption over a name).
    private static bool IsKnownHeader(string first, string last, string joined) =>
        DisclosureNames.Reading.IsKnownColumn(joined)
        || (IsLabelHeader(joined) && !IsLabelHeader(first) && !IsLabelHeader(last) && !DisclosureNames.Reading.IsKnownColumn(last));

    // The header's cells, a name printed on several lines joined into one.
    private static List<HeaderCell> HeaderCells(IReadOnlyList<PdfTextLine> header)
    {
        var lines = new List<(PdfCell Cell, int Line, double Y, double Size)>();
        for (var i = 0; i < header.Count; i++)
        {
            foreach (var c in SplitHeader(JoinSpaced(header[i].Cells, header[i].FontSize)))
            {
                lines.Add((c, i, header[i].Baseline, header[i].FontSize));
            }
        }

        return MergeStacks(lines);
    }

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

            var chain = Chain(i, 1.5, centred: false);
            if (chain.Count == 1 && (Known(Chain(i, KnownPartLines, centred: false)) ?? Known(Chain(i, KnownPartLines, centred: true))) is { } loose)
            {
                chain = loose; // 因公出 / 国（境） / 费 printed further apart: one name when joined it is a known column
            }

            if (chain.Count == 1)
            {
                var below = Enumerable.Range(0, cells.Count)
                    .Where(j => cells[j].Line > cells[i].Line && Overlaps(cells[i].Cell, cells[j].Cell)).ToList();
                if (below.Count == 1 && !used.Contains(below[0]) && cells[i].Y - cells[below[0]].Y <= 3 * cells[i].Size
                    && IsKnownHeader(cells[i].Cell.Compact, cells[below[0]].Cell.Compact, cells[i].Cell.Compact + cells[below[0]].Cell.Compact))
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

        List<int>? Known(List<int> chain) =>
            chain.Count > 1 && IsKnownHeader(cells[chain[0]].Cell.Compact, cells[chain[^1]].Cell.Compact,
                string.Concat(chain.Select(j => cells[j].Cell.Compact))) ? chain : null;

        List<int> Chain(int top, double lines, bool centred)
        {
            var chain = new List<int> { top };
            while (NextPart(chain[^1], lines, centred) is { } next)
            {
                chain.Add(next);
            }

            return chain;
        }

        // With centred, a part may be wider than the one above when it spans it: a name centred in its cell, its lines
        // of different lengths (单位 / 预留机动 / 经费); only a chain that joins into a known name is taken so.
        int? NextPart(int upper, double lines, bool centred)
        {
            var (cell, line, y, size) = cells[upper];
            var slack = (PartOffset - 1) * size;
            var reach = new PdfCell(cell.Text, cell.Left - slack, cell.Right + slack);
            var under = Enumerable.Range(0, cells.Count).Where(j => cells[j].Line > line && Overlaps(reach, cells[j].Cell)).ToList();
            if (under.Count == 0)
            {
                return null;
            }

            var nearest = under.Min(j => cells[j].Line);
            var onNearest = under.Where(j => cells[j].Line == nearest).ToList();
            var part = onNearest[0];
            var lower = cells[part].Cell;
            var narrow = lower.Left >= cell.Left - (PartOffset * size) && lower.Right <= cell.Right + (PartOffset * size);
            var spanning = centred && lower.Left <= cell.Left + size && lower.Right >= cell.Right - size;
            return onNearest.Count == 1 && !used.Contains(part) && y - cells[part].Y <= (lines * size) + 0.01 && (narrow || spanning)
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
        var covers = new Dictionary<HeaderCell, (int First, int Last, int Level)>();
        foreach (var group in groups.OrderByDescending(g => g.Bottom))
        {
            var level = Rank(levelLines, group.BottomY, tolerance) + 1;
            var covered = Enumerable.Range(0, leaves.Count)
                .Where(i => tiers[i] >= level && Overlaps(group.Cell, leaves[i].Cell))
                .Concat(spans.Where(s => s.Key.Bottom > group.Bottom && Overlaps(group.Cell, s.Key.Cell))
                    .SelectMany(s => Enumerable.Range(s.Value.First, s.Value.Last - s.Value.First + 1)))
                .ToList();
            if (covered.Count == 0 && CentredOverValues(group, [.. leaves.Where((l, i) => tiers[i] >= level)]) is { } run)
            {
                covered = [.. run.Select(l => leaves.IndexOf(l))]; // printed in a gap between its columns
            }

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
            covers[group] = (covered.Min(), covered.Max(), level);
        }

        SplitContested(spans, covers, leaves);
        return spans;
    }

    // Two groups of one level widened over the same leaves (科目编码 over 类 / 款 and 一般公共预算基本支出 over the value
    // columns, both widened over 科目名称 and each other's columns): each is printed centred over its own columns, so
    // the leaves between the two groups' covered runs are split where both are best centred over their spans.
    private static void SplitContested(Dictionary<HeaderCell, (int First, int Last)> spans,
        Dictionary<HeaderCell, (int First, int Last, int Level)> covers, List<HeaderCell> leaves)
    {
        double Offset(HeaderCell g, int first, int last) => Math.Abs(((leaves[first].Cell.Left + leaves[last].Cell.Right) / 2) - g.Cell.Center);
        foreach (var a in covers.Keys)
        {
            foreach (var b in covers.Keys)
            {
                var (ca, cb) = (covers[a], covers[b]);
                var (sa, sb) = (spans[a], spans[b]);
                if (ca.Level != cb.Level || ca.Last >= cb.First || sa.Last < sb.First)
                {
                    continue;
                }

                var split = Enumerable.Range(ca.Last, cb.First - ca.Last)
                    .MinBy(s => Offset(a, sa.First, s) + Offset(b, s + 1, sb.Last));
                spans[a] = (sa.First, split);
                spans[b] = (split + 1, sb.Last);
            }
        }
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
    // A cell only centred in a gap is a leaf still when it shares its line with a leaf that stands clear of every
    // lower cell (合计 and 上年结转 printed between the header's lines beside 本年收入's columns, 合计 in the gap
    // between 科目名称 and 小计 and centred over the two by the chance of their widths).
    private static bool HasCellsBelow(HeaderCell cell, List<HeaderCell> cells) =>
        SpansBelow(cell, cells) || (CentredInGap(cell, cells) && !cells.Any(o => !ReferenceEquals(o, cell) && o.Top == cell.Top
            && o.Bottom == cell.Bottom && !SpansBelow(o, cells) && !CentredInGap(o, cells)));

    private static bool SpansBelow(HeaderCell cell, List<HeaderCell> cells)
    {
        var below = cells.Where(c => c.Top > cell.Bottom).ToList();
        if (below.Any(c => Overlaps(cell.Cell, c.Cell)))
        {
            return true;
        }

        var widened = new PdfCell(cell.Cell.Text, cell.Cell.Left - (0.5 * cell.Size), cell.Cell.Right + (0.5 * cell.Size));
        return below.GroupBy(c => c.Top).Any(line => line.Count(c => Overlaps(widened, c.Cell)) >= 2);
    }

    private static bool CentredInGap(HeaderCell cell, List<HeaderCell> cells) =>
        cells.Where(c => c.Top > cell.Bottom).GroupBy(c => c.Top)
            .Any(line => CentredBetween(cell, [.. line]) || CentredOverValues(cell, [.. line.OrderBy(c => c.Cell.Left)]) is not null);

    // The run of value columns' names on a lower line (left to right) that the cell is printed centred over (within a
    // letter) from a gap between two of them: 本年收入 over 小计 … 其他收入, in the wide gap between 事业收入 and
    // 经营收入. Null when there is none.
    private static List<HeaderCell>? CentredOverValues(HeaderCell cell, List<HeaderCell> line)
    {
        List<HeaderCell>? best = null;
        var distance = double.MaxValue;
        for (var first = 0; first < line.Count && line[first].Cell.Right <= cell.Cell.Left; first++)
        {
            for (var last = line.Count - 1; last > first && line[last].Cell.Left >= cell.Cell.Right; last--)
            {
                var run = line.GetRange(first, last - first + 1);
                var d = Math.Abs(((run[0].Cell.Left + run[^1].Cell.Right) / 2) - cell.Cell.Center);
                if (run.All(c => IsValueLeaf(c.Name)) && !run.Any(c => Overlaps(c.Cell, cell.Cell)) && d <= cell.Size && d < distance)
                {
                    (best, distance) = (run, d);
                }
            }
        }

        return best;
    }

    // Whether a cell printed in the gap between two neighbouring cells of a lower line is centred (within a letter)
    // over the run from the left one to the right one, or, their names centred in cells of different widths (项目名称
    // and 金额 under 支出用途), between the two names' centres.
    private static bool CentredBetween(HeaderCell cell, List<HeaderCell> line)
    {
        var left = line.Where(c => c.Cell.Right <= cell.Cell.Left).MaxBy(c => c.Cell.Right);
        var right = line.Where(c => c.Cell.Left >= cell.Cell.Right).MinBy(c => c.Cell.Left);
        return left is not null && right is not null
            && (Math.Abs(((left.Cell.Left + right.Cell.Right) / 2) - cell.Cell.Center) <= cell.Size
                || Math.Abs(((left.Cell.Center + right.Cell.Center) / 2) - cell.Cell.Center) <= cell.Size);
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
                && (DisclosureNames.Reading.IsKnownColumn(name) || Words.IsWholeName(name) || name is "合计" or "小计" or "总计"))
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


    /// <summary>A header cell, perhaps a name printed on several lines: its lines (indexes and baselines) top to bottom.</summary>
    private sealed record HeaderCell(PdfCell Cell, string Name, int Top, int Bottom, double TopY, double BottomY, double Size)
    {
        public double MiddleY => (TopY + BottomY) / 2;
    }
}
