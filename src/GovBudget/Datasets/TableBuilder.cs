using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Documents;

namespace GovBudget.Datasets;

/// <summary>One table of a department being read: its columns and rows in order of first appearance, and which cells
/// have been given. Reused from department to department, so it allocates only while a dataset's largest table
/// grows.</summary>
internal sealed class TableBuilder
{
    private readonly Dictionary<RowKey, int> rowIndex = [];
    private RowEntry[] rows = new RowEntry[32];
    private ColumnEntry[] columns = new ColumnEntry[16];
    private HashSet<long>? wideCells;
    private int lastRow = -1;
    private int lastColumn = -1;

    public TableKind Kind { get; private set; } = TableKind.Unrecognised;

    /// <summary>The index of <see cref="Kind"/> in <see cref="TableKind.All"/>, for signatures.</summary>
    public int KindIndex { get; private set; }

    /// <summary>The table's name exactly as the last line gave it, to skip resolving it again.</summary>
    public string RawName { get; set; } = string.Empty;

    public MoneyUnit Unit { get; private set; }

    /// <summary>The line that set the unit (0 when unknown).</summary>
    public int UnitLine { get; private set; }

    /// <summary>The table's place in its department.</summary>
    public int Index { get; private set; }

    public int RowCount { get; private set; }

    public int ColumnCount { get; private set; }

    public void Reset(int index, TableKind kind, string rawName, MoneyUnit unit, int line)
    {
        Index = index;
        Kind = kind;
        KindIndex = TableKind.All.IndexOf(kind);
        RawName = rawName;
        Unit = unit;
        UnitLine = line;
        RowCount = 0;
        ColumnCount = 0;
        rowIndex.Clear();
        wideCells?.Clear();
        lastRow = -1;
        lastColumn = -1;
    }

    public ref readonly RowEntry RowAt(int index) => ref rows[index];

    public ref readonly ColumnEntry ColumnAt(int index) => ref columns[index];

    /// <summary>The index of the column a line names, or -1. Lines usually give a row's columns in order, so the column
    /// after the last one is tried first, by its text as the line that added it gave it.</summary>
    public int FindColumn(ReadOnlySpan<char> text)
    {
        var next = lastColumn + 1 < ColumnCount ? lastColumn + 1 : 0;
        if (next < ColumnCount && text.SequenceEqual(columns[next].Text))
        {
            return lastColumn = next;
        }

        for (var i = 0; i < ColumnCount; i++)
        {
            if (text.SequenceEqual(columns[i].Text))
            {
                return lastColumn = i;
            }
        }

        return -1;
    }

    /// <summary>The index of a column, added when new (with <paramref name="text"/> as the text that names it).</summary>
    public int Column(TableSide side, int nameId, string text)
    {
        for (var i = 0; i < ColumnCount; i++)
        {
            if (columns[i].NameId == nameId && columns[i].Side == side)
            {
                return lastColumn = i;
            }
        }

        if (ColumnCount == columns.Length)
        {
            Array.Resize(ref columns, columns.Length * 2);
        }

        columns[ColumnCount] = new ColumnEntry(side, nameId, text);
        return lastColumn = ColumnCount++;
    }

    /// <summary>The key of a row: a row with a code is identified by its code, side and occurrence; one without by its
    /// label.</summary>
    public static RowKey KeyOf(ClassificationCode? code, int labelId, TableSide side, int occurrence) =>
        new(code is { } c ? Pack(c) : 0, code is null ? labelId : -1, side, occurrence);

    /// <summary>The last row found or added, or -1.</summary>
    public int LastRow => lastRow;

    /// <summary>The index of a row, or -1.</summary>
    public int FindRow(RowKey key)
    {
        if (lastRow >= 0 && rows[lastRow].Key == key)
        {
            return lastRow;
        }

        return rowIndex.TryGetValue(key, out var index) ? lastRow = index : -1;
    }

    /// <summary>The index of a row, added when new (then with <paramref name="labelId"/> as its label).</summary>
    public int Row(ClassificationCode? code, int labelId, TableSide side, int occurrence, int line)
    {
        var key = KeyOf(code, labelId, side, occurrence);
        var index = FindRow(key);
        if (index >= 0)
        {
            return index;
        }

        if (RowCount == rows.Length)
        {
            Array.Resize(ref rows, rows.Length * 2);
        }

        rows[RowCount] = new RowEntry(key, code, labelId, side, line, 0);
        rowIndex.Add(key, RowCount);
        return lastRow = RowCount++;
    }

    /// <summary>Marks a cell as given; false when it was given before.</summary>
    public bool Mark(int row, int column)
    {
        if (column < 64)
        {
            ref var entry = ref rows[row];
            var bit = 1UL << column;
            if ((entry.Cells & bit) != 0)
            {
                return false;
            }

            entry = entry with { Cells = entry.Cells | bit };
            return true;
        }

        // A table wider than 64 columns is rare enough for a set.
        wideCells ??= [];
        return wideCells.Add(((long)row << 32) | (uint)column);
    }

    /// <summary>A code as one number for keys and signatures: its digits times 8 plus its length (never 0).</summary>
    public static int Pack(ClassificationCode code) => (code.Value * 8) + code.Length;

    /// <summary>What identifies a row within its table.</summary>
    internal readonly record struct RowKey(int Code, int Label, TableSide Side, int Occurrence);

    /// <summary>A row: its key, code, label, side, first line, and a bit per column given (the first 64).</summary>
    internal readonly record struct RowEntry(RowKey Key, ClassificationCode? Code, int LabelId, TableSide Side, int Line, ulong Cells);

    /// <summary>A column: its side, the number of its canonical name, and the text of the line that added it.</summary>
    internal readonly record struct ColumnEntry(TableSide Side, int NameId, string Text);
}
