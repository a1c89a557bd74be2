using System.Collections.Immutable;
using GovBudget.Documents;
using static GovBudget.Localization.CoreTexts;

namespace GovBudget.Import;

/// <summary>What each tab-separated position of a table's rows means, read from its printed header.</summary>
internal sealed class TableLayout
{
    private static readonly HashSet<string> TextHeaders = new(StringComparer.Ordinal)
    {
        "采购物品名称", "政府采购目录序号", "计量单位", "采购品目", "采购品目名称", "采购品目大类", "采购组织形式", "项目名称",
        "单位名称", "单位性质", "单位规格", "经费保障形式",
    };

    /// <summary>Whether a header names a column of text (采购物品名称, 计量单位), not of amounts.</summary>
    public static bool IsTextHeader(string name) => TextHeaders.Contains(name);

    /// <summary>The headers of text columns known (采购物品名称, 计量单位).</summary>
    public static IEnumerable<string> TextHeaderNames => TextHeaders;

    private TableLayout(int width, ImmutableArray<Position> positions, ImmutableArray<TableColumn> columns)
    {
        Width = width;
        Positions = positions;
        Columns = columns;
    }

    /// <summary>How many tab-separated cells a row has.</summary>
    public int Width { get; }

    /// <summary>One entry per cell position.</summary>
    public ImmutableArray<Position> Positions { get; }

    /// <summary>The value columns, in the order rows store their cells.</summary>
    public ImmutableArray<TableColumn> Columns { get; }

    /// <summary>The position of the 序号 cell, or -1.</summary>
    public int NumberPosition => IndexOf(PositionRole.Number, TableSide.None);

    /// <summary>The position of the code cell, or -1.</summary>
    public int CodePosition => IndexOf(PositionRole.Code, TableSide.None);

    /// <summary>The position of the label cell of a side, or -1.</summary>
    public int LabelPosition(TableSide side) => IndexOf(PositionRole.Label, side);

    /// <summary>The sides rows are split into.</summary>
    public IEnumerable<TableSide> Sides =>
        Positions.Any(p => p.Side != TableSide.None) ? [TableSide.Income, TableSide.Expenditure] : [TableSide.None];

    /// <summary>
    /// Builds the layout from the header rows (top to bottom) and the optional 栏次 row. Returns null and a reason when
    /// the header does not describe a table the reader can use.
    /// </summary>
    public static TableLayout Build(
        TableKind kind,
        IReadOnlyList<string[]> header,
        string[]? numbers,
        Action<string> notice)
    {
        var width = header.Max(r => r.Length);
        if (numbers is not null)
        {
            width = Math.Max(width, numbers.Length);
        }

        var rows = header.Select(r => Enumerable.Range(0, width).Select(c => Cell(r, c)).ToArray()).ToList();
        FixShiftedLeaf(rows, notice);
        var leaf = new string[width];
        var leafRow = new int[width];
        var group = new string?[width];
        for (var c = 0; c < width; c++)
        {
            leaf[c] = string.Empty;
            leafRow[c] = -1;
            for (var r = rows.Count - 1; r >= 0; r--)
            {
                if (rows[r][c].Length > 0)
                {
                    leaf[c] = rows[r][c];
                    leafRow[c] = r;
                    break;
                }
            }
        }

        // A spanning header (本年收入, 支出) covers the positions after it until the next printed cell of its row.
        for (var c = 0; c < width; c++)
        {
            for (var r = 0; r < leafRow[c]; r++)
            {
                for (var k = c; k >= 0; k--)
                {
                    var above = rows[r][k];
                    if (above.Length == 0)
                    {
                        continue;
                    }

                    if (k == c || leafRow[k] > r)
                    {
                        group[c] = above;
                    }

                    break;
                }

                if (group[c] is not null)
                {
                    break;
                }
            }
        }

        var positions = ImmutableArray.CreateBuilder<Position>(width);
        var columns = ImmutableArray.CreateBuilder<TableColumn>();
        var labelSeen = new HashSet<TableSide>();
        for (var c = 0; c < width; c++)
        {
            var name = NameNormalizer.Label(leaf[c]);
            var side = SideOf(kind, group[c]);
            var role = RoleOf(kind, name, c, side, labelSeen);
            if (role == PositionRole.Label)
            {
                labelSeen.Add(side);
            }

            if (role != PositionRole.Value)
            {
                positions.Add(new Position(role, side, -1));
                continue;
            }

            int? number = null;
            if (numbers is not null && int.TryParse(Cell(numbers, c), out var n))
            {
                number = n;
            }

            var groupName = group[c] is { } g && side == TableSide.None ? NameNormalizer.Basic(g) : null;
            var canonical = name.Length == 0 ? $"列{c + 1}" : DisclosureNames.Reading.CanonicalColumn(name);
            positions.Add(new Position(role, side, columns.Count));
            columns.Add(new TableColumn(canonical, NameNormalizer.Basic(leaf[c]), number, groupName, side, TypeOf(kind, name)));
        }

        return new TableLayout(width, positions.MoveToImmutable(), columns.ToImmutable());
    }

    private static string Cell(string[] row, int c) => c < row.Length ? row[c] : string.Empty;

    // The PDF-to-text step sometimes prints a pair of header cells one position apart: in the sample's 政府采购 table
    // the top-row leaf 2023年预留中小微企业份额 sits one cell early and the bottom-row 非财政拨款结转结余 one cell
    // late, while the data rows are aligned. A top-row leaf directly followed by an orphan bottom-row cell, right
    // after a run of bottom-row cells, is that artefact: move both back.
    private static void FixShiftedLeaf(List<string[]> rows, Action<string> notice)
    {
        if (rows.Count < 2)
        {
            return;
        }

        var top = rows[0];
        var bottom = rows[^1];
        for (var c = 1; c + 1 < top.Length; c++)
        {
            var topLeafHere = top[c].Length > 0 && bottom[c].Length == 0;
            var orphanNext = top[c + 1].Length == 0 && bottom[c + 1].Length > 0;
            var previousIsGroupChild = bottom[c - 1].Length > 0 && top[c - 1].Length == 0;
            if (topLeafHere && orphanNext && previousIsGroupChild)
            {
                notice(T("Notice.HeaderShifted", c + 1, c + 2, top[c], bottom[c + 1]));
                (top[c], top[c + 1]) = (top[c + 1], top[c]);
                (bottom[c], bottom[c + 1]) = (bottom[c + 1], bottom[c]);
            }
        }
    }

    private static TableSide SideOf(TableKind kind, string? group)
    {
        if (!kind.IsTwoSided || group is null)
        {
            return TableSide.None;
        }

        var g = NameNormalizer.Label(group);
        return g.StartsWith("收入", StringComparison.Ordinal) ? TableSide.Income
            : g.StartsWith("支出", StringComparison.Ordinal) ? TableSide.Expenditure
            : TableSide.None;
    }

    private static PositionRole RoleOf(TableKind kind, string name, int c, TableSide side, HashSet<TableSide> labelSeen)
    {
        if (name is "序号" or "行次" or "栏次")
        {
            return PositionRole.Number;
        }

        if (name.Contains("编码", StringComparison.Ordinal) || name is "科目代码" or "功能科目编码")
        {
            return PositionRole.Code;
        }

        if (labelSeen.Contains(side))
        {
            return PositionRole.Value;
        }

        if (name is "科目名称" or "项目" or "项目名称" or "单位名称" or "一级指标" or "科目" or "功能分类科目名称"
            || name.EndsWith("科目名称", StringComparison.Ordinal)
            || (c == 0 && kind != TableKind.PerformanceTargets && name != "序号"))
        {
            return PositionRole.Label;
        }

        return PositionRole.Value;
    }

    private static ColumnType TypeOf(TableKind kind, string name)
    {
        if (kind == TableKind.PerformanceTargets || kind == TableKind.Organisation || TextHeaders.Contains(name))
        {
            return ColumnType.Text;
        }

        return name.StartsWith("数量", StringComparison.Ordinal) ? ColumnType.Quantity : ColumnType.Amount;
    }

    private int IndexOf(PositionRole role, TableSide side)
    {
        for (var i = 0; i < Positions.Length; i++)
        {
            if (Positions[i].Role == role && (role != PositionRole.Label || Positions[i].Side == side))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What a cell position holds.</summary>
    internal enum PositionRole
    {
        Number,
        Code,
        Label,
        Value,
    }

    /// <summary>One cell position: its role, side and, for values, its column index.</summary>
    internal readonly record struct Position(PositionRole Role, TableSide Side, int Column);
}
