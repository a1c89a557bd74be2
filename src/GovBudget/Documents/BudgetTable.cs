using System.Collections.Immutable;
using GovBudget.Amounts;
using GovBudget.Classification;
using NodaTime;

namespace GovBudget.Documents;

/// <summary>A table of a disclosure: its kind, printed title, unit, value columns and rows.</summary>
/// <remarks>Immutable. An empty table printed with a note (注：…空表列示。) has no rows and keeps its note.</remarks>
public sealed class BudgetTable
{
    /// <summary>The most rows a table may have (a real disclosure's largest tables have a few hundred).</summary>
    internal const int MaxRows = 5_000;

    /// <summary>Creates a table.</summary>
    public BudgetTable(
        TableKind kind,
        string title,
        MoneyUnit? unit,
        IEnumerable<TableColumn> columns,
        IEnumerable<TableRow> rows,
        IEnumerable<string>? notes = null,
        LocalDate? asOf = null,
        int line = 0,
        int page = 0)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(title);
        Kind = kind;
        Title = title;
        Unit = unit;
        Columns = [.. columns];
        Rows = [.. rows];
        Notes = notes is null ? [] : [.. notes];
        AsOf = asOf;
        Line = line;
        Page = page;
        if (Rows.Length > MaxRows)
        {
            // Checks compare rows with rows; a table far beyond any disclosure's would make them run for minutes.
            throw new TableLimitException($"the table '{title}'{(page > 0 ? $" (page {page})" : string.Empty)} has {Rows.Length:N0} rows; a table has at most {MaxRows:N0} rows", line);
        }

        foreach (var row in Rows)
        {
            if (row.Cells.Length != Columns.Length)
            {
                throw new ArgumentException(
                    $"row '{row.Label}' has {row.Cells.Length} cells but the table has {Columns.Length} columns", nameof(rows));
            }
        }
    }

    /// <summary>The table's kind.</summary>
    public TableKind Kind { get; }

    /// <summary>The title as printed (部门预算一般公共预算财政拨款基本支出表).</summary>
    public string Title { get; }

    /// <summary>The unit the amounts are printed in, or null when the table prints none.</summary>
    public MoneyUnit? Unit { get; }

    /// <summary>The value columns in printed order.</summary>
    public ImmutableArray<TableColumn> Columns { get; }

    /// <summary>The rows in printed order (for two-sided tables, the 收入 row of a line before its 支出 row).</summary>
    public ImmutableArray<TableRow> Rows { get; }

    /// <summary>Notes printed with the table (注：…), and a 绩效目标 statement for performance tables.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>The 截止时间 of a stock table (the asset table's 2022-12-31), or null.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The 1-based source line of the title (0 when built in code or read from a PDF).</summary>
    public int Line { get; }

    /// <summary>The 1-based page the title is printed on, or 0 when the source has no pages.</summary>
    public int Page { get; }

    /// <summary>The year the title prints (2017 for 2017年度江苏省高级人民法院部门收支预算总表), or null when it prints none.</summary>
    /// <remarks>Kept as printed, not checked against the document's 预算年度.</remarks>
    public int? PrintedYear { get; init; }

    /// <summary>The department the title prints before the table's name (江苏省高级人民法院), or null when it prints none.</summary>
    /// <remarks>Kept as printed, not checked against the document's department.</remarks>
    public string? PrintedDepartment { get; init; }

    /// <summary>
    /// The department the table's own 编制部门/部门名称 line prints (编制部门：中共江苏省委办公厅), or null when it prints none.
    /// </summary>
    /// <remarks>Kept as printed; NC-DEPT compares it with the document's department.</remarks>
    public string? PreparedBy { get; init; }

    /// <summary>A copy with the year and department the title prints, as the names given read them.</summary>
    internal BudgetTable WithPrintedParts(DisclosureNames names)
    {
        var (year, department) = names.PrintedParts(Title);
        return year == PrintedYear && department == PrintedDepartment
            ? this
            : new BudgetTable(Kind, Title, Unit, Columns, Rows, Notes, AsOf, Line, Page) { Signs = Signs, PrintedYear = year, PrintedDepartment = department, PreparedBy = PreparedBy };
    }

    /// <summary>
    /// The structural signs of an uncertain reading the reader recorded on the table as a whole: a header read in part,
    /// two columns of one name, no unit found, a table cut in two at a page break. Empty for a table read cleanly.
    /// The signs on rows and cells are on <see cref="TableRow.Signs"/>.
    /// </summary>
    public ImmutableArray<ReadingSign> Signs { get; init; } = [];

    /// <summary>
    /// The signs a reading of <paramref name="row"/>'s cell in <paramref name="column"/> rests on: the table's, the row's,
    /// and the cell's own. With a null <paramref name="column"/> (the row read for its name), the table's and the row's.
    /// </summary>
    public IEnumerable<ReadingSign> SignsAt(TableRow row, int? column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Signs.Concat(row.Signs.Where(s => s.Column is null || s.Column == column));
    }

    /// <summary>Whether the table, one of its rows or one of its cells carries a sign of an uncertain reading.</summary>
    internal bool HasSigns => !Signs.IsEmpty || Rows.Any(r => !r.Signs.IsEmpty);

    /// <summary>Whether the table has no rows.</summary>
    internal bool IsEmpty => Rows.IsEmpty;

    /// <summary>The index of the column named <paramref name="name"/> (canonical or printed, after normalising), or -1.</summary>
    public int ColumnIndex(string name, TableSide side = TableSide.None)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Asked once per cell a rule reads (planning asks for every binding): each name is matched once per table.
        var known = LazyInitializer.EnsureInitialized(ref columnIndexes);
        return known.TryGetValue((name, side), out var index) ? index : known.GetOrAdd((name, side), FindColumn(name, side));
    }

    private System.Collections.Concurrent.ConcurrentDictionary<(string Name, TableSide Side), int>? columnIndexes;

    private int FindColumn(string name, TableSide side)
    {
        var n = NameNormalizer.Label(name);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < Columns.Length; i++)
            {
                var c = Columns[i];
                if (side != TableSide.None && c.Side != side)
                {
                    continue;
                }

                var candidate = pass == 0 ? c.Name : c.PrintedName;
                if (NameNormalizer.Label(candidate) == n || ColumnNames.Canonical(n) == c.Name)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The rows carrying <paramref name="code"/> (usually one).</summary>
    public IEnumerable<TableRow> RowsWithCode(ClassificationCode code) => Rows.Where(r => r.Code == code);

    /// <summary>
    /// The first row whose label matches <paramref name="label"/> after stripping ordinals and markers, or, when
    /// <paramref name="label"/> is a classification code (<c>"30101"</c>, <c>"2010301"</c>), the first row with that
    /// code; null when there is none.
    /// </summary>
    public TableRow? FindRow(string label, TableSide side = TableSide.None)
    {
        ArgumentNullException.ThrowIfNull(label);
        bool OnSide(TableRow r) => side == TableSide.None || r.Side == side;
        if (ClassificationCode.TryParse(label.Trim(), out var code))
        {
            return RowsWithCode(code).FirstOrDefault(OnSide);
        }

        var n = NameNormalizer.Label(label);
        return Rows.FirstOrDefault(r => OnSide(r) && NameNormalizer.Label(r.Label) == n);
    }

    /// <summary>The cell of <paramref name="row"/> in the column named <paramref name="column"/>.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such column; the message lists the columns it has.</exception>
    public Cell Cell(TableRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var i = ColumnIndex(column, row.Side);
        return i < 0
            ? throw new KeyNotFoundException($"{Title} has no column {column} (its columns: {string.Join(", ", Columns.Select(c => c.Name))})")
            : row.Cells[i];
    }

    /// <summary>"部门预算收支总表 (收支总表, 万元, 68 rows)".</summary>
    public override string ToString() => $"{Title} ({Kind}, {Unit?.Symbol() ?? "no unit"}, {Rows.Length} rows)";
}
